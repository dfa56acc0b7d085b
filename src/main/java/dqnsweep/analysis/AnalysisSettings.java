package dqnsweep.analysis;

import dqnsweep.stats.Bootstrap;
import java.util.SplittableRandom;

/**
 * How the statistics are estimated.
 *
 * @param bootstrapReps resamples per bootstrap interval
 * @param confidence interval coverage, e.g. 0.95
 * @param seed base seed of the bootstrap generators; each cell and comparison derives its own
 *     from it and its id, so an interval does not change when other cells are added
 */
public record AnalysisSettings(int bootstrapReps, double confidence, long seed) {

    public static final AnalysisSettings DEFAULT = new AnalysisSettings(5000, 0.95, 20_211_125L);

    /** An episode counts as solved when the pole is upright this share of its last 100 steps (as in run.json). */
    public static final double SOLVED_UPRIGHT_FRACTION = 0.9;

    public AnalysisSettings {
        if (bootstrapReps < 100) {
            throw new IllegalArgumentException("bootstrap reps must be at least 100, got " + bootstrapReps);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
    }

    /** A bootstrap whose generator depends only on the base seed and {@code id}. */
    public Bootstrap bootstrap(String id) {
        long mixed = seed ^ (id.hashCode() * 0x9E3779B97F4A7C15L);
        return new Bootstrap(new SplittableRandom(mixed), bootstrapReps, confidence);
    }
}
