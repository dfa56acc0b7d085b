package dqnsweep.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Gymnasium Acrobot-v1 (both links 1 m, 1 kg, centre of mass at 0.5 m, moment of inertia 1,
 * g = 9.8, dt = 0.2). With these numbers the book's equations reduce to
 * d1 = 0.25 + (1 + 0.25 + cos t2) + 1 + 1 = 3.5 + cos t2, d2 = (0.25 + 0.5 cos t2) + 1 = 1.25 + 0.5 cos t2,
 * phi2 = 0.5 * 9.8 cos(t1 + t2 - pi/2) = 4.9 sin(t1 + t2),
 * phi1 = -0.5 w2^2 sin t2 - w2 w1 sin t2 + (0.5 + 1) 9.8 sin t1 + phi2,
 * ddt2 = (a + d2/d1 phi1 - 0.5 w1^2 sin t2 - phi2) / (0.25 + 1 - d2^2/d1), ddt1 = -(d2 ddt2 + phi1) / d1;
 * {@link #slope} is that reduced form, integrated by the textbook RK4 in {@link #rk4}.
 */
class AcrobotTest {

    /** Two RK4 codings of the same equations: sums grouped differently, sin for cos(x - pi/2). */
    private static final double ROUNDING = 1e-12;
    private static final double TWO_PI = 2 * Math.PI;

    private final Acrobot acrobot = new Acrobot();
    private final double[] observation = new double[6];
    private final double[] state = new double[4];

    /**
     * At rest hanging down (t1 = t2 = 0) d1 = 4.5, d2 = 1.75 and gravity has no lever. The
     * denominator is 1.25 - 1.75^2 / 4.5 = 1.25 - 49/72 = 41/72, so ddt2 = 72 a / 41 and
     * ddt1 = -(7/4)(72 a / 41) / (9/2) = -28 a / 41. (gym's cos(-pi/2) is 6e-17, not 0: hence the tolerance.)
     */
    @ParameterizedTest
    @CsvSource({"1", "-1", "0"})
    void accelerationFromRestIsTheTorqueThroughTheInertia(double torque) {
        double[] slope = new double[4];

        Acrobot.derivatives(new double[4], torque, slope);

        assertArrayEquals(new double[] {0, 0, -28 * torque / 41, 72 * torque / 41}, slope, 1e-15);
    }

    @ParameterizedTest(name = "state {0},{1},{2},{3} action {4}")
    @CsvSource({
        "0, 0, 0, 0, 2",
        "0, 0, 0, 0, 0",
        "0.3, -0.5, 1.2, -2.5, 0",
        "0.3, -0.5, 1.2, -2.5, 1",
        "0.3, -0.5, 1.2, -2.5, 2",
        "-2, 1, -5, 9, 1",
        "0.05, -0.07, 0.02, 0.09, 2",
    })
    void oneStepIsOneRungeKuttaStepOfTwoTenths(double t1, double t2, double w1, double w2, int action) {
        double[] start = {t1, t2, w1, w2};
        double[] expected = rk4(start, action - 1, 0.2);
        // none of these leave [-pi, pi] or the velocity bounds, so the step is the integration alone
        assertTrue(Math.abs(expected[0]) < Math.PI && Math.abs(expected[1]) < Math.PI);
        acrobot.setState(start, observation);

        double reward = acrobot.step(action, observation);

        acrobot.copyState(state);
        assertArrayEquals(expected, state, ROUNDING);
        assertArrayEquals(new double[] {Math.cos(state[0]), Math.sin(state[0]), Math.cos(state[1]),
            Math.sin(state[1]), state[2], state[3]}, observation, 1e-15);
        assertEquals(-1.0, reward, 0.0);
        assertFalse(acrobot.terminated());
    }

    /** Hanging at rest without torque: nothing moves but gym's rounding of cos(-pi/2) (6e-17) times g. */
    @Test
    void restsHangingDownWithoutTorque() {
        acrobot.setState(new double[4], observation);

        acrobot.step(1, observation);

        acrobot.copyState(state);
        assertArrayEquals(new double[4], state, 1e-15);
    }

    /** Mirroring the pose, the velocities and the torque mirrors the motion. */
    @ParameterizedTest
    @CsvSource({"0, 2", "1, 1", "2, 0"})
    void mirroredStartMirrorsTheStep(int action, int mirroredAction) {
        double[] mirrored = new double[6];
        double[] mirroredState = new double[4];
        Acrobot other = new Acrobot();
        acrobot.setState(new double[] {0.4, -0.3, 1.1, -2.2}, observation);
        other.setState(new double[] {-0.4, 0.3, -1.1, 2.2}, mirrored);

        acrobot.step(action, observation);
        other.step(mirroredAction, mirrored);

        acrobot.copyState(state);
        other.copyState(mirroredState);
        for (int i = 0; i < 4; i++) {
            assertEquals(-state[i], mirroredState[i], 1e-14, "variable " + i);
        }
    }

    /**
     * Angles past pi come back by whole turns, one subtraction of 2 pi (= pi - (-pi)) per loop, as gym's
     * wrap; w2 = 40 swings t2 to about 11.7, two turns out, while both velocities end beyond their bounds.
     */
    @ParameterizedTest(name = "state {0},{1},{2},{3} action {4}: {5} turns of t1, {6} of t2")
    @CsvSource({
        "3, 0.1, 3, 0, 1, -1, 0", // t1 reaches ~3.61
        "-3, -0.1, -3, 0, 1, 1, 0", // t1 reaches ~-3.61
        "0, 3, 0, 4, 2, 0, -1", // t2 reaches ~3.83
        "0, -3, 0, -4, 0, 0, 1",
        "0, 0, 0, 40, 1, 0, -2", // t2 reaches ~11.7
    })
    void anglesWrapIntoPlusMinusPi(double t1, double t2, double w1, double w2, int action, int turns1, int turns2) {
        double[] raw = rk4(new double[] {t1, t2, w1, w2}, action - 1, 0.2);
        acrobot.setState(new double[] {t1, t2, w1, w2}, observation);

        acrobot.step(action, observation);

        acrobot.copyState(state);
        assertEquals(raw[0] + turns1 * TWO_PI, state[0], ROUNDING);
        assertEquals(raw[1] + turns2 * TWO_PI, state[1], ROUNDING);
        assertTrue(Math.abs(state[0]) <= Math.PI && Math.abs(state[1]) <= Math.PI);
    }

    @Test
    void wrapLeavesPlusMinusPiAloneAndMovesAnythingBeyondByWholeTurns() {
        assertEquals(Math.PI, Acrobot.wrap(Math.PI, -Math.PI, Math.PI), 0.0);
        assertEquals(-Math.PI, Acrobot.wrap(-Math.PI, -Math.PI, Math.PI), 0.0);
        double justAbove = Math.nextUp(Math.PI);
        assertEquals(justAbove - TWO_PI, Acrobot.wrap(justAbove, -Math.PI, Math.PI), 0.0);
        double justBelow = Math.nextDown(-Math.PI);
        assertEquals(justBelow + TWO_PI, Acrobot.wrap(justBelow, -Math.PI, Math.PI), 0.0);
        // three loops, each result rounded: not the same double as one subtraction of 6 pi in general
        assertEquals(((20.0 - TWO_PI) - TWO_PI) - TWO_PI, Acrobot.wrap(20.0, -Math.PI, Math.PI), 0.0);
        assertTrue(Double.isNaN(Acrobot.wrap(Double.NaN, -Math.PI, Math.PI)));
    }

    /** gym's loops would spin (forever for infinity); a state that far out is refused instead. */
    @Test
    void anglesTooFarOutToWrapAreRefused() {
        acrobot.setState(new double[] {2e6, 0, 0, 0}, observation);

        assertThrows(IllegalArgumentException.class, () -> acrobot.step(1, observation));
    }

    /** From w1 = +-20 (w2 = +-40) the integration ends near +-19.8 (+-110): cut to 4 pi (9 pi) exactly. */
    @ParameterizedTest
    @CsvSource({"1", "-1"})
    void velocitiesAreBoundedToFourAndNinePi(int sign) {
        double[] start = {0, 0, sign * 20, 0};
        assertTrue(Math.abs(rk4(start, 0, 0.2)[2]) > 4 * Math.PI);
        acrobot.setState(start, observation);
        acrobot.step(1, observation);
        acrobot.copyState(state);
        assertEquals(sign * 4 * Math.PI, state[2], 0.0);
        assertEquals(state[2], observation[4], 0.0);

        start = new double[] {0, 0, 0, sign * 40};
        assertTrue(Math.abs(rk4(start, 0, 0.2)[3]) > 9 * Math.PI);
        acrobot.setState(start, observation);
        acrobot.step(1, observation);
        acrobot.copyState(state);
        assertEquals(sign * 9 * Math.PI, state[3], 0.0);
        assertEquals(state[3], observation[5], 0.0);
    }

    @Test
    void boundKeepsValuesInsideAndCutsTheRest() {
        double max = Acrobot.MAX_VEL_1;
        assertEquals(max, Acrobot.bound(max, -max, max), 0.0);
        assertEquals(max, Acrobot.bound(Math.nextUp(max), -max, max), 0.0);
        assertEquals(-max, Acrobot.bound(Math.nextDown(-max), -max, max), 0.0);
        assertEquals(1.5, Acrobot.bound(1.5, -max, max), 0.0);
    }

    /**
     * The tip's height -cos t1 - cos(t1 + t2) must exceed 1 strictly. At t1 = 2 pi/3 (the double)
     * cos t1 rounds to -0.5 + 2^-52, and one ulp further (2^-51) to -0.5 - 2^-52: with t2 = 2^-51
     * the height is (0.5 - 2^-52) + (0.5 + 2^-52) = 1 exactly, not beyond; one ulp less of t2 is
     * below the line, one ulp more (cos = -0.5 - 5 * 2^-53) is above it.
     */
    @Test
    void terminatesOnlyStrictlyAboveTheLine() {
        double t1 = 2 * Math.PI / 3;
        assertEquals(0x1p-51, Math.ulp(t1), 0.0);
        assertEquals(-0.5 + 0x1p-52, StrictMath.cos(t1), 0.0);
        assertEquals(-0.5 - 0x1p-52, StrictMath.cos(t1 + 0x1p-51), 0.0);

        assertFalse(Acrobot.reachedLine(t1, 0));
        assertFalse(Acrobot.reachedLine(t1, 0x1p-51));
        assertTrue(Acrobot.reachedLine(t1, 0x1p-50));
        // straight up is the highest the tip gets; lying flat (t1 = pi/2, t2 = 0) it is level with the pivot
        assertTrue(Acrobot.reachedLine(Math.PI, 0));
        assertFalse(Acrobot.reachedLine(Math.PI / 2, 0));
    }

    /**
     * Balanced straight up without torque it stays up (t1 may wrap from pi to -pi): the step ends
     * above the line, terminates and pays 0. Hanging down it pays -1.
     */
    @Test
    void theTerminatingStepPaysZeroAndTheOthersMinusOne() {
        acrobot.setState(new double[] {Math.PI, 0, 0, 0}, observation);

        assertEquals(0.0, acrobot.step(1, observation), 0.0);
        assertTrue(acrobot.terminated());
        acrobot.copyState(state);
        assertEquals(-1, StrictMath.cos(state[0]), 1e-15);
        assertEquals(0, state[1], 1e-15);

        acrobot.setState(new double[4], observation);
        assertFalse(acrobot.terminated(), "setState starts a fresh episode");
        assertEquals(-1.0, acrobot.step(2, observation), 0.0);
        assertFalse(acrobot.terminated());
    }

    /** Wherever a step ends, terminated and the reward follow the line test on the wrapped state. */
    @Test
    void terminationIsTheLineTestOnTheStateAfterTheStep() {
        SplittableRandom rng = new SplittableRandom(11);
        int terminations = 0;
        for (int n = 0; n < 2000; n++) {
            acrobot.setState(new double[] {rng.nextDouble(-Math.PI, Math.PI), rng.nextDouble(-Math.PI, Math.PI),
                rng.nextDouble(-4, 4), rng.nextDouble(-9, 9)}, observation);
            double reward = acrobot.step(rng.nextInt(3), observation);
            acrobot.copyState(state);
            boolean above = Acrobot.reachedLine(state[0], state[1]);
            assertEquals(above, acrobot.terminated());
            assertEquals(above ? 0.0 : -1.0, reward, 0.0);
            terminations += above ? 1 : 0;
        }
        assertTrue(terminations > 100 && terminations < 1900, "both outcomes occur: " + terminations);
    }

    /** gym draws U(-0.1, 0.1) in float64 and stores it as float32: every start value is a float. */
    @Test
    void resetDrawsFloat32ValuesWithinPlusMinusATenth() {
        SplittableRandom rng = new SplittableRandom(5);
        double tenth = (float) 0.1; // 0.100000001490116..., the float nearest 0.1
        for (int n = 0; n < 1000; n++) {
            acrobot.reset(rng, observation);
            acrobot.copyState(state);
            for (double value : state) {
                assertEquals(value, (double) (float) value, 0.0, "a float32 value");
                assertTrue(value >= -tenth && value <= tenth, "within +-0.1: " + value);
            }
            assertEquals(Math.cos(state[0]), observation[0], 1e-15);
            assertFalse(acrobot.terminated());
        }
    }

    @Test
    void sameSeedGivesTheSameTrajectory() {
        assertArrayEquals(trajectory(21), trajectory(21), 0.0);
    }

    @Test
    void threeActionsAreGymsIndices() {
        ActionSet actions = acrobot.actions(20);
        assertEquals(3, actions.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(i, actions.value(i), 0.0);
        }
        assertEquals(0, actions.nearest(-4));
        assertEquals(0, actions.nearest(0.49));
        assertEquals(1, actions.nearest(0.5));
        assertEquals(2, actions.nearest(1.5));
        assertEquals(2, actions.nearest(9));
        int[] counts = new int[3];
        SplittableRandom rng = new SplittableRandom(3);
        for (int n = 0; n < 3000; n++) {
            counts[(int) acrobot.sampleAction(rng)]++;
        }
        for (int count : counts) {
            assertTrue(count > 900 && count < 1100, "uniform: " + count);
        }
    }

    @ParameterizedTest
    @CsvSource({"-1", "3", "0.5", "NaN"})
    void otherActionsAreRefused(double action) {
        acrobot.setState(new double[4], observation);
        assertThrows(IllegalArgumentException.class, () -> acrobot.step(action, observation));
    }

    @Test
    void cutAfter500StepsAndNeverUpright() {
        assertEquals(500, acrobot.timeLimit());
        acrobot.setState(new double[] {Math.PI, 0, 0, 0}, observation);
        assertFalse(acrobot.upright());
    }

    /** The hot loop's promise: after warm-up, thousands of steps allocate (next to) nothing. */
    @Test
    void stepsAllocateNothing() {
        var threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        acrobot.reset(new SplittableRandom(1), observation);
        for (int n = 0; n < 20_000; n++) {
            acrobot.step(n % 3, observation);
        }
        long before = threads.getThreadAllocatedBytes(thread);
        for (int n = 0; n < 20_000; n++) {
            acrobot.step(n % 3, observation);
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertTrue(allocated < 20_000, allocated + " bytes for 20000 steps");
    }

    private double[] trajectory(long seed) {
        Acrobot env = new Acrobot();
        double[] trace = new double[6 * 101];
        double[] obs = new double[6];
        SplittableRandom rng = new SplittableRandom(seed);
        env.reset(rng, obs);
        System.arraycopy(obs, 0, trace, 0, 6);
        for (int t = 1; t <= 100; t++) {
            env.step(env.sampleAction(rng), obs);
            System.arraycopy(obs, 0, trace, 6 * t, 6);
        }
        return trace;
    }

    /** The reduced equations of the class comment: dt1, dt2, ddt1, ddt2. */
    private static double[] slope(double[] s, double a) {
        double t1 = s[0];
        double t2 = s[1];
        double w1 = s[2];
        double w2 = s[3];
        double d1 = 3.5 + Math.cos(t2);
        double d2 = 1.25 + 0.5 * Math.cos(t2);
        double phi2 = 4.9 * Math.sin(t1 + t2);
        double phi1 = -0.5 * w2 * w2 * Math.sin(t2) - w2 * w1 * Math.sin(t2) + 14.7 * Math.sin(t1) + phi2;
        double dd2 = (a + d2 / d1 * phi1 - 0.5 * w1 * w1 * Math.sin(t2) - phi2) / (1.25 - d2 * d2 / d1);
        double dd1 = -(d2 * dd2 + phi1) / d1;
        return new double[] {w1, w2, dd1, dd2};
    }

    /** The textbook RK4 step: y + h (k1 + 2 k2 + 2 k3 + k4) / 6. */
    private static double[] rk4(double[] y, double a, double h) {
        double[] k1 = slope(y, a);
        double[] k2 = slope(along(y, h / 2, k1), a);
        double[] k3 = slope(along(y, h / 2, k2), a);
        double[] k4 = slope(along(y, h, k3), a);
        double[] next = new double[4];
        for (int i = 0; i < 4; i++) {
            next[i] = y[i] + h * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]) / 6;
        }
        return next;
    }

    private static double[] along(double[] y, double h, double[] k) {
        double[] point = new double[4];
        for (int i = 0; i < 4; i++) {
            point[i] = y[i] + h * k[i];
        }
        return point;
    }
}
