package dqnsweep.reference;

import dqnsweep.sim.ActionSet;
import dqnsweep.sim.Environment;

/**
 * What holding each action for one decision does from each grid node: the summed rewards and the
 * interpolation cell and weights of the state it ends in, simulated once with the exact
 * simulator. The dynamics do not depend on time, so every backup of the dynamic program reuses
 * the table and becomes a gather. Floats halve the memory; the value errors they add (about 1e-7
 * relative per backup) are far below the interpolation error of the grid.
 */
final class Transitions {

    private final Grid grid;
    private final int actions;
    /** Indexed {@code node * actions + action}, as are the three arrays below. */
    private final float[] reward;
    private final int[] corner;
    private final float[] thetaFraction;
    private final float[] speedFraction;

    private Transitions(Grid grid, int actions) {
        this.grid = grid;
        this.actions = actions;
        int entries = Math.multiplyExact(grid.nodes(), actions);
        reward = new float[entries];
        corner = new int[entries];
        thetaFraction = new float[entries];
        speedFraction = new float[entries];
    }

    /** Simulates every (node, action) pair for {@code steps} steps on {@code model}. */
    static Transitions tabulate(Environment model, ActionSet actionSet, int steps, Grid grid) {
        Transitions table = new Transitions(grid, actionSet.size());
        double[] state = new double[model.stateSize()];
        double[] observation = new double[model.observationSize()];
        for (int i = 0; i < grid.thetaPoints(); i++) {
            for (int j = 0; j < grid.speedPoints(); j++) {
                int node = i * grid.speedPoints() + j;
                for (int a = 0; a < table.actions; a++) {
                    state[0] = grid.theta(i);
                    state[1] = grid.speed(j);
                    double sum = Decision.apply(model, state, observation, actionSet.value(a), steps);
                    table.store(node * table.actions + a, sum, state);
                }
            }
        }
        return table;
    }

    /**
     * One Bellman backup: {@code max over actions of reward + next(successor)} for every node,
     * written into {@code values} (a padded array other than {@code next}).
     */
    void backup(float[] next, float[] values) {
        int nodes = grid.nodes();
        for (int node = 0; node < nodes; node++) {
            int base = node * actions;
            double best = Double.NEGATIVE_INFINITY;
            for (int e = base; e < base + actions; e++) {
                double value = reward[e] + grid.blend(next, corner[e], thetaFraction[e], speedFraction[e]);
                if (value > best) {
                    best = value;
                }
            }
            values[node] = (float) best;
        }
        grid.closeSeam(values);
    }

    /** Bytes the table holds, for memory budgets: four 4-byte entries per (node, action). */
    static long bytes(Grid grid, int actions) {
        return 16L * grid.nodes() * actions;
    }

    private void store(int entry, double sum, double[] successor) {
        reward[entry] = (float) sum;
        corner[entry] = grid.corner(successor[0], successor[1]);
        thetaFraction[entry] = (float) grid.thetaFraction(successor[0]);
        speedFraction[entry] = (float) grid.speedFraction(successor[1]);
    }
}
