package dqnsweep.cli;

import dqnsweep.run.RunSummary;
import java.io.PrintWriter;
import java.util.Locale;

/** How {@code run} and {@code eval} describe an evaluation on the terminal. */
final class EvaluationLines {

    private EvaluationLines() {
    }

    /** The evaluation against the optimum of its starts, when there is one. */
    static void againstTheOptimum(PrintWriter out, RunSummary.Evaluation eval) {
        if (eval.optimalityGap() != null) {
            out.printf(Locale.ROOT, "against the optimum on the same starts (%.4f per step): optimality gap %.4f per "
                    + "step, normalized score %.4f (0 random, 1 optimal)%n", eval.optimalScore(), eval.optimalityGap(),
                    eval.normalizedScore());
        }
    }
}
