package dqnsweep.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Start states: gym's ranges, and the same seed gives the same start. */
class ResetTest {

    private static final int RESETS = 10_000;

    @Test
    void pendulumStartsWithThetaInPlusMinusPiAndVelocityInPlusMinusOne() {
        double[][] range = stateRange(Pendulum.v0());
        assertWithin(range[0], -Math.PI, Math.PI);
        assertWithin(range[1], -1, 1);
    }

    @Test
    void cartPoleStartsWithEveryVariableInPlusMinusFiveHundredths() {
        for (double[] variable : stateRange(new CartPole())) {
            assertWithin(variable, -0.05, 0.05);
        }
    }

    @ParameterizedTest
    @EnumSource(EnvName.class)
    void sameSeedGivesTheSameEpisode(EnvName name) {
        assertArrayEquals(episode(name, 7), episode(name, 7), 0.0);
        assertFalse(Arrays.equals(episode(name, 7), episode(name, 8)));
    }

    @Test
    void cartPoleResetClearsTermination() {
        CartPole cartPole = new CartPole();
        double[] observation = new double[4];
        cartPole.setState(new double[] {2.4, 1, 0, 0}, observation);
        cartPole.step(1, observation);
        assertTrue(cartPole.terminated());
        cartPole.reset(new SplittableRandom(1), observation);
        assertFalse(cartPole.terminated());
    }

    /** Per state variable: {min, max} over many seeded resets. */
    private static double[][] stateRange(Environment env) {
        SplittableRandom rng = new SplittableRandom(2024);
        double[] observation = new double[env.observationSize()];
        double[] state = new double[env.stateSize()];
        double[][] range = new double[env.stateSize()][];
        for (int i = 0; i < range.length; i++) {
            range[i] = new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        }
        for (int n = 0; n < RESETS; n++) {
            env.reset(rng, observation);
            env.copyState(state);
            for (int i = 0; i < state.length; i++) {
                range[i][0] = Math.min(range[i][0], state[i]);
                range[i][1] = Math.max(range[i][1], state[i]);
            }
        }
        return range;
    }

    /** Inside [low, high) and, with this many draws, reaching within 1% of the width of both ends. */
    private static void assertWithin(double[] minMax, double low, double high) {
        double slack = 0.01 * (high - low);
        assertTrue(minMax[0] >= low && minMax[0] < low + slack, "min " + minMax[0]);
        assertTrue(minMax[1] < high && minMax[1] > high - slack, "max " + minMax[1]);
    }

    /** Observations of a reset and 50 steps with a fixed action sequence. */
    private static double[] episode(EnvName name, long seed) {
        Environment env = Environments.create(name);
        int size = env.observationSize();
        double[] trace = new double[51 * size];
        double[] observation = new double[size];
        env.reset(new SplittableRandom(seed), observation);
        System.arraycopy(observation, 0, trace, 0, size);
        for (int t = 1; t <= 50; t++) {
            env.step(t % 2, observation);
            System.arraycopy(observation, 0, trace, t * size, size);
        }
        return trace;
    }
}
