package dqnsweep.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    @Test
    void intervalOfAConstantCollapsesToIt() {
        double[] x = {-0.64, -0.64, -0.64, -0.64, -0.64};
        Bootstrap bootstrap = new Bootstrap(new SplittableRandom(1));
        assertEquals(new Interval(-0.64, -0.64), bootstrap.mean(x));
        assertEquals(new Interval(-0.64, -0.64), bootstrap.iqm(x));
    }

    @Test
    void sameSeedSameInterval() {
        double[] x = {-0.95, -1.27, -0.64, -3.28, -7.2};
        Interval first = new Bootstrap(new SplittableRandom(7), 2000, 0.95).mean(x);
        Interval second = new Bootstrap(new SplittableRandom(7), 2000, 0.95).mean(x);
        assertEquals(first, second);
        Interval other = new Bootstrap(new SplittableRandom(8), 2000, 0.95).mean(x);
        assertFalse(first.equals(other), "another seed resamples differently");
    }

    @Test
    void intervalLiesWithinTheSampleRangeAndAroundTheEstimate() {
        double[] x = {-0.95, -1.27, -0.64, -3.28, -7.2};
        Bootstrap bootstrap = new Bootstrap(new SplittableRandom(3));
        Interval mean = bootstrap.mean(x);
        assertTrue(mean.low() >= -7.2 && mean.high() <= -0.64, mean.toString());
        assertTrue(mean.contains(Descriptive.mean(x)), mean.toString());
        Interval iqm = bootstrap.iqm(x);
        assertTrue(iqm.contains(Descriptive.iqm(x)), iqm.toString());
    }

    @Test
    void undefinedBelowTwoUnits() {
        Bootstrap bootstrap = new Bootstrap(new SplittableRandom(1));
        assertFalse(bootstrap.mean(new double[] {1}).defined());
        assertFalse(bootstrap.mean(new double[0]).defined());
    }

    @Test
    void twoValueSampleHasTheExactBootstrapDistribution() {
        // resamples of {0, 1} of size 2: means 0 (p 1/4), 0.5 (p 1/2), 1 (p 1/4), so the 2.5% and
        // 97.5% quantiles are 0 and 1
        Interval ci = new Bootstrap(new SplittableRandom(5), 4000, 0.95).mean(new double[] {0, 1});
        assertEquals(new Interval(0, 1), ci);
        // a 40% interval cuts 30% per tail, inside the middle mass at 0.5
        assertEquals(new Interval(0.5, 0.5), new Bootstrap(new SplittableRandom(5), 4000, 0.4).mean(new double[] {0, 1}));
    }

    @Test
    void coverageOfTheMeanIntervalOnNormalSamples() {
        // Percentile-bootstrap intervals are narrow for small samples: simulated (numpy, 2000 trials)
        // coverage is 0.93 at n = 20 and 0.83 at n = 5. The band tolerates Monte Carlo error.
        assertBetween(0.90, 0.96, coverage(20, 1000, 11));
        assertBetween(0.78, 0.88, coverage(5, 1000, 12));
    }

    private static double coverage(int n, int trials, long seed) {
        SplittableRandom data = new SplittableRandom(seed);
        Bootstrap bootstrap = new Bootstrap(new SplittableRandom(seed + 100), 1000, 0.95);
        int covered = 0;
        for (int t = 0; t < trials; t++) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = 3 + 2 * gaussian(data);
            }
            covered += bootstrap.mean(x).contains(3) ? 1 : 0;
        }
        return (double) covered / trials;
    }

    private static double gaussian(SplittableRandom rng) {
        // Box-Muller, so the test does not depend on the JDK's nextGaussian algorithm
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    private static void assertBetween(double low, double high, double value) {
        assertTrue(value >= low && value <= high, value + " not in [" + low + ", " + high + "]");
    }
}
