package dqnsweep.stats;

import java.util.Arrays;

/**
 * Descriptive statistics of a sample. Every method leaves its argument untouched and returns NaN
 * for an empty sample (and {@link #sampleStd} for a single value).
 */
public final class Descriptive {

    /** Share of the sample cut from each end by the interquartile mean. */
    public static final double IQM_CUT = 0.25;

    private Descriptive() {
    }

    public static double mean(double[] x) {
        return x.length == 0 ? Double.NaN : sum(x) / x.length;
    }

    public static double sum(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum;
    }

    /** The largest |x|; 0 for an empty sample (a scale for rounding tolerances). */
    public static double maxAbs(double[] x) {
        double max = 0;
        for (double v : x) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    /** Standard deviation with the n-1 (Bessel) denominator. */
    public static double sampleStd(double[] x) {
        if (x.length < 2) {
            return Double.NaN;
        }
        double mean = mean(x);
        double squares = 0;
        for (double v : x) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (x.length - 1));
    }

    public static double median(double[] x) {
        return quantile(x, 0.5);
    }

    /**
     * The p-quantile with linear interpolation between order statistics (Hyndman-Fan type 7, the
     * default of numpy.percentile and R): h = (n-1)p, x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]).
     */
    public static double quantile(double[] x, double p) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("quantile " + p);
        }
        return x.length == 0 ? Double.NaN : sortedQuantile(sorted(x), p);
    }

    /** {@link #quantile} of an already sorted sample. */
    static double sortedQuantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }

    /**
     * The interquartile mean as rliable computes it, {@code scipy.stats.trim_mean(x, 0.25)}:
     * sort, cut floor(n/4) values from each end, average the rest. For n < 4 nothing is cut (the
     * mean); n = 5 averages the middle 3; n = 8 the middle 4.
     */
    public static double iqm(double[] x) {
        return trimmedMean(x, IQM_CUT);
    }

    /** scipy's trim_mean: the mean after removing floor(n * cut) values from each end. */
    public static double trimmedMean(double[] x, double cut) {
        if (cut < 0 || cut >= 0.5) {
            throw new IllegalArgumentException("cut " + cut);
        }
        if (x.length == 0) {
            return Double.NaN;
        }
        return sortedTrimmedMean(sorted(x), cut);
    }

    static double sortedTrimmedMean(double[] sorted, double cut) {
        int removed = (int) (sorted.length * cut);
        double sum = 0;
        for (int i = removed; i < sorted.length - removed; i++) {
            sum += sorted[i];
        }
        return sum / (sorted.length - 2 * removed);
    }

    public static double min(double[] x) {
        return x.length == 0 ? Double.NaN : Arrays.stream(x).min().getAsDouble();
    }

    public static double max(double[] x) {
        return x.length == 0 ? Double.NaN : Arrays.stream(x).max().getAsDouble();
    }

    private static double[] sorted(double[] x) {
        double[] copy = x.clone();
        Arrays.sort(copy);
        return copy;
    }
}
