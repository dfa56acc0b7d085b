package dqnsweep.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * gym CartPole-v1 (g = 9.8, cart 1 kg, pole 0.1 kg, half-length 0.5, force 10 N, tau = 0.02):
 * temp = (F + 0.05 thdot^2 sin) / 1.1; thacc = (9.8 sin - cos temp) / (0.5 (4/3 - 0.1 cos^2 / 1.1));
 * xacc = temp - 0.05 thacc cos / 1.1; then Euler: every variable moves with its old derivative.
 */
class CartPoleTest {

    private static final double ROUNDING = 1e-13;

    private final CartPole cartPole = new CartPole();
    private final double[] observation = new double[4];

    /**
     * Upright at rest: temp = F / 1.1; the denominator is 0.5 (4/3 - 1/11) = 41/66, so
     * thacc = -(F / 1.1)(66 / 41) = -60 F / 41 and xacc = F/1.1 + (0.05 / 1.1)(60 F / 41) = 40 F / 41.
     * With F = +-10 and tau = 0.02: xdot' = +-8/41, thdot' = -+12/41; x and theta stay 0.
     */
    @ParameterizedTest
    @CsvSource({"1, 1", "0, -1"})
    void pushFromRest(int action, int direction) {
        cartPole.setState(new double[4], observation);

        double reward = cartPole.step(action, observation);

        assertArrayEquals(new double[] {0, direction * 8.0 / 41, 0, -direction * 12.0 / 41}, observation, ROUNDING);
        assertEquals(1.0, reward, 0.0);
    }

    /**
     * theta = pi/6, thdot = 2, push left: sin = 1/2, cos = sqrt(3)/2, temp = (-10 + 0.05 * 4 * 0.5) / 1.1 = -9;
     * denominator 0.5 (4/3 - 0.1 (3/4) / 1.1) = 167/264; thacc = (4.9 + 4.5 sqrt 3) 264/167;
     * xacc = -9 - 0.05 thacc (sqrt(3)/2) / 1.1 = -9 - thacc sqrt(3) / 44.
     */
    @Test
    void tiltedAndSpinningPushedLeft() {
        cartPole.setState(new double[] {0.1, -0.2, Math.PI / 6, 2}, observation);

        cartPole.step(0, observation);

        double sqrt3 = Math.sqrt(3);
        double thetaAcc = (4.9 + 4.5 * sqrt3) * 264 / 167;
        double xAcc = -9 - thetaAcc * sqrt3 / 44;
        double[] expected = {0.1 + 0.02 * -0.2, -0.2 + 0.02 * xAcc, Math.PI / 6 + 0.02 * 2, 2 + 0.02 * thetaAcc};
        assertArrayEquals(expected, observation, ROUNDING);
    }

    /**
     * gym squares first ({@code theta_dot**2}, {@code costheta**2}). From this state the grouping
     * ((0.05 * thdot) * thdot) gives thdot' = -0.08307040269142413; gym's gives ...407 (Python 3 with
     * gym's expressions). The trigonometry is StrictMath's on both sides, so only the grouping is tested.
     */
    @Test
    void followsGymsOperationOrderToTheLastBit() {
        double theta = 0.03;
        double thetaDot = 0.2;
        cartPole.setState(new double[] {0, 0, theta, thetaDot}, observation);

        cartPole.step(1, observation);

        double sin = StrictMath.sin(theta);
        double cos = StrictMath.cos(theta);
        double temp = (10.0 + 0.05 * (thetaDot * thetaDot) * sin) / 1.1;
        double thetaAcc = (9.8 * sin - cos * temp) / (0.5 * (4.0 / 3.0 - 0.1 * (cos * cos) / 1.1));
        double xAcc = temp - 0.05 * thetaAcc * cos / 1.1;
        assertArrayEquals(new double[] {0, 0.02 * xAcc, theta + 0.02 * thetaDot, thetaDot + 0.02 * thetaAcc},
                observation, 0.0);
        assertEquals(-0.08307040269142407, observation[3], 0.0);
    }

    /**
     * The limits are |x| > 2.4 and |theta| > 12 degrees (0.2094395 rad), strictly, on the state after
     * the step; x' = x + 0.02 xdot and theta' = theta + 0.02 thdot. The terminating step still pays 1.
     */
    @ParameterizedTest(name = "x={0} xdot={1} theta={2} thdot={3} -> terminated {4}")
    @CsvSource({
        "2.39, 1, 0, 0, true", // x' = 2.41
        "-2.39, -1, 0, 0, true", // x' = -2.41
        "0, 0, 0.2, 1, true", // theta' = 0.22
        "0, 0, -0.2, -1, true", // theta' = -0.22
        "2.4, 0, 0, 0, false", // x' = 2.4 is on the limit, not beyond
        "-2.4, 0, 0, 0, false",
        "0, 0, 0.2094, 0, false", // just inside 12 degrees
        "0, 0, -0.2094, 0, false",
    })
    void terminatesBeyondEachBoundary(double x, double xDot, double theta, double thetaDot, boolean terminated) {
        cartPole.setState(new double[] {x, xDot, theta, thetaDot}, observation);

        double reward = cartPole.step(x < 0 || theta < 0 ? 0 : 1, observation);

        assertEquals(terminated, cartPole.terminated());
        assertEquals(1.0, reward, 0.0);
        assertEquals(Math.abs(observation[2]) <= Math.toRadians(12), cartPole.upright());
    }

    @Test
    void truncatedAfter500Steps() {
        assertEquals(500, cartPole.timeLimit());
    }

    @Test
    void twoActionsPushLeftAndRight() {
        ActionSet actions = cartPole.actions(20);
        assertEquals(2, actions.size());
        assertEquals(0.0, actions.value(0), 0.0);
        assertEquals(1.0, actions.value(1), 0.0);
        assertEquals(0, actions.nearest(0.2));
        assertEquals(1, actions.nearest(0.7));
    }
}
