package dqnsweep.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dqnsweep.config.Algo;
import dqnsweep.config.RunConfig;
import dqnsweep.spec.ConfigResolver;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QSnapshotTest {

    private static final int ROWS = 200;

    @Test
    void plainJavaQValuesMatchDl4jForEveryLayerShape() {
        RunConfig config = ConfigTestSupport.with(ConfigResolver.builtIn(Algo.DQN), "bins", 7, "layer1_units", 33,
                "layer2_units", 5);
        for (QNetwork network : new QNetwork[] {QNetwork.create(ConfigResolver.builtIn(Algo.DQN), 3, 4),
            QNetwork.create(config, 3, 9), QNetwork.create(config, 4, 2)}) {
            assertMatchesDl4j(network, observations(network.inputs(), 1));
        }
    }

    @Test
    void followsTheNetworkThroughTrainingAndTargetUpdates() {
        RunConfig config = ConfigResolver.builtIn(Algo.DQN);
        QNetwork network = QNetwork.create(config, 3, 1);
        QSnapshot snapshot = new QSnapshot(network);
        float[] rows = observations(3, 2);
        float[] before = qValues(snapshot, rows);
        float[] targets = new float[ROWS * network.outputs()];
        Arrays.fill(targets, 5f);
        new NetworkFeed(3, network.outputs(), ROWS).fit(network, rows, targets, null, ROWS);
        float[] trained = qValues(snapshot, rows);
        assertFalse(Arrays.equals(before, trained), "a fit changes the Q-values the snapshot reports");
        assertMatchesDl4j(network, rows);
        network.copyWeightsFrom(QNetwork.create(config, 3, 1));
        assertEquals(Arrays.toString(before), Arrays.toString(qValues(snapshot, rows)));
        network.blendWeightsFrom(QNetwork.create(config, 3, 8), 0.5);
        assertMatchesDl4j(network, rows);
    }

    @Test
    void nonFiniteInputIsReportedAsDivergence() {
        QSnapshot snapshot = new QSnapshot(QNetwork.create(ConfigResolver.builtIn(Algo.DQN), 3, 1));
        float[] rows = {Float.NaN, 0f, 1f};
        assertThrows(DivergedException.class, () -> snapshot.qValues(rows, 1, new float[snapshot.outputs()]));
    }

    /** Equal to DL4J's output up to float rounding (a different summation order), and the same greedy action. */
    private static void assertMatchesDl4j(QNetwork network, float[] rows) {
        float[] expected = new float[ROWS * network.outputs()];
        new NetworkFeed(network.inputs(), network.outputs(), ROWS).predict(network, rows, ROWS, expected);
        float[] actual = qValues(new QSnapshot(network), rows);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-5 * Math.max(1, Math.abs(expected[i])), "Q-value " + i);
        }
        for (int row = 0; row < ROWS; row++) {
            float best = QValues.max(expected, row, network.outputs());
            float chosen = expected[row * network.outputs() + QValues.argmax(actual, row, network.outputs())];
            assertEquals(best, chosen, 1e-5 * Math.max(1, Math.abs(best)), "greedy action of row " + row);
        }
    }

    private static float[] qValues(QSnapshot snapshot, float[] rows) {
        float[] q = new float[ROWS * snapshot.outputs()];
        snapshot.qValues(rows, ROWS, q);
        return q;
    }

    /** Observations over the pendulum's range, velocities up to 8. */
    private static float[] observations(int inputs, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] rows = new float[ROWS * inputs];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = (float) random.nextDouble(-8, 8);
        }
        return rows;
    }
}
