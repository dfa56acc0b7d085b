package dqnsweep.agent;

/**
 * The weight alpha of advantage learning over a run (see {@link TdTargets#widenActionGap}). It
 * rises linearly from 0 to the configured alpha over the run's update budget. At the start the
 * Q-values, and so their action gaps, are mostly error: widening them then slows the switch to a
 * better greedy action (a constant alpha of 0.9 made the 100-iteration Pendulum runs fail), while
 * late in a run the gaps are real and widening them keeps the hold at the top precise. A run that
 * ends before its budget (the short ones) ends with a proportionally smaller alpha.
 */
final class AdvantageLearning {

    private AdvantageLearning() {
    }

    /** Alpha for the next training event, after {@code gradientSteps} of a budget of {@code maxGradientSteps}. */
    static double weight(double alpha, long gradientSteps, long maxGradientSteps) {
        return alpha * Math.min(1.0, (double) gradientSteps / maxGradientSteps);
    }
}
