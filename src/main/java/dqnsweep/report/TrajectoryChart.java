package dqnsweep.report;

import dqnsweep.analysis.Trajectories;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;

/**
 * trajectories.png: theta over time in the recorded evaluation episodes of each cell's best run,
 * wrapped to [-pi, pi] (0 is upright; a line leaving the top and entering at the bottom is a
 * full rotation). The grey band is |theta| <= 0.2, the upright zone of upright_fraction.
 */
final class TrajectoryChart {

    static final String FILE = "trajectories.png";
    private static final double UPRIGHT = 0.2;

    /** One cell's panel: title, colour and the episodes to draw (null for an empty panel). */
    record Panel(String title, Color colour, Trajectories trajectories) {
    }

    private TrajectoryChart() {
    }

    /** @param run which run of each cell the panels show, e.g. "median" */
    static Figure write(List<Panel> panels, int columns, Path reportDir, String file, String run) throws IOException {
        if (panels.stream().allMatch(p -> p == null || p.trajectories() == null)) {
            return null;
        }
        List<Panels.Painter> painters = new ArrayList<>();
        for (Panel panel : panels) {
            XYChart chart = chart(panel);
            painters.add(chart == null ? (g, w, h) -> { } : chart::paint);
        }
        Panels.writePng(Panels.grid(painters, columns, 380, 300, List.of()), reportDir.resolve(file));
        return new Figure(file, "Evaluation trajectories of each cell's " + run + " run",
                "Pole angle over the recorded greedy evaluation episodes (trajectory.csv), wrapped to [-\u03c0, \u03c0], "
                        + "0 = upright. The grey band is |theta| \u2264 0.2 rad, the zone counted by upright_fraction. "
                        + "Lines that cross from the top to the bottom are full rotations.");
    }

    static XYChart chart(Panel panel) {
        if (panel == null || panel.trajectories() == null || panel.trajectories().episodes().isEmpty()) {
            return null;
        }
        XYChart chart = ChartStyle.xy(panel.title(), "evaluation step", "theta (rad)");
        int steps = panel.trajectories().episodes().stream().mapToInt(Trajectories.Episode::steps).max().orElse(1);
        ChartStyle.band(chart, "upright", new double[] {0, steps - 1}, new double[] {-UPRIGHT, -UPRIGHT},
                new double[] {UPRIGHT, UPRIGHT}, new Color(0x555555));
        int index = 0;
        for (Trajectories.Episode episode : panel.trajectories().episodes()) {
            int alpha = 230 - 35 * Math.min(index, 4);
            int segment = 0;
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            double previous = Double.NaN;
            for (int step = 0; step < episode.steps(); step++) {
                double theta = Angles.wrap(episode.theta()[step]);
                if (!xs.isEmpty() && Math.abs(theta - previous) > Math.PI) {
                    addSegment(chart, panel, episode, segment++, xs, ys, alpha);
                }
                xs.add((double) step);
                ys.add(theta);
                previous = theta;
            }
            addSegment(chart, panel, episode, segment, xs, ys, alpha);
            index++;
        }
        chart.getStyler().setYAxisMin(-Math.PI);
        chart.getStyler().setYAxisMax(Math.PI);
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax((double) steps - 1);
        return chart;
    }

    private static void addSegment(XYChart chart, Panel panel, Trajectories.Episode episode, int segment,
            List<Double> xs, List<Double> ys, int alpha) {
        if (xs.size() >= 2) {
            ChartStyle.line(chart, "episode " + episode.number() + " part " + segment,
                    xs.stream().mapToDouble(Double::doubleValue).toArray(),
                    ys.stream().mapToDouble(Double::doubleValue).toArray(), Palette.translucent(panel.colour(), alpha),
                    1.6f);
        }
        xs.clear();
        ys.clear();
    }
}
