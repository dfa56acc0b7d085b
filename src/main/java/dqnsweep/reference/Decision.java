package dqnsweep.reference;

import dqnsweep.sim.Environment;

/** Holding one action for a decision's steps on the exact simulator. */
final class Decision {

    private Decision() {
    }

    /**
     * Sets {@code model} to {@code state}, applies {@code action} for {@code steps} steps, writes
     * the state reached back into {@code state} and returns the summed rewards.
     */
    static double apply(Environment model, double[] state, double[] observation, double action, int steps) {
        model.setState(state, observation);
        double sum = 0;
        for (int t = 0; t < steps; t++) {
            sum += model.step(action, observation);
        }
        model.copyState(state);
        return sum;
    }
}
