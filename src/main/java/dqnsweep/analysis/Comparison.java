package dqnsweep.analysis;

import dqnsweep.analysis.SweepInfo.Cell;
import dqnsweep.stats.PairedDifference;
import dqnsweep.stats.ProbabilityOfImprovement;
import dqnsweep.stats.SeedPlan;
import dqnsweep.stats.TestResult;

/**
 * Two cells that differ on one axis only: moving {@code axis} from {@code from} to {@code to}.
 *
 * @param improvement P(a run of {@code to} scores higher than a run of {@code from})
 * @param paired per-episode paired differences, {@code to} minus {@code from}
 * @param test the exact test of "no difference": sign-flip over the paired seeds, or a
 *     permutation test of the run scores when the two cells' seeds do not pair
 * @param pHolm the test's p-value after Holm's adjustment over all the comparisons shown
 * @param seedsForObserved seeds needed to detect the observed paired difference with 80% power
 * @param seedsForStep the same for a difference of {@link #PLANNED_DIFFERENCE} per step
 */
public record Comparison(String axis, Cell from, Cell to, ProbabilityOfImprovement improvement,
        PairedDifference paired, TestResult test, double pHolm, SeedPlan seedsForObserved, SeedPlan seedsForStep) {

    /** The difference in score (reward per step) that seed planning also answers for. */
    public static final double PLANNED_DIFFERENCE = 0.01;

    Comparison withHolm(double adjusted) {
        return new Comparison(axis, from, to, improvement, paired, test, adjusted, seedsForObserved, seedsForStep);
    }

    /** True when the Holm-adjusted p-value is below alpha. */
    public boolean detected(double alpha) {
        return pHolm < alpha;
    }
}
