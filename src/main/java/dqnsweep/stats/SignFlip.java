package dqnsweep.stats;

import java.util.SplittableRandom;

/**
 * The paired sign-flip (randomisation) test of "no difference": under the null hypothesis each
 * seed's difference is as likely to have either sign, so every one of the 2^n sign patterns is
 * equally likely. The p-value is the share of patterns whose |sum| is at least the observed |sum|
 * (the observed pattern and its mirror among them), so it is never below 2 / 2^n. Exact up to
 * {@link #EXACT_LIMIT} seeds; beyond, a fixed-seed Monte Carlo estimate (1 + hits) / (1 + draws).
 */
public final class SignFlip {

    public static final int EXACT_LIMIT = 20;
    public static final int MONTE_CARLO_DRAWS = 100_000;

    private SignFlip() {
    }

    /** Two-sided test of the per-seed differences {@code d}; {@code seed} feeds only the Monte Carlo case. */
    public static TestResult test(double[] d, long seed) {
        int n = d.length;
        if (n == 0) {
            return TestResult.NONE;
        }
        double observed = Math.abs(Descriptive.sum(d));
        // sums of the same magnitudes in another order can differ in the last bits: count those as ties
        double tolerance = 1e-9 * Math.max(Descriptive.maxAbs(d), Double.MIN_NORMAL) * n;
        if (n <= EXACT_LIMIT) {
            long patterns = 1L << n;
            long extreme = 0;
            for (long mask = 0; mask < patterns; mask++) {
                extreme += Math.abs(signedSum(d, mask)) >= observed - tolerance ? 1 : 0;
            }
            return new TestResult("sign_flip_exact", n, (double) extreme / patterns, 2.0 / patterns, patterns);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        long extreme = 0;
        for (int draw = 0; draw < MONTE_CARLO_DRAWS; draw++) {
            double s = 0;
            for (double v : d) {
                s += rng.nextBoolean() ? v : -v;
            }
            extreme += Math.abs(s) >= observed - tolerance ? 1 : 0;
        }
        return new TestResult("sign_flip_monte_carlo", n, (1.0 + extreme) / (1.0 + MONTE_CARLO_DRAWS),
                1.0 / (1.0 + MONTE_CARLO_DRAWS), MONTE_CARLO_DRAWS);
    }

    /** The smallest p-value an exact sign-flip test can reach with {@code seeds} seeds: 2 / 2^n. */
    public static double smallestP(int seeds) {
        return seeds < 1 ? 1 : Math.min(1, 2 / Math.pow(2, seeds));
    }

    /** Bit i of {@code mask} set flips the sign of d[i]. */
    private static double signedSum(double[] d, long mask) {
        double s = 0;
        for (int i = 0; i < d.length; i++) {
            s += (mask >>> i & 1) == 0 ? d[i] : -d[i];
        }
        return s;
    }
}
