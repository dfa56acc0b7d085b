package dqnsweep.stats;

import java.util.Arrays;
import java.util.function.DoubleSupplier;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;

/**
 * Percentile bootstrap: resample n units with replacement {@code reps} times, compute the
 * statistic on each resample, and take the (1-c)/2 and (1+c)/2 quantiles (type 7) of those
 * values. The generator is the caller's, so the same seed gives the same interval.
 */
public final class Bootstrap {

    public static final int DEFAULT_REPS = 5000;
    public static final double DEFAULT_CONFIDENCE = 0.95;

    private final RandomGenerator rng;
    private final int reps;
    private final double confidence;

    public Bootstrap(RandomGenerator rng, int reps, double confidence) {
        if (reps < 1) {
            throw new IllegalArgumentException("bootstrap reps " + reps);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence " + confidence);
        }
        this.rng = rng;
        this.reps = reps;
        this.confidence = confidence;
    }

    public Bootstrap(RandomGenerator rng) {
        this(rng, DEFAULT_REPS, DEFAULT_CONFIDENCE);
    }

    public int reps() {
        return reps;
    }

    public double confidence() {
        return confidence;
    }

    /** The generator, for resampling schemes that draw more than one index set per replicate. */
    RandomGenerator rng() {
        return rng;
    }

    /** Interval of a statistic of n units; the statistic reads the resampled unit indices. */
    public Interval interval(int n, ToDoubleFunction<int[]> statistic) {
        if (n < 2) {
            return Interval.UNDEFINED;
        }
        int[] indices = new int[n];
        return replicate(() -> {
            draw(indices);
            return statistic.applyAsDouble(indices);
        });
    }

    /** Interval of the mean of a sample. */
    public Interval mean(double[] x) {
        return interval(x.length, indices -> Descriptive.mean(pick(x, indices)));
    }

    /** Interval of the interquartile mean of a sample. */
    public Interval iqm(double[] x) {
        return interval(x.length, indices -> Descriptive.iqm(pick(x, indices)));
    }

    /** Runs {@code reps} replicates and returns the percentile interval of their values. */
    Interval replicate(DoubleSupplier replicate) {
        double[] values = new double[reps];
        for (int r = 0; r < reps; r++) {
            values[r] = replicate.getAsDouble();
        }
        Arrays.sort(values);
        double tail = (1 - confidence) / 2;
        return new Interval(Descriptive.sortedQuantile(values, tail), Descriptive.sortedQuantile(values, 1 - tail));
    }

    /** Fills {@code indices} with draws from 0..length-1, with replacement. */
    void draw(int[] indices) {
        for (int i = 0; i < indices.length; i++) {
            indices[i] = rng.nextInt(indices.length);
        }
    }

    static double[] pick(double[] x, int[] indices) {
        double[] picked = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            picked[i] = x[indices[i]];
        }
        return picked;
    }
}
