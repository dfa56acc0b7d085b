package dqnsweep.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dqnsweep.analysis.TrainCurve;
import dqnsweep.stats.Bootstrap;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LearningCurveTest {

    private final Bootstrap bootstrap = new Bootstrap(new SplittableRandom(1), 500, 0.95);

    @Test
    void windowsAverageEachRunThenTheRuns() {
        TrainCurve a = new TrainCurve(new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 4});
        TrainCurve b = new TrainCurve(new double[] {1, 2, 3, 4}, new double[] {3, 4, 5, 6});
        LearningCurve curve = LearningCurve.of(List.of(a, b), 2, bootstrap);
        // windows: iterations 1-2 and 3-4, centred at 1.5 and 3.5; a gives 1.5 and 3.5, b 3.5 and 5.5
        assertArrayEquals(new double[] {1.5, 3.5}, curve.x(), 1e-12);
        assertArrayEquals(new double[] {2.5, 4.5}, curve.mean(), 1e-12);
        // two runs: the bootstrap means lie between the two run means
        assertEquals(1.5, curve.low()[0], 1e-12);
        assertEquals(3.5, curve.high()[0], 1e-12);
        assertEquals(4, curve.end());
    }

    @Test
    void fewerIterationsThanWindowsKeepsEveryIteration() {
        TrainCurve run = new TrainCurve(new double[] {1, 2, 3}, new double[] {-5, Double.NaN, -3});
        LearningCurve curve = LearningCurve.of(List.of(run), 150, bootstrap);
        // NaN (a missing reward) leaves its window empty, so it is skipped
        assertArrayEquals(new double[] {1, 3}, curve.x(), 1e-12);
        assertArrayEquals(new double[] {-5, -3}, curve.mean(), 1e-12);
        assertArrayEquals(curve.mean(), curve.low(), 1e-12, "one run: no band");
    }

    @Test
    void aShorterRunOnlyCountsWhereItHasData() {
        TrainCurve longer = new TrainCurve(new double[] {1, 2, 3, 4}, new double[] {0, 0, 8, 8});
        TrainCurve shorter = new TrainCurve(new double[] {1, 2}, new double[] {2, 2});
        LearningCurve curve = LearningCurve.of(List.of(longer, shorter), 2, bootstrap);
        assertArrayEquals(new double[] {1, 8}, curve.mean(), 1e-12);
    }

    @Test
    void windowMeansSplitIterationsEvenly() {
        TrainCurve run = new TrainCurve(new double[] {1, 2, 3, 4, 5, 6}, new double[] {1, 1, 2, 2, 3, 3});
        assertArrayEquals(new double[] {1, 2, 3}, LearningCurve.windowMeans(run, 3, 6), 1e-12);
    }
}
