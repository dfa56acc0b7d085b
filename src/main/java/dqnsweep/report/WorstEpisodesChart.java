package dqnsweep.report;

import dqnsweep.analysis.SweepInfo.Cell;
import dqnsweep.analysis.Trajectories;
import java.awt.Color;
import java.awt.Graphics2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.knowm.xchart.XYChart;

/**
 * worst-episodes.png: the gallery of the worst episodes, one panel per cell with its worst
 * recorded episode (pole angle against step, as in trajectories.png), labelled below with the
 * run, the episode, its start and its gap to the optimum.
 */
final class WorstEpisodesChart {

    static final String FILE = "worst-episodes.png";
    private static final int WIDTH = 380;
    private static final int CHART_HEIGHT = 290;
    private static final int LABEL_HEIGHT = 40;

    private WorstEpisodesChart() {
    }

    /** @param perStep whether scores are per step (the pendulums') rather than returns */
    static Figure write(EpisodeGallery gallery, Function<Cell, Color> colours, int columns, boolean perStep,
            Path reportDir) throws IOException {
        if (gallery.worst() == null) {
            return null;
        }
        List<Panels.Painter> painters = new ArrayList<>();
        for (EpisodeGallery.Worst worst : gallery.cells()) {
            painters.add(worst == null ? (g, w, h) -> { } : painter(worst, colours.apply(worst.cell().cell()), perStep));
        }
        Panels.writePng(Panels.grid(painters, columns, WIDTH, CHART_HEIGHT + LABEL_HEIGHT, List.of()),
                reportDir.resolve(FILE));
        return new Figure(FILE, "Gallery of the worst episodes", caption(gallery, perStep));
    }

    private static Panels.Painter painter(EpisodeGallery.Worst worst, Color colour, boolean perStep) {
        XYChart chart = TrajectoryChart.chart(new TrajectoryChart.Panel(worst.cell().id(), colour,
                new Trajectories(List.of(worst.episode()))));
        String[] lines = {"seed " + worst.run().seed() + ", episode " + worst.episode().number() + ", start " + start(worst),
            gap(worst, perStep)};
        return (g, width, height) -> {
            Graphics2D plot = (Graphics2D) g.create(0, 0, width, CHART_HEIGHT);
            chart.paint(plot, width, CHART_HEIGHT);
            plot.dispose();
            g.setFont(Panels.FONT);
            g.setColor(Palette.TEXT);
            for (int i = 0; i < lines.length; i++) {
                PolicyMapChart.drawCentred(g, lines[i], width / 2, CHART_HEIGHT + 14 + 17 * i);
            }
        };
    }

    /** The start state: theta and, where the file has it, theta_dot. */
    static String start(EpisodeGallery.Worst worst) {
        Trajectories.Episode episode = worst.episode();
        String theta = String.format(Locale.ROOT, "\u03b8 %+.2f", episode.theta()[0]);
        return episode.thetaDot() == null ? theta
                : theta + String.format(Locale.ROOT, ", d\u03b8/dt %+.2f", episode.thetaDot()[0]);
    }

    /** "gap 7.42 per step to the optimum", or the score where there is no optimum. */
    static String gap(EpisodeGallery.Worst worst, boolean perStep) {
        String unit = perStep ? " per step" : "";
        if (Double.isNaN(worst.optimal())) {
            return "score " + Html.number(worst.score(), 3) + unit + " (no optimum known)";
        }
        return "gap " + Html.number(worst.gap(), 3) + unit + " to the optimum (" + Html.number(worst.score(), 3)
                + " vs " + Html.number(worst.optimal(), 3) + ")";
    }

    private static String caption(EpisodeGallery gallery, boolean perStep) {
        EpisodeGallery.Worst worst = gallery.worst();
        return "Each cell's worst recorded greedy evaluation episode: of the 3 episodes each run keeps in "
                + "worst_episodes.csv (those furthest below the optimum on their own start), the one with the "
                + "largest gap over the cell's runs. Pole angle against evaluation step as in the trajectories "
                + "(0 = upright, grey band |theta| \u2264 0.2 rad); under each panel the seed, the episode, its start "
                + "(\u03b8 in rad, d\u03b8/dt in rad/s) and its gap to the optimum" + (perStep ? " per step" : "")
                + ". Worst of the sweep: " + worst.cell().id() + ", seed " + worst.run().seed() + ", episode "
                + worst.episode().number() + " from " + start(worst) + ", " + gap(worst, perStep) + "."
                + (gallery.recorded() < gallery.complete() ? " From " + gallery.recorded() + " of "
                        + gallery.complete() + " complete runs; the others predate worst_episodes.csv." : "");
    }
}
