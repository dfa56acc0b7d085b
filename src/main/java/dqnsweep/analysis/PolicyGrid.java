package dqnsweep.analysis;

/** The rows of {@code policy.csv}: the greedy torque at each (theta, theta_dot) grid point. */
public record PolicyGrid(double[] theta, double[] thetaDot, double[] torque) {
}
