package dqnsweep.reference;

import java.util.SplittableRandom;

/** The floor: a uniformly random bin at every decision. */
final class RandomPolicy implements DecisionRule {

    private final int bins;
    private final SplittableRandom rng;

    RandomPolicy(int bins, SplittableRandom rng) {
        this.bins = bins;
        this.rng = rng;
    }

    @Override
    public int choose(double[] state, int decision) {
        return rng.nextInt(bins);
    }
}
