package dqnsweep.reference;

import dqnsweep.sim.ActionSet;
import dqnsweep.sim.Environment;

/**
 * The optimal controller: at each decision, tries every bin on the exact simulator from the true
 * continuous state and adds the interpolated value of the decisions that remain. Only the value
 * of what comes after the decision is approximated, so the grid's error enters once per
 * decision and not along the simulated steps.
 */
final class LookaheadController implements DecisionRule {

    private final ValueFunctions values;
    private final Environment model;
    private final ActionSet actions;
    private final DecisionSchedule schedule;
    private final double[] trial;
    private final double[] observation;

    /** {@code model} is a simulator of its own, used for trials only. */
    LookaheadController(ValueFunctions values, Environment model, ActionSet actions, DecisionSchedule schedule) {
        if (values.horizon() != schedule.count()) {
            throw new IllegalArgumentException("values cover " + values.horizon() + " decisions, the schedule has "
                    + schedule.count());
        }
        this.values = values;
        this.model = model;
        this.actions = actions;
        this.schedule = schedule;
        trial = new double[model.stateSize()];
        observation = new double[model.observationSize()];
    }

    /** The first bin with the best lookahead value, as argmax breaks ties. */
    @Override
    public int choose(double[] state, int decision) {
        int steps = schedule.length(decision);
        int remaining = schedule.remainingAfter(decision);
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < actions.size(); a++) {
            System.arraycopy(state, 0, trial, 0, trial.length);
            double rewards = Decision.apply(model, trial, observation, actions.value(a), steps);
            double value = rewards + values.value(remaining, trial[0], trial[1]);
            if (value > bestValue) {
                best = a;
                bestValue = value;
            }
        }
        return best;
    }
}
