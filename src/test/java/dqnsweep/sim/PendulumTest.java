package dqnsweep.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Expected values are worked out from gym's formulas (g = 10, m = l = 1, dt = 0.05):
 * thdot' = thdot + (15 sin(theta) + 3 u) * 0.05, theta' = theta + thdot' * 0.05 (v0: unclipped thdot'),
 * reward = -(norm(theta)^2 + 0.1 thdot^2 + 0.001 u^2) on the state before the step.
 */
class PendulumTest {

    /** Rounding of sin(pi) = 1.2e-16 and friends; far below any formula mistake. */
    private static final double ROUNDING = 1e-14;

    private final double[] observation = new double[3];
    private final double[] state = new double[2];

    @Test
    void uprightAtRestWithFullTorque() {
        Pendulum pendulum = Pendulum.v0();
        pendulum.setState(new double[] {0, 0}, observation);

        double reward = pendulum.step(2, observation);

        // thdot' = (15 sin 0 + 3 * 2) * 0.05 = 0.3; theta' = 0.3 * 0.05 = 0.015
        pendulum.copyState(state);
        assertArrayEquals(new double[] {0.015, 0.3}, state, ROUNDING);
        assertArrayEquals(new double[] {Math.cos(0.015), Math.sin(0.015), 0.3}, observation, ROUNDING);
        // only the torque costs: 0.001 * 2^2 (0.001 * 4 is exact up to the rounding of 0.001 itself)
        assertEquals(-0.004, reward, 0.0);
    }

    @Test
    void horizontalWithoutTorqueFallsUnderGravity() {
        Pendulum pendulum = Pendulum.v0();
        pendulum.setState(new double[] {Math.PI / 2, 0}, observation);

        double reward = pendulum.step(0, observation);

        // thdot' = 15 sin(pi/2) * 0.05 = 0.75; theta' = pi/2 + 0.0375
        pendulum.copyState(state);
        assertArrayEquals(new double[] {Math.PI / 2 + 0.0375, 0.75}, state, ROUNDING);
        assertEquals(-(Math.PI / 2) * (Math.PI / 2), reward, ROUNDING);
    }

    @Test
    void rewardUsesTheStateBeforeTheStepAndTheWrappedAngle() {
        Pendulum pendulum = Pendulum.v0();
        // theta = 2 pi + 0.5 is the same pose as 0.5
        pendulum.setState(new double[] {2 * Math.PI + 0.5, -3}, observation);

        double reward = pendulum.step(-1, observation);

        assertEquals(-(0.5 * 0.5 + 0.1 * 9 + 0.001 * 1), reward, ROUNDING);
    }

    @Test
    void rewardSquaresBeforeScalingAsGymDoes() {
        // gym: .1 * thdot ** 2, i.e. 0.1 * (thdot * thdot). For thdot = 1.3 the other grouping
        // rounds to a different double, so this pins the operation order, not just the formula.
        double thetaDot = 1.3;
        assertNotEquals(0.1 * thetaDot * thetaDot, 0.1 * (thetaDot * thetaDot));
        Pendulum pendulum = Pendulum.v0();
        pendulum.setState(new double[] {0, thetaDot}, observation);

        double reward = pendulum.step(0, observation);

        assertEquals(-(0.1 * (thetaDot * thetaDot)), reward, 0.0);
    }

    @Test
    void torqueIsClippedToTwoInTheDynamicsAndTheReward() {
        for (double torque : new double[] {5, -7}) {
            Pendulum clipped = Pendulum.v0();
            Pendulum reference = Pendulum.v0();
            double[] referenceObservation = new double[3];
            clipped.setState(new double[] {0.3, 0.2}, observation);
            reference.setState(new double[] {0.3, 0.2}, referenceObservation);

            double reward = clipped.step(torque, observation);
            double referenceReward = reference.step(Math.signum(torque) * 2, referenceObservation);

            assertArrayEquals(referenceObservation, observation, 0.0);
            assertEquals(referenceReward, reward, 0.0);
        }
        // and the cost term is 0.001 * 2^2, not 0.001 * 5^2
        Pendulum pendulum = Pendulum.v0();
        pendulum.setState(new double[] {0, 0}, observation);
        assertEquals(-0.004, pendulum.step(5, observation), 0.0);
    }

    /**
     * From theta = pi/2, thdot = 7.5 with u = 2: thdot' = 7.5 + (15 + 6) * 0.05 = 8.55, clipped to 8.
     * v0 moves the angle with 8.55 (pi/2 + 0.4275), v1 with the clipped 8 (pi/2 + 0.4).
     */
    @Test
    void v0MovesTheAngleWithTheUnclippedVelocityAndV1WithTheClippedOne() {
        Pendulum v0 = Pendulum.v0();
        Pendulum v1 = Pendulum.v1();
        v0.setState(new double[] {Math.PI / 2, 7.5}, observation);
        v1.setState(new double[] {Math.PI / 2, 7.5}, observation);

        v0.step(2, observation);
        v0.copyState(state);
        assertArrayEquals(new double[] {Math.PI / 2 + 0.4275, 8}, state, ROUNDING);
        assertEquals(8, observation[2], 0.0);

        v1.step(2, observation);
        v1.copyState(state);
        assertArrayEquals(new double[] {Math.PI / 2 + 0.4, 8}, state, ROUNDING);
    }

    @Test
    void velocityIsClippedAtMinusEightToo() {
        for (Pendulum pendulum : new Pendulum[] {Pendulum.v0(), Pendulum.v1()}) {
            pendulum.setState(new double[] {-Math.PI / 2, -7.5}, observation);
            pendulum.step(-2, observation);
            pendulum.copyState(state);
            assertEquals(-8, state[1], 0.0);
        }
    }

    @Test
    void v0AndV1AgreeWhenNoClippingHappens() {
        Pendulum v0 = Pendulum.v0();
        Pendulum v1 = Pendulum.v1();
        double[] observation1 = new double[3];
        v0.setState(new double[] {2.5, -1.5}, observation);
        v1.setState(new double[] {2.5, -1.5}, observation1);
        for (int i = 0; i < 20; i++) {
            double torque = Math.sin(i);
            // v1 writes +sin(theta) where v0 writes -sin(theta + pi): equal up to rounding
            assertEquals(v0.step(torque, observation), v1.step(torque, observation1), ROUNDING);
            assertArrayEquals(observation, observation1, ROUNDING);
        }
    }

    @Test
    void neverTerminatesAndIsCutAt200Steps() {
        Pendulum pendulum = Pendulum.v0();
        pendulum.reset(new SplittableRandom(3), observation);
        for (int i = 0; i < 1000; i++) {
            pendulum.step(2, observation);
            assertFalse(pendulum.terminated());
        }
        assertEquals(200, pendulum.timeLimit());
    }

    @Test
    void uprightMeansWithinPointTwoRadiansOfTheTopAfterWrapping() {
        Pendulum pendulum = Pendulum.v0();
        pendulum.setState(new double[] {4 * Math.PI - 0.19, 0}, observation);
        assertTrue(pendulum.upright());
        pendulum.setState(new double[] {-0.21, 0}, observation);
        assertFalse(pendulum.upright());
    }

    @Test
    void observationIsCosSinAndVelocity() {
        Pendulum pendulum = Pendulum.v0();
        pendulum.setState(new double[] {Math.PI, -0.5}, observation);
        assertArrayEquals(new double[] {-1, 0, -0.5}, observation, ROUNDING);
    }
}
