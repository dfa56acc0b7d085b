package dqnsweep.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dqnsweep.stats.Bootstrap;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProfileChartTest {

    @Test
    void shareOfRunsAboveEachThreshold() {
        double[][] runs = {{0.1}, {0.5}, {0.9}};
        double[][] curve = ProfileChart.profile(runs, new double[] {0, 0.5, 1},
                new Bootstrap(new SplittableRandom(1), 500, 0.95));
        // strictly above: all three at 0, only 0.9 at 0.5, none at 1
        assertArrayEquals(new double[] {1, 1.0 / 3, 0}, curve[0], 1e-15);
        for (int i = 0; i < 3; i++) {
            assertTrue(curve[1][i] <= curve[0][i] && curve[0][i] <= curve[2][i], "the band holds the share");
        }
        assertArrayEquals(new double[] {1, 1}, new double[] {curve[1][0], curve[2][0]}, "every resample is above 0");
    }

    @Test
    void episodesArePooledOverRunsAndResampledWithTheirRun() {
        // run A: episodes 0.1 and 0.9; run B: one episode at 0.5
        double[][] runs = {{0.1, 0.9}, {0.5}};
        double[][] curve = ProfileChart.profile(runs, new double[] {0.4, 0.95},
                new Bootstrap(new SplittableRandom(1), 2000, 0.95));
        assertArrayEquals(new double[] {2.0 / 3, 0}, curve[0], 1e-15, "pooled: 2 of 3 episodes above 0.4");
        // resampling whole runs gives only AA (1/2), AB (2/3) or BB (1): the band cannot leave [1/2, 1]
        assertArrayEquals(new double[] {0.5, 1}, new double[] {curve[1][0], curve[2][0]}, 1e-15);
        assertEquals(0.5, ProfileChart.share(runs, new int[] {0, 0}, 0.4), 1e-15);
    }
}
