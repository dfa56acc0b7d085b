package dqnsweep.sim;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Gymnasium's Acrobot-v1, transcribed operation by operation from
 * {@code gymnasium/envs/classic_control/acrobot.py} (Farama-Foundation/Gymnasium): the "book"
 * dynamics of {@code _dsdt}, one classic RK4 step of dt = 0.2 per action as gym's
 * {@code rk4(self._dsdt, s_augmented, [0, self.dt])}, the angles wrapped into [-pi, pi] by gym's
 * {@code wrap} loops and the velocities bounded to 4 pi and 9 pi.
 *
 * <p>Python's evaluation order and grouping are kept, so a step agrees with gym's float64
 * arithmetic up to the trigonometry: StrictMath (fdlibm) and the C library can differ in the last
 * bit. Two more places part from gym by an ulp at most, or not at all in normal use:
 * <ul>
 * <li>gym's {@code dtheta2**2} goes through C's {@code pow}, which on glibc 2.36 is one ulp off the
 *     correctly rounded square for about 1 argument in 1000; here it is {@code dtheta2 * dtheta2}.
 * <li>gym's {@code wrap} loops forever on a huge or infinite angle; here an angle beyond
 *     {@link #WRAP_LIMIT} is refused. Only {@link #setState} can lead there: from a wrapped state
 *     with bounded velocities the loops run once or twice.
 * </ul>
 * Like {@link CartPole}, the observation stays in doubles; gym hands it out as float32.
 */
public final class Acrobot implements Environment {

    static final double DT = 0.2;
    private static final double LINK_LENGTH_1 = 1.0;
    private static final double LINK_MASS_1 = 1.0;
    private static final double LINK_MASS_2 = 1.0;
    private static final double LINK_COM_POS_1 = 0.5;
    private static final double LINK_COM_POS_2 = 0.5;
    private static final double LINK_MOI = 1.0;
    private static final double GRAVITY = 9.8;
    static final double MAX_VEL_1 = 4 * Math.PI;
    static final double MAX_VEL_2 = 9 * Math.PI;
    /** Torque of gym's action 0, 1 and 2. */
    private static final double[] AVAIL_TORQUE = {-1.0, 0.0, +1};
    /** Angles beyond this would keep gym's wrap loops busy for more than ~10^5 rounds. */
    static final double WRAP_LIMIT = 1e6;

    private static final List<String> STATE_NAMES = List.of("theta1", "theta2", "theta1_dot", "theta2_dot");
    private static final List<String> OBSERVATION_NAMES =
            List.of("cos_theta1", "sin_theta1", "cos_theta2", "sin_theta2", "theta1_dot", "theta2_dot");

    /** theta1, theta2, theta1_dot, theta2_dot: gym's {@code self.state}. */
    private final double[] state = new double[4];
    /** RK4's slopes and probe point, allocated once so a step creates no garbage. */
    private final double[] k1 = new double[4];
    private final double[] k2 = new double[4];
    private final double[] k3 = new double[4];
    private final double[] k4 = new double[4];
    private final double[] probe = new double[4];
    private boolean terminated;

    @Override
    public List<String> stateNames() {
        return STATE_NAMES;
    }

    @Override
    public List<String> observationNames() {
        return OBSERVATION_NAMES;
    }

    /**
     * U(-0.1, 0.1) for each state variable. gym casts the draw to float32 ({@code .astype(np.float32)})
     * before the first step widens it back to float64, so the start state has float32's precision:
     * the {@code (double) (float)} round trip does the same rounding (to nearest, ties to even).
     */
    @Override
    public void reset(SplittableRandom rng, double[] observation) {
        for (int i = 0; i < state.length; i++) {
            state[i] = (double) (float) rng.nextDouble(-0.1, 0.1);
        }
        terminated = false;
        observe(observation);
    }

    @Override
    public void setState(double[] values, double[] observation) {
        System.arraycopy(values, 0, state, 0, state.length);
        terminated = false;
        observe(observation);
    }

    @Override
    public void copyState(double[] values) {
        System.arraycopy(state, 0, values, 0, state.length);
    }

    /** Action 0, 1 or 2 applies torque -1, 0 or +1 at the middle joint; the reward is -1, or 0 on reaching the line. */
    @Override
    public double step(double action, double[] observation) {
        double torque = AVAIL_TORQUE[index(action)];
        rk4(torque);
        state[0] = wrap(state[0], -Math.PI, Math.PI);
        state[1] = wrap(state[1], -Math.PI, Math.PI);
        state[2] = bound(state[2], -MAX_VEL_1, MAX_VEL_1);
        state[3] = bound(state[3], -MAX_VEL_2, MAX_VEL_2);
        terminated = reachedLine(state[0], state[1]);
        observe(observation);
        return terminated ? 0.0 : -1.0;
    }

    /** Acrobot has no pose that counts as upright; its goal ends the episode ({@link #terminated}). */
    @Override
    public boolean upright() {
        return false;
    }

    @Override
    public boolean terminated() {
        return terminated;
    }

    @Override
    public int timeLimit() {
        return 500;
    }

    /** gym's three actions, whatever the number of torque bins. */
    @Override
    public ActionSet actions(int bins) {
        return new DiscreteActions(AVAIL_TORQUE.length);
    }

    @Override
    public double sampleAction(SplittableRandom rng) {
        return rng.nextInt(AVAIL_TORQUE.length);
    }

    /** gym's {@code _terminal}: the tip is more than one link length above the pivot. */
    static boolean reachedLine(double theta1, double theta2) {
        return -StrictMath.cos(theta1) - StrictMath.cos(theta2 + theta1) > 1.0;
    }

    /**
     * gym's {@code rk4} for the one interval [0, dt], in place on {@link #state}. The torque is the
     * fifth, constant component of gym's augmented state (its derivative is 0, so it never changes).
     */
    private void rk4(double torque) {
        double dt = DT - 0; // gym's t[i + 1] - t[i] with t = [0, dt]
        double dt2 = dt / 2.0;
        derivatives(state, torque, k1);
        for (int i = 0; i < 4; i++) {
            probe[i] = state[i] + dt2 * k1[i];
        }
        derivatives(probe, torque, k2);
        for (int i = 0; i < 4; i++) {
            probe[i] = state[i] + dt2 * k2[i];
        }
        derivatives(probe, torque, k3);
        for (int i = 0; i < 4; i++) {
            probe[i] = state[i] + dt * k3[i];
        }
        derivatives(probe, torque, k4);
        for (int i = 0; i < 4; i++) {
            state[i] = state[i] + dt / 6.0 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
        }
    }

    /**
     * gym's {@code _dsdt} with {@code book_or_nips = "book"}: writes dtheta1, dtheta2, ddtheta1,
     * ddtheta2 into {@code out}. Python's {@code x**2} is {@code (x * x)}, computed before the
     * products around it, as Python binds it.
     */
    static void derivatives(double[] s, double a, double[] out) {
        double m1 = LINK_MASS_1;
        double m2 = LINK_MASS_2;
        double l1 = LINK_LENGTH_1;
        double lc1 = LINK_COM_POS_1;
        double lc2 = LINK_COM_POS_2;
        double i1 = LINK_MOI;
        double i2 = LINK_MOI;
        double g = GRAVITY;
        double theta1 = s[0];
        double theta2 = s[1];
        double dtheta1 = s[2];
        double dtheta2 = s[3];
        double d1 = m1 * (lc1 * lc1)
                + m2 * ((l1 * l1) + (lc2 * lc2) + 2 * l1 * lc2 * StrictMath.cos(theta2))
                + i1
                + i2;
        double d2 = m2 * ((lc2 * lc2) + l1 * lc2 * StrictMath.cos(theta2)) + i2;
        double phi2 = m2 * lc2 * g * StrictMath.cos(theta1 + theta2 - Math.PI / 2.0);
        double phi1 = -m2 * l1 * lc2 * (dtheta2 * dtheta2) * StrictMath.sin(theta2)
                - 2 * m2 * l1 * lc2 * dtheta2 * dtheta1 * StrictMath.sin(theta2)
                + (m1 * lc1 + m2 * l1) * g * StrictMath.cos(theta1 - Math.PI / 2)
                + phi2;
        double ddtheta2 = (a + d2 / d1 * phi1 - m2 * l1 * lc2 * (dtheta1 * dtheta1) * StrictMath.sin(theta2) - phi2)
                / (m2 * (lc2 * lc2) + i2 - (d2 * d2) / d1);
        double ddtheta1 = -(d2 * ddtheta2 + phi1) / d1;
        out[0] = dtheta1;
        out[1] = dtheta2;
        out[2] = ddtheta1;
        out[3] = ddtheta2;
    }

    /** gym's {@code wrap}: whole turns added or taken away one at a time, each step rounded, as its loops do. */
    static double wrap(double x, double m, double max) {
        if (Math.abs(x) > WRAP_LIMIT) {
            throw new IllegalArgumentException("angle " + x + " after the step is too far outside [-pi, pi] "
                    + "to wrap: gym's wrap loops once per turn, so angles are taken up to +-1e6");
        }
        double diff = max - m;
        while (x > max) {
            x = x - diff;
        }
        while (x < m) {
            x = x + diff;
        }
        return x;
    }

    /** gym's {@code bound}: {@code min(max(x, m), M)}. */
    static double bound(double x, double m, double max) {
        return Math.min(Math.max(x, m), max);
    }

    /** gym's action index; anything else is a caller's bug (gym would index its torque list with it). */
    private static int index(double action) {
        int index = (int) action;
        if (index != action || index < 0 || index >= AVAIL_TORQUE.length) {
            throw new IllegalArgumentException("acrobot actions are 0, 1 or 2, got " + action);
        }
        return index;
    }

    private void observe(double[] observation) {
        observation[0] = StrictMath.cos(state[0]);
        observation[1] = StrictMath.sin(state[0]);
        observation[2] = StrictMath.cos(state[1]);
        observation[3] = StrictMath.sin(state[1]);
        observation[4] = state[2];
        observation[5] = state[3];
    }
}
