package dqnsweep.report;

import dqnsweep.analysis.Comparison;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * probability-of-improvement.png: per comparison, P(a run of "to" beats a run of "from") with its
 * 95% bootstrap interval, one row each, against the 0.5 of no difference (Agarwal et al. 2021).
 */
final class ImprovementChart {

    static final String FILE = "probability-of-improvement.png";
    private static final int LABELS = 330;
    private static final int ROW = 24;

    private ImprovementChart() {
    }

    static Figure write(List<Comparison> comparisons, Path reportDir) throws IOException {
        return write(comparisons, reportDir, FILE);
    }

    static Figure write(List<Comparison> comparisons, Path reportDir, String file) throws IOException {
        List<Comparison> shown = comparisons.stream().filter(c -> Double.isFinite(c.improvement().estimate())).toList();
        if (shown.isEmpty()) {
            return null;
        }
        XYChart chart = ChartStyle.xy("", "P(run of 'to' scores higher than a run of 'from')", "");
        ChartStyle.line(chart, "no difference", new double[] {0.5, 0.5}, new double[] {-0.5, shown.size() - 0.5},
                Palette.TEXT, 1f);
        for (int i = 0; i < shown.size(); i++) {
            Comparison c = shown.get(i);
            double y = shown.size() - 1 - i;
            Color colour = c.detected(HtmlComparisons.ALPHA) ? Palette.colour(0) : Color.GRAY;
            if (c.improvement().ci().defined()) {
                ChartStyle.line(chart, i + " ci", new double[] {c.improvement().ci().low(), c.improvement().ci().high()},
                        new double[] {y, y}, colour, 4f);
            }
            XYSeries point = ChartStyle.points(chart, i + "", new double[] {c.improvement().estimate()},
                    new double[] {y}, Color.BLACK);
            point.setMarker(SeriesMarkers.DIAMOND);
        }
        var styler = chart.getStyler();
        styler.setXAxisMin(0.0);
        styler.setXAxisMax(1.0);
        styler.setYAxisMin(-0.5);
        styler.setYAxisMax(shown.size() - 0.5);
        styler.setYAxisTicksVisible(false);
        styler.setYAxisTitleVisible(false);
        styler.setPlotGridHorizontalLinesVisible(false);
        styler.setMarkerSize(8);
        int height = 90 + ROW * shown.size();
        Panels.Painter painter = (g, w, h) -> paint(chart, shown, g, w, h);
        Panels.writePng(Panels.grid(List.of(painter), 1, LABELS + 520, height, List.of()), reportDir.resolve(file));
        return new Figure(file, "Probability of improvement",
                "For each comparison, the chance that a run of the second cell scores higher than a run of the first "
                        + "(ties count half), with its 95% bootstrap interval over runs; 0.5 is no difference. Blue: "
                        + "detectable after Holm's adjustment; grey: not.");
    }

    /** The chart to the right of its row labels, each label level with its row. */
    private static void paint(XYChart chart, List<Comparison> shown, Graphics2D g, int width, int height) {
        Graphics2D plot = (Graphics2D) g.create(LABELS, 0, width - LABELS, height);
        chart.paint(plot, width - LABELS, height);
        plot.dispose();
        g.setFont(Panels.FONT);
        g.setColor(Palette.TEXT);
        FontMetrics metrics = g.getFontMetrics();
        for (int i = 0; i < shown.size(); i++) {
            Comparison c = shown.get(i);
            // a baseline compares a cell with itself in another sweep: its id says it all
            String label = c.from().id().equals(c.to().id()) ? c.to().id()
                    : c.from().id() + " \u2192 " + c.to().value(c.axis());
            int y = (int) Math.round(chart.getScreenYFromChart(shown.size() - 1 - i)) + metrics.getAscent() / 2 - 1;
            g.drawString(label, LABELS - 8 - metrics.stringWidth(label), y);
        }
    }
}
