package dqnsweep.analysis;

import dqnsweep.analysis.CellSummary.Pendulum;
import dqnsweep.analysis.CellSummary.Reference;
import dqnsweep.analysis.RunRow.Status;
import dqnsweep.analysis.SweepInfo.Cell;
import dqnsweep.stats.CellStatistics;
import dqnsweep.stats.Descriptive;
import dqnsweep.stats.RunScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics of a sweep: every cell across its seeds, and every pair of cells that differ
 * on exactly one axis. Reads nothing: it works on {@link SweepData}.
 */
public record Analysis(SweepData data, AnalysisSettings settings, List<CellSummary> cells, List<Comparison> comparisons) {

    public static Analysis of(SweepData data, AnalysisSettings settings) {
        List<CellSummary> cells = new ArrayList<>();
        for (Cell cell : cellsOf(data)) {
            cells.add(summarize(cell, data, settings));
        }
        return new Analysis(data, settings, cells, Comparisons.alongAxes(cells, data, settings));
    }

    public SweepInfo sweep() {
        return data.sweep();
    }

    public CellSummary cell(String id) {
        return cells.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    /** The cell with the highest IQM (then mean), or null when no run completed. */
    public CellSummary bestCell() {
        return cells.stream().filter(c -> c.stats().n() > 0)
                .max(Comparator.comparingDouble((CellSummary c) -> c.stats().iqm())
                        .thenComparingDouble(c -> c.stats().mean())).orElse(null);
    }

    public CellSummary worstCell() {
        return cells.stream().filter(c -> c.stats().n() > 0)
                .min(Comparator.comparingDouble((CellSummary c) -> c.stats().iqm())
                        .thenComparingDouble(c -> c.stats().mean())).orElse(null);
    }

    /** A setting of a cell: its axis value, else the resolved config of its runs, else "". */
    public String setting(Cell cell, String key) {
        if (cell.values().containsKey(key)) {
            return cell.values().get(key);
        }
        return data.sweep().runs().stream().filter(r -> r.cell().equals(cell.id())).map(r -> r.setting(key))
                .filter(v -> !v.isEmpty()).findFirst().orElse("");
    }

    /** The sweep's cells in grid order, then cells that only summary.csv names. */
    private static List<Cell> cellsOf(SweepData data) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        data.sweep().cells().forEach(c -> cells.put(c.id(), c));
        data.runs().forEach(r -> cells.putIfAbsent(r.cell(), new Cell(r.cell(), Map.of())));
        return new ArrayList<>(cells.values());
    }

    private static CellSummary summarize(Cell cell, SweepData data, AnalysisSettings settings) {
        List<RunRow> runs = data.runsOf(cell.id()).stream().sorted(Comparator.comparingLong(RunRow::seed)).toList();
        List<RunScore> scores = new ArrayList<>();
        List<Double> return200 = new ArrayList<>();
        List<Double> upright = new ArrayList<>();
        List<Double> speed = new ArrayList<>();
        List<Double> optimal = new ArrayList<>();
        List<Double> random = new ArrayList<>();
        List<Double> stepsToUpright = new ArrayList<>();
        List<Double> holdAngle = new ArrayList<>();
        List<Double> holdTorque = new ArrayList<>();
        RunRow best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (RunRow run : runs) {
            EvalEpisodes eval = data.evals().get(run.key());
            if (run.status() != Status.COMPLETE || eval == null) {
                continue;
            }
            double score = eval.score();
            scores.add(new RunScore(score, eval.solved(), eval.size()));
            return200.add(Descriptive.mean(eval.return200()));
            upright.add(Descriptive.mean(eval.uprightFraction()));
            speed.add(run.stepsPerSecond());
            optimal.add(eval.optimalScore());
            random.add(eval.randomScore());
            stepsToUpright.add(Descriptive.mean(eval.stepsToUpright()));
            holdAngle.add(Descriptive.mean(eval.holdAngle()));
            holdTorque.add(Descriptive.mean(eval.holdTorque()));
            if (score > bestScore) {
                bestScore = score;
                best = run;
            }
        }
        CellStatistics stats = CellStatistics.of(scores, settings.bootstrap(cell.id()));
        int failed = (int) runs.stream().filter(r -> r.status() == Status.FAILED).count();
        int missing = (int) runs.stream().filter(r -> r.status() == Status.MISSING).count();
        int corrupt = (int) runs.stream().filter(r -> r.status() == Status.CORRUPT).count();
        Reference reference = new Reference(finiteMean(optimal), finiteMean(random));
        Pendulum pendulum = new Pendulum(finiteMean(stepsToUpright), finiteMean(holdAngle), finiteMean(holdTorque));
        return new CellSummary(cell, scores.size(), failed, missing, corrupt, stats, reference, finiteMean(return200),
                finiteMean(upright), pendulum, finiteMean(speed), runs, best);
    }

    private static double finiteMean(List<Double> values) {
        return Descriptive.mean(values.stream().mapToDouble(Double::doubleValue).filter(Double::isFinite).toArray());
    }
}
