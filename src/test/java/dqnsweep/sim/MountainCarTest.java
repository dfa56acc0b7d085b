package dqnsweep.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Gymnasium MountainCar-v0: v' = clip(v + (a - 1) 0.001 - 0.0025 cos(3 p), +-0.07), p' = clip(p + v',
 * [-1.2, 0.6]), v' = 0 if p' = -1.2 and v' < 0; done when p' >= 0.5 and v' >= 0; reward -1 always.
 */
class MountainCarTest {

    private final MountainCar car = new MountainCar();
    private final double[] observation = new double[2];
    private final double[] state = new double[2];

    /** At p = 0 the slope term is -0.0025 cos 0 = -0.0025: v' = (a - 1) 0.001 - 0.0025, p' = v'. */
    @ParameterizedTest
    @CsvSource({"0, -0.0035", "1, -0.0025", "2, -0.0015"})
    void fromRestAtTheBottomOfTheCosine(int action, double velocity) {
        car.setState(new double[] {0, 0}, observation);

        double reward = car.step(action, observation);

        assertArrayEquals(new double[] {velocity, velocity}, observation, 1e-18);
        assertEquals(-1.0, reward, 0.0);
        assertFalse(car.terminated());
    }

    /**
     * p = -0.5, v = 0.01, push right: v' = 0.01 + (0.001 - 0.0025 cos(-1.5)) with cos 1.5 = 0.0707372...,
     * so v' = 0.0108231570 and p' = -0.4891768430; bit for bit with gym's grouping.
     */
    @Test
    void plainTransitionFollowsGymsGrouping() {
        car.setState(new double[] {-0.5, 0.01}, observation);

        car.step(2, observation);

        assertEquals(0.0108231569958, observation[1], 1e-12);
        assertEquals(-0.4891768430042, observation[0], 1e-12);
        double velocity = 0.01 + ((2 - 1) * 0.001 + StrictMath.cos(3 * -0.5) * (-0.0025));
        assertArrayEquals(new double[] {-0.5 + velocity, velocity}, observation, 0.0);
        car.copyState(state);
        assertArrayEquals(observation, state, 0.0);
    }

    /**
     * p = -1.19, v = -0.05, push left: v' = -0.05 - 0.001 - 0.0025 cos(-3.57) = -0.0487259; p' = -1.2387259
     * is clipped to the wall at -1.2, and the car stops there because it was still moving into it.
     */
    @Test
    void theLeftWallStopsACarMovingIntoIt() {
        car.setState(new double[] {-1.19, -0.05}, observation);

        car.step(0, observation);

        assertArrayEquals(new double[] {-1.2, 0}, observation, 0.0);
    }

    /**
     * Only at the wall: from p = -1.1, v = -0.05 with no push, v' = -0.05 - 0.0025 cos(-3.3) = -0.0475313 and
     * p' = -1.1475313 is short of it, so the car keeps its velocity.
     */
    @Test
    void nearTheWallTheVelocityIsKept() {
        car.setState(new double[] {-1.1, -0.05}, observation);

        car.step(1, observation);

        assertEquals(-1.1475313, observation[0], 1e-7);
        assertEquals(-0.0475313, observation[1], 1e-7);
    }

    /**
     * A car set beyond the wall (p = -1.3) moving right, v' = 0.05 + 0.001 - 0.0025 cos(-3.9) = 0.0528148:
     * p' = -1.2471852 is clipped to -1.2, but the velocity is positive and stays.
     */
    @Test
    void atTheWallAPositiveVelocityIsKept() {
        car.setState(new double[] {-1.3, 0.05}, observation);

        car.step(2, observation);

        assertEquals(-1.2, observation[0], 0.0);
        assertEquals(0.0528148, observation[1], 1e-7);
    }

    /**
     * p = -1, v = 0.069, push right: v' = 0.069 + 0.001 - 0.0025 cos(-3) = 0.0724750 is cut to 0.07 and
     * p' = -1 + 0.07; at p = 0, v = -0.069, push left: v' = -0.069 - 0.001 - 0.0025 = -0.0725, cut to -0.07.
     */
    @Test
    void velocityIsClippedToSevenHundredths() {
        car.setState(new double[] {-1, 0.069}, observation);
        car.step(2, observation);
        assertArrayEquals(new double[] {-1 + 0.07, 0.07}, observation, 0.0);

        car.setState(new double[] {0, -0.069}, observation);
        car.step(0, observation);
        assertArrayEquals(new double[] {-0.07, -0.07}, observation, 0.0);
    }

