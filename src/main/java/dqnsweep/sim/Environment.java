package dqnsweep.sim;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded, allocation-free simulator. The caller owns the observation array; {@link #step}
 * overwrites it in place so the hot loop creates no garbage.
 */
public interface Environment {

    /** Names of the internal state variables, in {@link #copyState} order. */
    List<String> stateNames();

    /** Names of the observation entries, in the order {@link #step} writes them. */
    List<String> observationNames();

    /**
     * Length of the internal state vector (Pendulum: theta, thetadot; CartPole: x, xdot, theta, thetadot;
     * Acrobot: theta1, theta2, theta1dot, theta2dot; MountainCar: position, velocity).
     */
    default int stateSize() {
        return stateNames().size();
    }

    /** Length of the observation vector. */
    default int observationSize() {
        return observationNames().size();
    }

    /** Draws a start state from {@code rng} and writes its observation into {@code observation}. */
    void reset(SplittableRandom rng, double[] observation);

    /** Sets the internal state exactly (for {@code simulate}, policy maps and tests) and writes its observation. */
    void setState(double[] state, double[] observation);

    /** Copies the internal state into {@code state}. */
    void copyState(double[] state);

    /**
     * Applies one action (Pendulum: a torque; the discrete environments: gym's action index, CartPole
     * 0 or 1, Acrobot and MountainCar 0, 1 or 2), writes the next observation and returns the reward
     * of this transition.
     */
    double step(double action, double[] observation);

    /**
     * Whether the pole stands: Pendulum |theta| <= 0.2 rad (angle wrapped), CartPole within its 12
     * degrees. Acrobot and MountainCar have no such pose and always answer false.
     */
    boolean upright();

    /** Whether the last step reached a terminal state (never for Pendulum); {@link #setState} clears it. */
    boolean terminated();

    /** Steps after which an episode is cut without being terminal (gym's TimeLimit), or 0 for none. */
    int timeLimit();

    /** The discrete actions an agent chooses from, given the configured number of torque bins. */
    ActionSet actions(int bins);

    /**
     * A uniformly random action, as {@code env.action_space.sample()} would give: a torque, or an
     * index for the discrete environments.
     */
    double sampleAction(SplittableRandom rng);
}
