package dqnsweep.report;

import dqnsweep.analysis.Analysis;
import dqnsweep.analysis.CellSummary;
import dqnsweep.analysis.EvalEpisodes;
import java.awt.Color;
import java.awt.Graphics2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * scores.png: every cell's final evaluation score, grouped by panel (the second axis), one colour
 * per first-axis value: per-seed points, the mean as a bar-less marker and its 95% interval.
 */
final class ScoreChart {

    static final String FILE = "scores.png";

    private ScoreChart() {
    }

    static Figure write(Analysis analysis, Path reportDir) throws IOException {
        GridLayout layout = GridLayout.of(analysis.sweep());
        XYChart chart = ChartStyle.xy("", layout.panelAxes().isEmpty() ? "" : String.join(", ", layout.panelAxes()),
                "evaluation: average reward per step");
        int colours = layout.colourValues().size();
        double width = 0.7;
        boolean any = false;
        for (CellSummary cell : analysis.cells()) {
            if (cell.stats().n() == 0) {
                continue;
            }
            int c = layout.colourIndex(cell.cell());
            double x = layout.x(cell.cell(), width);
            Color colour = Palette.colour(c);
            double[] scores = scores(cell, analysis);
            double[] xs = new double[scores.length];
            double spread = width / colours / 2;
            for (int i = 0; i < scores.length; i++) {
                xs[i] = x + spread * (0.35 + (scores.length == 1 ? 0.3 : 0.6 * i / (scores.length - 1.0)));
            }
            XYSeries seeds = ChartStyle.points(chart, cell.id() + " seeds", xs, scores, Palette.translucent(colour, 140));
            seeds.setMarker(SeriesMarkers.CIRCLE);
            if (cell.stats().meanCi().defined()) {
                ChartStyle.line(chart, cell.id() + " ci", new double[] {x, x},
                        new double[] {cell.stats().meanCi().low(), cell.stats().meanCi().high()}, colour, 2.5f);
            }
            XYSeries mean = ChartStyle.points(chart, cell.id() + " mean", new double[] {x},
                    new double[] {cell.stats().mean()}, colour);
            mean.setMarker(SeriesMarkers.DIAMOND);
            any = true;
        }
        if (!any) {
            return null;
        }
        chart.getStyler().setMarkerSize(9);
        chart.getStyler().setXAxisMin(-0.5);
        chart.getStyler().setXAxisMax(layout.panels().size() - 0.5);
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        chart.getStyler().setXAxisTicksVisible(false);
        chart.getStyler().setXAxisTitleVisible(false);
        List<Panels.Key> legend = new ArrayList<>(LearningCurveChart.legend(layout));
        legend.replaceAll(k -> new Panels.Key(k.label(), k.colour(), Panels.Shape.DOT));
        int imageWidth = Math.max(700, Math.min(1300, 160 + 90 * layout.panels().size() * Math.max(2, colours)));
        String axisTitle = layout.panelAxes().isEmpty() ? "" : String.join(", ", layout.panelAxes());
        Panels.writePng(Panels.grid(List.of((g, w, h) -> paint(chart, layout, axisTitle, g, w, h)), 1, imageWidth, 480,
                legend), reportDir.resolve(FILE));
        return new Figure(FILE, "Final evaluation score",
                "Each small dot is one run (its mean over the evaluation episodes); the diamond is the cell's mean and "
                        + "the vertical line its 95% bootstrap interval over runs."
                        + " The axis fits the runs; the tutorial's one-model numbers are in their own table below.");
    }

    static double[] scores(CellSummary cell, Analysis analysis) {
        return cell.runs().stream().map(r -> analysis.data().evals().get(r.key())).filter(e -> e != null)
                .mapToDouble(EvalEpisodes::score).toArray();
    }

    /**
     * Paints the chart with its own category labels under the groups: XChart's tick calculator
     * needs every tick label to differ, which a categorical axis with blank in-between ticks breaks.
     */
    static void paint(XYChart chart, GridLayout layout, String axisTitle, Graphics2D g, int width,
            int height) {
        int below = 46;
        chart.paint(g, width, height - below);
        g.setFont(Panels.FONT);
        g.setColor(Palette.TEXT);
        for (int i = 0; i < layout.panels().size(); i++) {
            int x = pixelOf(chart, i, width);
            String label = layout.panels().get(i).replaceFirst("^" + Pattern.quote(axisTitle) + "=", "");
            PolicyMapChart.drawCentred(g, label, x, height - below + 12);
        }
        PolicyMapChart.drawCentred(g, axisTitle, width / 2, height - 8);
    }

    /** The pixel column where the painted chart has x value {@code value}. */
    private static int pixelOf(XYChart chart, double value, int width) {
        int best = 0;
        double distance = Double.MAX_VALUE;
        for (int px = 0; px < width; px++) {
            double d = Math.abs(chart.getChartXFromCoordinate(px) - value);
            if (d < distance) {
                distance = d;
                best = px;
            }
        }
        return best;
    }
}
