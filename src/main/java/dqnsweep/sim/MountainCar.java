package dqnsweep.sim;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Gymnasium's MountainCar-v0, transcribed operation by operation from
 * {@code gymnasium/envs/classic_control/mountain_car.py} (Farama-Foundation/Gymnasium). Python's
 * grouping is kept and the cosine is StrictMath's, so a step agrees with gym's float64 arithmetic
 * to the last bit wherever fdlibm's cosine and the C library's agree. Like {@link CartPole}, the
 * observation stays in doubles; gym hands it out as float32.
 */
public final class MountainCar implements Environment {

    static final double MIN_POSITION = -1.2;
    static final double MAX_POSITION = 0.6;
    static final double MAX_SPEED = 0.07;
    static final double GOAL_POSITION = 0.5;
    private static final double GOAL_VELOCITY = 0;
    private static final double FORCE = 0.001;
    private static final double GRAVITY = 0.0025;
    private static final int ACTIONS = 3;

    /** The observation is the state itself. */
    private static final List<String> NAMES = List.of("position", "velocity");

    private double position;
    private double velocity;
    private boolean terminated;

    @Override
    public List<String> stateNames() {
        return NAMES;
    }

    @Override
    public List<String> observationNames() {
        return NAMES;
    }

    /** Position U(-0.6, -0.4), at rest; gym keeps this start state in float64. */
    @Override
    public void reset(SplittableRandom rng, double[] observation) {
        position = rng.nextDouble(-0.6, -0.4);
        velocity = 0;
        terminated = false;
        observe(observation);
    }

    @Override
    public void setState(double[] state, double[] observation) {
        position = state[0];
        velocity = state[1];
        terminated = false;
        observe(observation);
    }

    @Override
    public void copyState(double[] state) {
        state[0] = position;
        state[1] = velocity;
    }

    /**
     * Action 0 accelerates left, 1 not at all, 2 right. The left wall is inelastic: the car stops
     * there only while it still moves into it. The reward is -1 for every step, the last included.
     */
    @Override
    public double step(double action, double[] observation) {
        requireAction(action);
        velocity += (action - 1) * FORCE + StrictMath.cos(3 * position) * (-GRAVITY);
        velocity = clip(velocity, -MAX_SPEED, MAX_SPEED);
        position += velocity;
        position = clip(position, MIN_POSITION, MAX_POSITION);
        if (position == MIN_POSITION && velocity < 0) {
            velocity = 0;
        }
        terminated = position >= GOAL_POSITION && velocity >= GOAL_VELOCITY;
        observe(observation);
        return -1.0;
    }

    /** MountainCar has no pose that counts as upright; reaching the flag ends the episode ({@link #terminated}). */
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
        return 200;
    }

    /** gym's three actions, whatever the number of torque bins. */
    @Override
    public ActionSet actions(int bins) {
        return new DiscreteActions(ACTIONS);
    }

    @Override
    public double sampleAction(SplittableRandom rng) {
        return rng.nextInt(ACTIONS);
    }

    /** gym asserts {@code action_space.contains(action)}; (action - 1) would take any number silently. */
    private static void requireAction(double action) {
        if (action != 0 && action != 1 && action != 2) {
            throw new IllegalArgumentException("mountaincar actions are 0, 1 or 2, got " + action);
        }
    }

    /** numpy's {@code clip}: {@code minimum(maximum(x, low), high)}. */
    private static double clip(double x, double low, double high) {
        return Math.min(Math.max(x, low), high);
    }

    private void observe(double[] observation) {
        observation[0] = position;
        observation[1] = velocity;
    }
}
