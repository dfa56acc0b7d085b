package dqnsweep.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DescriptiveTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void handWorkedFiveValues() {
        double[] x = {3, 1, 4, 1, 5};
        // mean = 14 / 5
        assertEquals(2.8, Descriptive.mean(x), TOLERANCE);
        // deviations 0.2 -1.8 1.2 -1.8 2.2; squares .04 3.24 1.44 3.24 4.84 sum 12.8; / (5-1) = 3.2
        assertEquals(Math.sqrt(3.2), Descriptive.sampleStd(x), TOLERANCE);
        // sorted 1 1 3 4 5
        assertEquals(3, Descriptive.median(x), TOLERANCE);
        // floor(5 * 0.25) = 1 cut from each end: (1 + 3 + 4) / 3
        assertEquals(8.0 / 3, Descriptive.iqm(x), TOLERANCE);
        // type 7: h = 4 * 0.25 = 1 -> x(1) = 1; h = 4 * 0.9 = 3.6 -> 4 + 0.6 * (5 - 4)
        assertEquals(1, Descriptive.quantile(x, 0.25), TOLERANCE);
        assertEquals(4.6, Descriptive.quantile(x, 0.9), TOLERANCE);
        assertEquals(1, Descriptive.min(x));
        assertEquals(5, Descriptive.max(x));
        assertEquals(3, x[0], "the argument is not reordered");
    }

    @Test
    void matchesNumpyAndScipy() {
        // numpy 2.4 / scipy 1.17: x.mean(), x.std(ddof=1), np.median, stats.trim_mean(x, 0.25), np.percentile(x, 10)
        double[] x = {-0.95, -1.27, -0.64, -3.28, -7.2, -0.5, -1.1, -2.0};
        assertEquals(-2.1175, Descriptive.mean(x), TOLERANCE);
        assertEquals(2.2396731266606102, Descriptive.sampleStd(x), TOLERANCE);
        assertEquals(-1.185, Descriptive.median(x), TOLERANCE);
        // n = 8: 2 cut from each end, mean of -2.0 -1.27 -1.1 -0.95 = -5.32 / 4
        assertEquals(-1.33, Descriptive.iqm(x), TOLERANCE);
        assertEquals(-4.4559999999999995, Descriptive.quantile(x, 0.1), TOLERANCE);
        double[] five = {-0.95, -1.27, -0.64, -3.28, -7.2};
        assertEquals(2.735520060244487, Descriptive.sampleStd(five), TOLERANCE);
        // sorted -7.2 -3.28 -1.27 -0.95 -0.64: middle three sum -5.5
        assertEquals(-5.5 / 3, Descriptive.iqm(five), TOLERANCE);
    }

    @Test
    void iqmTrimsFloorOfAQuarterFromEachEnd() {
        assertEquals(2, Descriptive.iqm(new double[] {1, 2, 3}), TOLERANCE, "n < 4: the mean");
        assertEquals(2.5, Descriptive.iqm(new double[] {10, 1, 2, 3}), TOLERANCE, "n = 4: the middle two");
        assertEquals(7, Descriptive.iqm(new double[] {7}), TOLERANCE);
    }

    @Test
    void iqmOfAConstantIsTheConstant() {
        for (int n = 1; n <= 12; n++) {
            double[] x = new double[n];
            Arrays.fill(x, -0.64);
            assertEquals(-0.64, Descriptive.iqm(x), TOLERANCE, "n = " + n);
        }
    }

    @Test
    void iqmOfASymmetricSampleIsItsCentre() {
        double[] x = {-100, -3, -1, 0, 1, 3, 100, 2, -2};
        // symmetric about 0 whatever is cut; the outliers do not move it
        assertEquals(0, Descriptive.iqm(x), TOLERANCE);
        double[] shifted = {5 - 40, 5 - 1, 5, 5 + 1, 5 + 40, 5 + 2, 5 - 2};
        assertEquals(5, Descriptive.iqm(shifted), TOLERANCE);
    }

    @Test
    void iqmResistsOneOutlierThatMovesTheMean() {
        double[] x = {-1, -1.1, -0.9, -1.05, -30};
        assertTrue(Descriptive.mean(x) < -6.8);
        // sorted -30 -1.1 -1.05 -1 -0.9: middle three -3.15 / 3
        assertEquals(-1.05, Descriptive.iqm(x), TOLERANCE);
    }

    @Test
    void emptyAndSingleSamples() {
        assertTrue(Double.isNaN(Descriptive.mean(new double[0])));
        assertTrue(Double.isNaN(Descriptive.median(new double[0])));
        assertTrue(Double.isNaN(Descriptive.iqm(new double[0])));
        assertTrue(Double.isNaN(Descriptive.sampleStd(new double[] {1})));
        assertEquals(4, Descriptive.median(new double[] {4}));
    }
}
