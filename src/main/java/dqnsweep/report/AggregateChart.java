package dqnsweep.report;

import dqnsweep.analysis.Analysis;
import dqnsweep.analysis.CellSummary;
import dqnsweep.stats.Descriptive;
import dqnsweep.stats.Interval;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * aggregate-metrics.png, as rliable draws them: per cell the IQM, median, mean and optimality gap
 * with their 95% bootstrap intervals, one small panel each, every axis zoomed to what it shows.
 */
final class AggregateChart {

    static final String FILE = "aggregate-metrics.png";
    private static final double WIDTH = 0.7;

    /** One statistic of a cell and its interval. */
    private record Estimate(double value, Interval ci) {
    }

    private AggregateChart() {
    }

    static Figure write(Analysis analysis, Path reportDir) throws IOException {
        GridLayout layout = GridLayout.of(analysis.sweep());
        List<CellSummary> cells = analysis.cells().stream().filter(c -> c.stats().n() > 0).toList();
        if (cells.isEmpty()) {
            return null;
        }
        String axisTitle = layout.panelAxes().isEmpty() ? "" : String.join(", ", layout.panelAxes());
        List<Panels.Painter> panels = new ArrayList<>();
        panels.add(panel("IQM", cells, layout, axisTitle, c -> new Estimate(c.stats().iqm(), c.stats().iqmCi())));
        panels.add(panel("Median", cells, layout, axisTitle, c -> median(c, analysis)));
        panels.add(panel("Mean", cells, layout, axisTitle, c -> new Estimate(c.stats().mean(), c.stats().meanCi())));
        boolean gap = cells.stream().anyMatch(c -> Double.isFinite(c.optimalityGap()));
        if (gap) {
            panels.add(panel("Optimality gap (lower is better)", cells, layout, axisTitle,
                    c -> new Estimate(c.optimalityGap(), c.optimalityGapCi())));
        }
        Panels.writePng(Panels.grid(panels, 2, 560, 340, LearningCurveChart.legend(layout)), reportDir.resolve(FILE));
        return new Figure(FILE, "Aggregate metrics per cell",
                "Per cell, as rliable reports them: the IQM, median and mean of the run scores (average reward per "
                        + "step)" + (gap ? " and the optimality gap (the optimum minus the mean)" : "") + ", each with "
                        + "its 95% bootstrap interval over runs (the vertical line). Each panel's axis is zoomed to "
                        + "its intervals, so compare cells within a panel.");
    }

    private static Panels.Painter panel(String title, List<CellSummary> cells, GridLayout layout, String axisTitle,
            Function<CellSummary, Estimate> statistic) {
        XYChart chart = ChartStyle.xy(title, "", "reward per step");
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (CellSummary cell : cells) {
            Estimate e = statistic.apply(cell);
            if (!Double.isFinite(e.value())) {
                continue;
            }
            double x = layout.x(cell.cell(), WIDTH);
            Color colour = Palette.colour(layout.colourIndex(cell.cell()));
            if (e.ci().defined()) {
                ChartStyle.line(chart, cell.id() + " ci", new double[] {x, x}, new double[] {e.ci().low(), e.ci().high()},
                        colour, 4f);
                low = Math.min(low, e.ci().low());
                high = Math.max(high, e.ci().high());
            }
            XYSeries point = ChartStyle.points(chart, cell.id(), new double[] {x}, new double[] {e.value()}, Color.BLACK);
            point.setMarker(SeriesMarkers.DIAMOND);
            low = Math.min(low, e.value());
            high = Math.max(high, e.value());
        }
        if (high > low) {
            double pad = 0.06 * (high - low);
            chart.getStyler().setYAxisMin(low - pad);
            chart.getStyler().setYAxisMax(high + pad);
        }
        chart.getStyler().setXAxisMin(-0.5);
        chart.getStyler().setXAxisMax(layout.panels().size() - 0.5);
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        chart.getStyler().setXAxisTicksVisible(false);
        chart.getStyler().setXAxisTitleVisible(false);
        chart.getStyler().setMarkerSize(8);
        return (g, w, h) -> ScoreChart.paint(chart, layout, axisTitle, g, w, h);
    }

    /** The median's bootstrap interval is not part of a cell's statistics: resampled here, seeded by the cell. */
    private static Estimate median(CellSummary cell, Analysis analysis) {
        double[] scores = ScoreChart.scores(cell, analysis);
        Interval ci = analysis.settings().bootstrap("median " + cell.id()).interval(scores.length, indices -> {
            double[] picked = new double[indices.length];
            for (int i = 0; i < indices.length; i++) {
                picked[i] = scores[indices[i]];
            }
            return Descriptive.median(picked);
        });
        return new Estimate(cell.stats().median(), ci);
    }
}
