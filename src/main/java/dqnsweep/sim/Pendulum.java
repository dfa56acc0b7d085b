package dqnsweep.sim;

import java.util.List;
import java.util.SplittableRandom;

/**
 * gym's Pendulum, transcribed operation by operation so results match gym to the last bit the
 * platform allows. Two versions differ in one line: Pendulum-v0 moves the angle with the
 * unclipped new velocity and clips afterwards; Gymnasium's Pendulum-v1 clips first. StrictMath
 * keeps the trigonometry bit-identical across JVMs and JIT levels; it is not always identical to
 * numpy's (fdlibm's cos(0.1) is one ulp below glibc's correctly rounded one), so trajectories can
 * part from gym's in the last bit.
 */
public final class Pendulum implements Environment {

    public static final double MAX_SPEED = 8;
    public static final double MAX_TORQUE = 2;
    public static final double DT = 0.05;
    public static final double G = 10;
    public static final double M = 1;
    public static final double L = 1;
    /** Angle within which the pendulum counts as upright in evaluations. */
    public static final double UPRIGHT_ANGLE = 0.2;

    private final boolean clipBeforeAngleUpdate;
    private double theta;
    private double thetaDot;

    private Pendulum(boolean clipBeforeAngleUpdate) {
        this.clipBeforeAngleUpdate = clipBeforeAngleUpdate;
    }

    /** gym Pendulum-v0, the tutorial's environment. */
    public static Pendulum v0() {
        return new Pendulum(false);
    }

    /** Gymnasium Pendulum-v1. */
    public static Pendulum v1() {
        return new Pendulum(true);
    }

    @Override
    public List<String> stateNames() {
        return List.of("theta", "theta_dot");
    }

    @Override
    public List<String> observationNames() {
        return List.of("cos_theta", "sin_theta", "theta_dot");
    }

    @Override
    public void reset(SplittableRandom rng, double[] observation) {
        theta = rng.nextDouble(-Math.PI, Math.PI);
        thetaDot = rng.nextDouble(-1, 1);
        observe(observation);
    }

    @Override
    public void setState(double[] state, double[] observation) {
        theta = state[0];
        thetaDot = state[1];
        observe(observation);
    }

    @Override
    public void copyState(double[] state) {
        state[0] = theta;
        state[1] = thetaDot;
    }

    @Override
    public double step(double action, double[] observation) {
        double u = clip(action, -MAX_TORQUE, MAX_TORQUE);
        double normalized = normalizeAngle(theta);
        // gym squares before it scales (.1 * thdot ** 2); (.1 * thetaDot) * thetaDot rounds differently.
        double costs = normalized * normalized + .1 * (thetaDot * thetaDot) + .001 * (u * u);
        double newThetaDot;
        double newTheta;
        if (clipBeforeAngleUpdate) {
            newThetaDot = thetaDot + (3 * G / (2 * L) * StrictMath.sin(theta) + 3.0 / (M * L * L) * u) * DT;
            newThetaDot = clip(newThetaDot, -MAX_SPEED, MAX_SPEED);
            newTheta = theta + newThetaDot * DT;
        } else {
            newThetaDot = thetaDot + (-3 * G / (2 * L) * StrictMath.sin(theta + Math.PI) + 3. / (M * L * L) * u) * DT;
            newTheta = theta + newThetaDot * DT;
            newThetaDot = clip(newThetaDot, -MAX_SPEED, MAX_SPEED);
        }
        theta = newTheta;
        thetaDot = newThetaDot;
        observe(observation);
        return -costs;
    }

    @Override
    public boolean upright() {
        return Math.abs(normalizeAngle(theta)) <= UPRIGHT_ANGLE;
    }

    @Override
    public boolean terminated() {
        return false;
    }

    @Override
    public int timeLimit() {
        return 200;
    }

    @Override
    public ActionSet actions(int bins) {
        return new TorqueBins(bins, MAX_TORQUE);
    }

    @Override
    public double sampleAction(SplittableRandom rng) {
        return rng.nextDouble(-MAX_TORQUE, MAX_TORQUE);
    }

    /**
     * Python's {@code ((x + pi) % (2 pi)) - pi}. Python's modulo is floored (the result takes the
     * divisor's sign) while Java's {@code %} truncates, so a negative remainder is shifted up.
     */
    public static double normalizeAngle(double x) {
        double twoPi = 2 * Math.PI;
        double mod = (x + Math.PI) % twoPi;
        if (mod < 0) {
            mod += twoPi;
        }
        return mod - Math.PI;
    }

    private void observe(double[] observation) {
        observation[0] = StrictMath.cos(theta);
        observation[1] = StrictMath.sin(theta);
        observation[2] = thetaDot;
    }

    private static double clip(double x, double low, double high) {
        return Math.max(low, Math.min(high, x));
    }
}
