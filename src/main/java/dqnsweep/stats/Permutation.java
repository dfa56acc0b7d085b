package dqnsweep.stats;

import java.util.SplittableRandom;

/**
 * The two-sample permutation test of "no difference" for unpaired runs: under the null
 * hypothesis the n + m run scores are exchangeable, so each of the C(n+m, n) ways to split them
 * into groups of n and m is equally likely. The statistic is |mean(x) - mean(y)|. Exact while
 * the splits number at most {@link #EXACT_LIMIT} (C(20, 10) = 184,756), else a fixed-seed Monte
 * Carlo estimate (1 + hits) / (1 + draws).
 */
public final class Permutation {

    public static final long EXACT_LIMIT = 200_000;
    public static final int MONTE_CARLO_DRAWS = 100_000;

    private Permutation() {
    }

    public static TestResult test(double[] x, double[] y, long seed) {
        int n = x.length;
        int m = y.length;
        if (n == 0 || m == 0) {
            return TestResult.NONE;
        }
        double[] pooled = new double[n + m];
        System.arraycopy(x, 0, pooled, 0, n);
        System.arraycopy(y, 0, pooled, n, m);
        double total = Descriptive.sum(pooled);
        double observed = Math.abs(difference(Descriptive.sum(x), total, n, m));
        double tolerance = 1e-9 * Math.max(Descriptive.maxAbs(pooled), Double.MIN_NORMAL);
        long splits = choose(n + m, n);
        // the mirror split gives the same |difference| when the groups are equal in size
        double smallest = (n == m ? 2.0 : 1.0) / splits;
        if (n + m <= 62 && splits <= EXACT_LIMIT) {
            long extreme = 0;
            // Gosper's hack: every (n+m)-bit mask with n bits set, in increasing order
            for (long mask = (1L << n) - 1; mask < 1L << (n + m); mask = nextSameBitCount(mask)) {
                extreme += Math.abs(difference(maskedSum(pooled, mask), total, n, m)) >= observed - tolerance ? 1 : 0;
            }
            return new TestResult("permutation_exact", n + m, (double) extreme / splits, smallest, splits);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double[] shuffled = pooled.clone();
        long extreme = 0;
        for (int draw = 0; draw < MONTE_CARLO_DRAWS; draw++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                int j = i + rng.nextInt(shuffled.length - i);
                double t = shuffled[i];
                shuffled[i] = shuffled[j];
                shuffled[j] = t;
                s += shuffled[i];
            }
            extreme += Math.abs(difference(s, total, n, m)) >= observed - tolerance ? 1 : 0;
        }
        return new TestResult("permutation_monte_carlo", n + m, (1.0 + extreme) / (1.0 + MONTE_CARLO_DRAWS),
                Math.max(smallest, 1.0 / (1.0 + MONTE_CARLO_DRAWS)), MONTE_CARLO_DRAWS);
    }

    /** C(n, k), saturating at Long.MAX_VALUE. */
    static long choose(int n, int k) {
        long c = 1;
        for (int i = 1; i <= Math.min(k, n - k); i++) {
            if (c > Long.MAX_VALUE / (n - i + 1)) {
                return Long.MAX_VALUE;
            }
            c = c * (n - i + 1) / i;
        }
        return c;
    }

    /** Mean of the first group minus the mean of the second, from the first group's sum. */
    private static double difference(double firstSum, double total, int n, int m) {
        return firstSum / n - (total - firstSum) / m;
    }

    private static long nextSameBitCount(long mask) {
        long lowest = mask & -mask;
        long ripple = mask + lowest;
        return ((ripple ^ mask) >>> 2) / lowest | ripple;
    }

    private static double maskedSum(double[] values, long mask) {
        double s = 0;
        for (int i = 0; i < values.length; i++) {
            s += (mask >>> i & 1) == 1 ? values[i] : 0;
        }
        return s;
    }
}
