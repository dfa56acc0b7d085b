package dqnsweep.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dqnsweep.config.Algo;
import dqnsweep.config.RunConfig;
import dqnsweep.spec.ConfigResolver;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class QNetworkTest {

    private static final float[] STATES = {1f, 0f, 0.5f, -1f, 0f, -3f, 0.6f, 0.8f, 7.9f};

    @Test
    void sameSeedSameWeightsAndOneOutputPerBin() {
        RunConfig config = ConfigTestSupport.with(ConfigResolver.builtIn(Algo.DQN), "bins", 7);
        QNetwork first = QNetwork.create(config, 3, 5);
        assertArrayEquals(q(first), q(QNetwork.create(config, 3, 5)));
        assertFalse(Arrays.equals(q(first), q(QNetwork.create(config, 3, 6))));
        assertEquals(7, first.outputs());
        // 3*128+128 + 128*64+64 + 64*7+7
        assertEquals(512 + 8256 + 455, first.parameterCount());
    }

    @Test
    void targetFollowsByCopyOrBlend() {
        RunConfig config = ConfigResolver.builtIn(Algo.DQN);
        QNetwork online = QNetwork.create(config, 3, 1);
        QNetwork target = QNetwork.create(config, 3, 2);
        float[] before = q(target);
        target.blendWeightsFrom(online, 1.0);
        assertArrayEquals(q(online), q(target), 1e-5f);
        QNetwork other = QNetwork.create(config, 3, 3);
        other.copyWeightsFrom(online);
        assertArrayEquals(q(online), q(other));
        assertFalse(Arrays.equals(before, q(other)));
    }

    @Test
    void learningRateHalvesEveryHalfLife() {
        RunConfig config = ConfigTestSupport.with(ConfigResolver.builtIn(Algo.DQN), "learning_rate", 0.004,
                "learning_rate_half_life", 300);
        QNetwork network = QNetwork.create(config, 3, 1);
        assertEquals(0.004, network.learningRate(0), 1e-15);
        assertEquals(0.002, network.learningRate(300), 1e-12);
        assertEquals(0.0005, network.learningRate(900), 1e-12);
        assertEquals(0.004 / Math.sqrt(2), network.learningRate(150), 1e-12);
        QNetwork constant = QNetwork.create(ConfigTestSupport.with(config, "learning_rate_half_life", 0), 3, 1);
        assertEquals(0.004, constant.learningRate(900), 0);
    }

    private static float[] q(QNetwork network) {
        float[] q = new float[3 * network.outputs()];
        new NetworkFeed(3, network.outputs(), 3).predict(network, STATES, 3, q);
        return q;
    }
}
