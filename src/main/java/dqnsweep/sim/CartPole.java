package dqnsweep.sim;

import java.util.List;
import java.util.SplittableRandom;

/**
 * gym CartPole-v1 with Euler integration, transcribed operation by operation. Trigonometry is
 * StrictMath's, as in {@link Pendulum}, so the last bit can differ from gym's where fdlibm and
 * glibc round differently.
 */
public final class CartPole implements Environment {

    private static final double GRAVITY = 9.8;
    private static final double MASS_CART = 1.0;
    private static final double MASS_POLE = 0.1;
    private static final double TOTAL_MASS = MASS_POLE + MASS_CART;
    private static final double LENGTH = 0.5;
    private static final double POLE_MASS_LENGTH = MASS_POLE * LENGTH;
    private static final double FORCE_MAG = 10.0;
    private static final double TAU = 0.02;
    private static final double THETA_THRESHOLD = 12 * 2 * Math.PI / 360;
    private static final double X_THRESHOLD = 2.4;

    private double x;
    private double xDot;
    private double theta;
    private double thetaDot;
    private boolean terminated;

    /** The observation is the state itself. */
    private static final List<String> NAMES = List.of("x", "x_dot", "theta", "theta_dot");

    @Override
    public List<String> stateNames() {
        return NAMES;
    }

    @Override
    public List<String> observationNames() {
        return NAMES;
    }

    @Override
    public void reset(SplittableRandom rng, double[] observation) {
        x = rng.nextDouble(-0.05, 0.05);
        xDot = rng.nextDouble(-0.05, 0.05);
        theta = rng.nextDouble(-0.05, 0.05);
        thetaDot = rng.nextDouble(-0.05, 0.05);
        terminated = false;
        observe(observation);
    }

    @Override
    public void setState(double[] state, double[] observation) {
        x = state[0];
        xDot = state[1];
        theta = state[2];
        thetaDot = state[3];
        terminated = false;
        observe(observation);
    }

    @Override
    public void copyState(double[] state) {
        state[0] = x;
        state[1] = xDot;
        state[2] = theta;
        state[3] = thetaDot;
    }

    /** Action 1 pushes right, anything else left; the reward is 1 for every step, the terminating one included. */
    @Override
    public double step(double action, double[] observation) {
        double force = action == 1 ? FORCE_MAG : -FORCE_MAG;
        double cosTheta = StrictMath.cos(theta);
        double sinTheta = StrictMath.sin(theta);
        // Squares first, as gym's theta_dot**2 and costheta**2: (a * b) * b rounds differently from a * (b * b).
        double temp = (force + POLE_MASS_LENGTH * (thetaDot * thetaDot) * sinTheta) / TOTAL_MASS;
        double thetaAcc = (GRAVITY * sinTheta - cosTheta * temp)
                / (LENGTH * (4.0 / 3.0 - MASS_POLE * (cosTheta * cosTheta) / TOTAL_MASS));
        double xAcc = temp - POLE_MASS_LENGTH * thetaAcc * cosTheta / TOTAL_MASS;
        x = x + TAU * xDot;
        xDot = xDot + TAU * xAcc;
        theta = theta + TAU * thetaDot;
        thetaDot = thetaDot + TAU * thetaAcc;
        terminated = x < -X_THRESHOLD || x > X_THRESHOLD || theta < -THETA_THRESHOLD || theta > THETA_THRESHOLD;
        observe(observation);
        return 1.0;
    }

    @Override
    public boolean upright() {
        return theta >= -THETA_THRESHOLD && theta <= THETA_THRESHOLD;
    }

    @Override
    public boolean terminated() {
        return terminated;
    }

    @Override
    public int timeLimit() {
        return 500;
    }

    @Override
    public ActionSet actions(int bins) {
        return new PushActions();
    }

    @Override
    public double sampleAction(SplittableRandom rng) {
        return rng.nextInt(2);
    }

    private void observe(double[] observation) {
        observation[0] = x;
        observation[1] = xDot;
        observation[2] = theta;
        observation[3] = thetaDot;
    }

    /** CartPole's two discrete actions: 0 pushes left, 1 pushes right. */
    private static final class PushActions implements ActionSet {
        @Override
        public int size() {
            return 2;
        }

        @Override
        public double value(int index) {
            return index;
        }

        @Override
        public int nearest(double action) {
            return action >= 0.5 ? 1 : 0;
        }
    }
}
