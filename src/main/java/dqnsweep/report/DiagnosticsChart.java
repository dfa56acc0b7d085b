package dqnsweep.report;

import dqnsweep.analysis.Analysis;
import dqnsweep.analysis.CellSummary;
import dqnsweep.analysis.TrainCurve;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.knowm.xchart.XYChart;

/**
 * diagnostics.png: what training did, from train.csv, as small multiples against environment
 * steps (log axis): the training loss, the exploration rate and Adam's step size, one line per
 * cell (the mean over its seeds, sequence by sequence), coloured by the first axis. A panel whose
 * column no run wrote (runs made before learning_rate was recorded) is left out.
 */
final class DiagnosticsChart {

    static final String FILE = "diagnostics.png";
    /** Points per line at most: the long runs have 10,000 sequences. */
    private static final int POINTS = 200;

    private DiagnosticsChart() {
    }

    static Figure write(Analysis analysis, Map<String, List<TrainCurve>> train, Path reportDir) throws IOException {
        GridLayout layout = GridLayout.of(analysis.sweep());
        List<Panels.Painter> panels = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        addPanel("training loss", TrainCurve::loss, analysis, train, layout, panels, shown);
        addPanel("exploration rate (epsilon)", TrainCurve::epsilon, analysis, train, layout, panels, shown);
        addPanel("Adam step size (learning_rate)", TrainCurve::learningRate, analysis, train, layout, panels, shown);
        if (panels.isEmpty()) {
            return null;
        }
        Panels.writePng(Panels.grid(panels, panels.size(), 440, 320, LearningCurveChart.legend(layout)),
                reportDir.resolve(FILE));
        return new Figure(FILE, "Training diagnostics",
                "From train.csv, against environment steps (log axis): " + String.join(", ", shown) + ", each line "
                        + "one cell, the mean over its seeds at each training sequence. Longer budgets extend further "
                        + "to the right.");
    }

    private static void addPanel(String title, Function<TrainCurve, double[]> column, Analysis analysis,
            Map<String, List<TrainCurve>> train, GridLayout layout, List<Panels.Painter> panels, List<String> shown) {
        XYChart chart = ChartStyle.xy(title, "environment steps (log scale)", "");
        int drawn = 0;
        for (CellSummary cell : analysis.cells()) {
            List<TrainCurve> runs = train.get(cell.id());
            double[][] line = runs == null ? null : meanLine(runs, column);
            if (line == null) {
                continue;
            }
            ChartStyle.line(chart, cell.id(), line[0], line[1], Palette.colour(layout.colourIndex(cell.cell())), 1.6f);
            drawn++;
        }
        if (drawn > 0) {
            chart.getStyler().setXAxisLogarithmic(true);
            chart.getStyler().setXAxisDecimalPattern("#,##0");
            panels.add(chart::paint);
            shown.add(title);
        }
    }

    /** {env steps, mean of the column over the runs} at up to {@link #POINTS} sequences; null without data. */
    static double[][] meanLine(List<TrainCurve> runs, Function<TrainCurve, double[]> column) {
        int length = runs.stream().mapToInt(TrainCurve::size).min().orElse(0);
        int stride = Math.max(1, (length + POINTS - 1) / POINTS);
        List<double[]> points = new ArrayList<>();
        for (int i = stride - 1; i < length; i += stride) {
            int row = i;
            double x = runs.get(0).envSteps()[row];
            double[] values = runs.stream().mapToDouble(r -> column.apply(r)[row]).filter(Double::isFinite).toArray();
            if (values.length > 0 && x > 0 && Double.isFinite(x)) {
                points.add(new double[] {x, Arrays.stream(values).average().orElseThrow()});
            }
        }
        if (points.size() < 2) {
            return null;
        }
        return new double[][] {points.stream().mapToDouble(p -> p[0]).toArray(),
            points.stream().mapToDouble(p -> p[1]).toArray()};
    }
}
