package dqnsweep.report;

import dqnsweep.analysis.Analysis;
import dqnsweep.analysis.SweepInfo;
import java.util.List;

/**
 * The numbers the tutorial (dqn-pendulum-tutorial) published: average reward per step of one
 * trained model over a handful of 250-step games, at a few (bins, iterations) settings.
 */
final class Tutorial {

    /** One published figure. */
    record Point(int bins, int iterations, double averageReward, String source) {
    }

    static final List<Point> POINTS = List.of(
            new Point(20, 100, -7.2, "one model, 10 games"),
            new Point(20, 1000, -0.95, "one model, 10 games"),
            new Point(20, 10000, -0.64, "one model, 10 games"),
            new Point(10, 1000, -1.27, "one model, 20 games"),
            new Point(40, 1000, -3.28, "one model, 20 games"));

    private Tutorial() {
    }

    /** True when the cell trains with the point's bins and iterations (as axis values or settings). */
    static boolean matches(Point point, Analysis analysis, SweepInfo.Cell cell) {
        return sameNumber(analysis.setting(cell, "bins"), point.bins())
                && sameNumber(analysis.setting(cell, "iterations"), point.iterations());
    }

    private static boolean sameNumber(String text, int value) {
        try {
            return Double.parseDouble(text) == value;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
