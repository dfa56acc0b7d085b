package dqnsweep.sweep;

import dqnsweep.grid.RunPlan;
import dqnsweep.grid.Throughput;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far a sweep is, in the cost model {@code plan} uses (gradient steps and environment steps,
 * {@link Throughput#runSeconds}), not in environment steps alone: a 10,000-iteration run makes
 * 10x the steps of a 1,000-iteration run for 1.3x the gradient steps, so counting steps made the
 * last long runs look almost done while most of their time (the updates) was still ahead. Each
 * training step of a run carries its share of the run's estimated cost; an ended run counts whole.
 * Thread-safe: workers report concurrently.
 */
final class CostMeter {

    private final Map<RunPlan, Double> costPerStep = new ConcurrentHashMap<>();
    private final Map<RunPlan, Double> done = new ConcurrentHashMap<>();
    private final double total;

    CostMeter(List<RunPlan> runs) {
        double sum = 0;
        for (RunPlan plan : runs) {
            double cost = Throughput.runSeconds(plan.config());
            costPerStep.put(plan, cost / Math.max(1, plan.config().trainingSteps()));
            sum += cost;
        }
        total = sum;
    }

    /** {@code steps} more training steps of {@code plan}; never past the run's estimate. */
    void stepped(RunPlan plan, long steps) {
        double perStep = costPerStep.getOrDefault(plan, 0.0);
        double cap = perStep * Math.max(1, plan.config().trainingSteps());
        done.merge(plan, steps * perStep, (a, b) -> Math.min(cap, a + b));
    }

    /** The run ended (completed or failed): its estimated cost is spent. */
    void ended(RunPlan plan) {
        done.put(plan, costPerStep.getOrDefault(plan, 0.0) * Math.max(1, plan.config().trainingSteps()));
    }

    /** Share of the estimated cost done, 0 to 1. */
    double fraction() {
        if (total <= 0) {
            return 0;
        }
        double sum = done.values().stream().mapToDouble(Double::doubleValue).sum();
        return Math.min(1, sum / total);
    }

    /** Seconds left at the pace so far: elapsed x (1 - f) / f; NaN before any progress. */
    double secondsLeft(double elapsedSeconds) {
        double f = fraction();
        return f > 0 ? elapsedSeconds * (1 - f) / f : Double.NaN;
    }
}
