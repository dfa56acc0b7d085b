package dqnsweep.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dqnsweep.stats.Bootstrap;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProfileChartTest {

    @Test
    void shareOfRunsAboveEachThreshold() {
        double[] scores = {0.1, 0.5, 0.9};
        double[][] curve = ProfileChart.profile(scores, new double[] {0, 0.5, 1},
                new Bootstrap(new SplittableRandom(1), 500, 0.95));
        // strictly above: all three at 0, only 0.9 at 0.5, none at 1
        assertArrayEquals(new double[] {1, 1.0 / 3, 0}, curve[0], 1e-15);
        for (int i = 0; i < 3; i++) {
            assertTrue(curve[1][i] <= curve[0][i] && curve[0][i] <= curve[2][i], "the band holds the share");
        }
        assertArrayEquals(new double[] {1, 1}, new double[] {curve[1][0], curve[2][0]}, "every resample is above 0");
    }
}
