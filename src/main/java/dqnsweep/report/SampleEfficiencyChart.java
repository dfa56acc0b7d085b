package dqnsweep.report;

import dqnsweep.analysis.Analysis;
import dqnsweep.analysis.CellSummary;
import dqnsweep.analysis.EvalCurveRows;
import dqnsweep.stats.Bootstrap;
import dqnsweep.stats.Descriptive;
import dqnsweep.stats.Interval;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.knowm.xchart.XYChart;

/**
 * sample-efficiency.png: the greedy evaluations during training (eval_curve.csv) against
 * environment steps, the IQM over seeds with its 95% bootstrap band; one panel per value of the
 * first axis (bins), every training budget of that value on its one shared, logarithmic axis.
 */
final class SampleEfficiencyChart {

    static final String FILE = "sample-efficiency.png";

    private SampleEfficiencyChart() {
    }

    static Figure write(Analysis analysis, EvalCurves curves, Path reportDir) throws IOException {
        GridLayout layout = GridLayout.of(analysis.sweep());
        Map<Integer, List<CellSummary>> byColour = new LinkedHashMap<>();
        for (CellSummary cell : analysis.cells()) {
            byColour.computeIfAbsent(layout.colourIndex(cell.cell()), c -> new ArrayList<>()).add(cell);
        }
        List<Panels.Painter> panels = new ArrayList<>();
        for (Map.Entry<Integer, List<CellSummary>> group : byColour.entrySet()) {
            XYChart chart = ChartStyle.xy(layout.colourLabel(group.getKey()), "environment steps (log scale)",
                    "greedy score, reward per step");
            int drawn = 0;
            for (CellSummary cell : group.getValue()) {
                double[][] curve = iqmCurve(cell, curves, analysis.settings().bootstrap("efficiency " + cell.id()));
                if (curve == null) {
                    continue;
                }
                Color colour = Palette.colour(Math.max(0, layout.panels().indexOf(layout.panel(cell.cell()))));
                ChartStyle.band(chart, cell.id() + " ci", curve[0], curve[2], curve[3], colour);
                ChartStyle.line(chart, cell.id(), curve[0], curve[1], colour, 2f);
                drawn++;
            }
            if (drawn > 0) {
                chart.getStyler().setXAxisLogarithmic(true);
                chart.getStyler().setXAxisDecimalPattern("#,##0");
                panels.add(chart::paint);
            }
        }
        if (panels.isEmpty()) {
            return null;
        }
        List<Panels.Key> legend = new ArrayList<>();
        for (int i = 0; i < layout.panels().size(); i++) {
            String label = layout.panels().get(i);
            legend.add(new Panels.Key(label.isEmpty() ? "all runs" : label, Palette.colour(i), Panels.Shape.LINE));
        }
        Panels.writePng(Panels.grid(panels, Math.min(3, panels.size()), 440, 320, legend), reportDir.resolve(FILE));
        return new Figure(FILE, "Sample efficiency: greedy evaluations during training",
                "The greedy policy (no exploration) evaluated at evenly spaced moments of training on the first "
                        + "evaluation starts (eval_curve.csv): IQM over seeds, band = 95% bootstrap interval, against "
                        + "environment steps on a log axis. Longer budgets of the same cell share the axis, so a "
                        + "10,000-iteration run can be read at the steps where a 1,000-iteration run stopped.");
    }

    /** {x, iqm, low, high} over the cell's runs, point by point; null without curves. */
    static double[][] iqmCurve(CellSummary cell, EvalCurves curves, Bootstrap bootstrap) {
        List<EvalCurveRows> runs = cell.runs().stream().map(r -> curves.runs().get(r.key())).filter(Objects::nonNull)
                .toList();
        if (runs.isEmpty()) {
            return null;
        }
        // every run of a cell evaluates at the same planned steps; the shortest curve bounds the points
        int points = runs.stream().mapToInt(EvalCurveRows::size).min().orElse(0);
        double[][] out = new double[4][points];
        for (int i = 0; i < points; i++) {
            int point = i;
            double[] scores = runs.stream().mapToDouble(r -> r.score()[point]).toArray();
            Interval ci = bootstrap.iqm(scores);
            out[0][i] = runs.get(0).envSteps()[i];
            out[1][i] = Descriptive.iqm(scores);
            out[2][i] = ci.defined() ? ci.low() : out[1][i];
            out[3][i] = ci.defined() ? ci.high() : out[1][i];
        }
        return out;
    }
}