    /**
     * p = 0.59, v = 0.06, push right: v' = 0.06 + 0.001 - 0.0025 cos(1.77) = 0.0614947, p' = 0.6514947 is
     * clipped to 0.6. Unlike the left wall, the right end keeps the velocity; the car is past the flag.
     */
    @Test
    void positionIsClippedAtPointSixWithTheVelocityKept() {
        car.setState(new double[] {0.59, 0.06}, observation);

        double reward = car.step(2, observation);

        assertEquals(0.6, observation[0], 0.0);
        assertEquals(0.0614947, observation[1], 1e-7);
        assertTrue(car.terminated());
        assertEquals(-1.0, reward, 0.0);
    }

    /**
     * With no push, starting at v = -(-0.0025 cos(3 p)) makes v' = 0 exactly and p' = p: the car stands
     * on p. At the flag (0.5) with velocity 0 the episode ends; one ulp short of it, it does not.
     */
    @Test
    void terminatesAtExactlyTheFlagWithVelocityZero() {
        standStillAt(0.5);
        assertArrayEquals(new double[] {0.5, 0}, observation, 0.0);
        assertTrue(car.terminated());

        standStillAt(Math.nextDown(0.5));
        assertArrayEquals(new double[] {Math.nextDown(0.5), 0}, observation, 0.0);
        assertFalse(car.terminated());
    }

    /** Past the flag but rolling back (v' = -1e-6): not a success (goal_velocity is 0). */
    @Test
    void rollingBackPastTheFlagDoesNotTerminate() {
        double pull = StrictMath.cos(3 * 0.55) * (-0.0025);
        car.setState(new double[] {0.55, -pull - 1e-6}, observation);

        car.step(1, observation);

        assertTrue(observation[0] >= 0.5, "still past the flag: " + observation[0]);
        assertEquals(-1e-6, observation[1], 1e-18);
        assertFalse(car.terminated());
    }

    @Test
    void setStateAndResetStartAFreshEpisode() {
        standStillAt(0.5);
        assertTrue(car.terminated());
        car.setState(new double[] {0, 0}, observation);
        assertFalse(car.terminated());

        standStillAt(0.5);
        car.reset(new SplittableRandom(1), observation);
        assertFalse(car.terminated());
    }

    @Test
    void resetPutsTheCarAtRestBetweenMinusPointSixAndMinusPointFour() {
        SplittableRandom rng = new SplittableRandom(8);
        double lowest = 0;
        double highest = -1;
        for (int n = 0; n < 2000; n++) {
            car.reset(rng, observation);
            car.copyState(state);
            assertTrue(state[0] >= -0.6 && state[0] < -0.4, "position " + state[0]);
            assertEquals(0.0, state[1], 0.0);
            assertArrayEquals(state, observation, 0.0);
            lowest = Math.min(lowest, state[0]);
            highest = Math.max(highest, state[0]);
        }
        assertTrue(lowest < -0.59 && highest > -0.41, lowest + " .. " + highest);
    }

    @Test
    void sameSeedGivesTheSameStartAndTrajectory() {
        assertArrayEquals(trajectory(4), trajectory(4), 0.0);
    }

    @Test
    void threeActionsAreGymsIndices() {
        ActionSet actions = car.actions(7);
        assertEquals(3, actions.size());
        assertEquals(2.0, actions.value(2), 0.0);
        assertEquals(1, actions.nearest(1.2));
        for (int n = 0; n < 100; n++) {
            double action = car.sampleAction(new SplittableRandom(n));
            assertTrue(action == 0 || action == 1 || action == 2, "an index: " + action);
        }
    }

    @ParameterizedTest
    @CsvSource({"-1", "3", "1.5", "NaN"})
    void otherActionsAreRefused(double action) {
        car.setState(new double[] {-0.5, 0}, observation);
        assertThrows(IllegalArgumentException.class, () -> car.step(action, observation));
    }

    @Test
    void cutAfter200StepsAndNeverUpright() {
        assertEquals(200, car.timeLimit());
        assertFalse(car.upright());
    }

    /** No push from the stopping velocity of {@code position}: v' = -g + g = 0 exactly, p' = p. */
    private void standStillAt(double position) {
        double pull = StrictMath.cos(3 * position) * (-0.0025);
        car.setState(new double[] {position, -pull}, observation);
        car.step(1, observation);
    }

    private double[] trajectory(long seed) {
        MountainCar env = new MountainCar();
        double[] trace = new double[2 * 201];
        double[] obs = new double[2];
        SplittableRandom rng = new SplittableRandom(seed);
        env.reset(rng, obs);
        System.arraycopy(obs, 0, trace, 0, 2);
        for (int t = 1; t <= 200; t++) {
            env.step(env.sampleAction(rng), obs);
            System.arraycopy(obs, 0, trace, 2 * t, 2);
        }
        return trace;
    }
}
