package dqnsweep.report;

/** The rows of {@code policy.csv}: the greedy torque at each (theta, theta_dot) grid point. */
record PolicyGrid(double[] theta, double[] thetaDot, double[] torque) {
}
