package dqnsweep.analysis;

import dqnsweep.io.AtomicFiles;
import dqnsweep.io.Csv;
import dqnsweep.stats.CellStatistics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code aggregate.csv}: one row per cell across seeds. */
public final class AggregateCsv {

    static final String FILE = "aggregate.csv";

    private AggregateCsv() {
    }

    public static List<String> header(List<String> axes) {
        List<String> header = new ArrayList<>(List.of("cell"));
        header.addAll(axes);
        header.addAll(List.of("n_complete", "n_failed", "n_missing", "n_corrupt", "mean", "std", "median", "iqm", "mean_ci_low",
                "mean_ci_high", "iqm_ci_low", "iqm_ci_high", "min", "max", "solved_rate", "solved_ci_low",
                "solved_ci_high", "mean_return_200", "mean_upright_fraction", "optimal_score", "optimality_gap",
                "optimality_gap_ci_low", "optimality_gap_ci_high", "normalized_score", "normalized_score_ci_low",
                "normalized_score_ci_high", "mean_steps_to_upright", "mean_hold_angle", "mean_hold_torque",
                "mean_steps_per_second"));
        return header;
    }

    public static void write(Analysis analysis, Path file) throws IOException {
        List<String> axes = analysis.sweep().axisNames();
        AtomicFiles.writeText(file, writer -> {
            Csv csv = Csv.open(writer, header(axes));
            for (CellSummary cell : analysis.cells()) {
                List<Object> row = new ArrayList<>();
                row.add(cell.id());
                axes.forEach(axis -> row.add(cell.cell().value(axis)));
                CellStatistics s = cell.stats();
                row.addAll(List.of(cell.complete(), cell.failed(), cell.missing(), cell.corrupt(), s.mean(), s.std(), s.median(),
                        s.iqm(), s.meanCi().low(), s.meanCi().high(), s.iqmCi().low(), s.iqmCi().high(), s.min(),
                        s.max(), s.solvedRate(), s.solvedCi().low(), s.solvedCi().high(), cell.meanReturn200(),
                        cell.meanUprightFraction(), cell.reference().optimalScore(), cell.optimalityGap(),
                        cell.optimalityGapCi().low(), cell.optimalityGapCi().high(), cell.normalizedScore(),
                        cell.normalizedScoreCi().low(), cell.normalizedScoreCi().high(),
                        cell.pendulum().stepsToUpright(), cell.pendulum().holdAngle(), cell.pendulum().holdTorque(),
                        cell.meanStepsPerSecond()));
                csv.row(row.toArray());
            }
            csv.flush();
        });
    }
}
