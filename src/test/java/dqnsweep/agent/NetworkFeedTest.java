package dqnsweep.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dqnsweep.config.Algo;
import dqnsweep.spec.ConfigResolver;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NetworkFeedTest {

    private static final int ROWS = 64;

    @Test
    void predictingTwoSetsInOneCallGivesEachSetItsOwnQValues() {
        QNetwork network = QNetwork.create(ConfigResolver.builtIn(Algo.DQN), 3, 5);
        int outputs = network.outputs();
        float[] first = observations(1);
        float[] second = observations(2);
        NetworkFeed feed = new NetworkFeed(3, outputs, 2 * ROWS);
        float[] expectedFirst = new float[ROWS * outputs];
        float[] expectedSecond = new float[ROWS * outputs];
        feed.predict(network, first, ROWS, expectedFirst);
        feed.predict(network, second, ROWS, expectedSecond);

        float[] qFirst = new float[ROWS * outputs];
        float[] qSecond = new float[ROWS * outputs];
        feed.predictBoth(network, first, second, ROWS, qFirst, qSecond);
        for (int i = 0; i < qFirst.length; i++) {
            // One call of 2 x rows may sum in another order than two of rows: float rounding only.
            assertEquals(expectedFirst[i], qFirst[i], 1e-5 * Math.max(1, Math.abs(expectedFirst[i])), "first " + i);
            assertEquals(expectedSecond[i], qSecond[i], 1e-5 * Math.max(1, Math.abs(expectedSecond[i])),
                    "second " + i);
        }
    }

    private static float[] observations(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] rows = new float[ROWS * 3];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = (float) random.nextDouble(-8, 8);
        }
        return rows;
    }
}
