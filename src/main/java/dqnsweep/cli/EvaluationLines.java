package dqnsweep.cli;

import dqnsweep.config.RunConfig;
import dqnsweep.run.RunSummary;
import java.io.PrintWriter;
import java.util.Locale;

/** How {@code run} and {@code eval} describe an evaluation on the terminal, in the environment's own figures. */
final class EvaluationLines {

    private EvaluationLines() {
    }

    /** One line of figures, then a line against the optimum when there is one. */
    static void print(PrintWriter out, RunConfig config, RunSummary.Evaluation eval) {
        if (config.env().pendulum()) {
            out.printf(Locale.ROOT, "evaluation over %d episodes: average reward per step %.4f, return over 200 steps "
                    + "%.1f, upright %.0f%%, solved %.0f%%%n", eval.episodes(), eval.meanAverageReward(),
                    eval.meanReturn200(), 100 * eval.meanUprightFraction(), 100 * eval.solvedRate());
        } else {
            out.printf(Locale.ROOT, "evaluation over %d episodes: return %.1f, episode length %.1f steps, success "
                    + "%.0f%% (%s)%n", eval.episodes(), eval.meanReturn(), eval.meanSteps(), 100 * eval.solvedRate(),
                    success(config));
        }
        if (eval.optimalityGap() != null) {
            out.printf(Locale.ROOT, "against the optimum on the same starts (%s): optimality gap %s%s%n",
                    number(eval.optimalScore()), number(eval.optimalityGap()), eval.normalizedScore() == null ? ""
                            : String.format(Locale.ROOT, ", normalized score %.4f (0 random, 1 optimal)",
                                    eval.normalizedScore()));
        }
    }

    private static String success(RunConfig config) {
        return switch (config.env().success()) {
            case UPRIGHT -> "upright";
            case SURVIVES -> "balanced for all " + config.evalSteps() + " steps";
            case REACHES_GOAL -> "reached the goal";
        };
    }

    private static String number(double value) {
        return Math.abs(value) >= 10 ? String.format(Locale.ROOT, "%.1f", value)
                : String.format(Locale.ROOT, "%.4f", value);
    }
}
