package dqnsweep.sweep;

import dqnsweep.grid.RunPlan;
import dqnsweep.grid.Throughput;
import dqnsweep.run.ConfigHash;
import dqnsweep.run.RunExecutor;
import dqnsweep.run.RunIntegrity;
import dqnsweep.run.RunSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the planned runs of a sweep on a {@link RunBackend} (the worker pool or a cluster). Runs
 * already complete under the same configuration hash are reused; the rest are started longest
 * first ({@link Throughput#longestFirst}) so the pool finishes together. A run's results
 * depend only on its configuration, so they are the same whatever the worker count or order.
 */
public final class SweepRunner {

    private final Path root;
    private final RunBackend backend;
    private final boolean failFast;
    private final SweepProgress progress;

    public SweepRunner(Path root, RunBackend backend, boolean failFast, SweepProgress progress) {
        this.root = root;
        this.backend = backend;
        this.failFast = failFast;
        this.progress = progress;
    }

    /** Runs what is not complete yet; returns one outcome per plan, in plan order. */
    public List<RunOutcome> run(List<RunPlan> plans) throws InterruptedException {
        Map<RunPlan, RunOutcome> outcomes = new LinkedHashMap<>();
        List<RunPlan> pending = new ArrayList<>();
        for (RunPlan plan : plans) {
            RunSummary previous = completedSummary(plan);
            if (previous != null) {
                outcomes.put(plan, new RunOutcome.Completed(plan, previous, true));
            } else {
                pending.add(plan);
            }
        }
        List<RunPlan> startOrder = Throughput.longestFirst(pending);
        progress.started(startOrder, plans.size() - pending.size());
        runPending(startOrder, outcomes);
        List<RunOutcome> ordered = new ArrayList<>(plans.size());
        for (RunPlan plan : plans) {
            ordered.add(outcomes.getOrDefault(plan, new RunOutcome.NotRun(plan)));
        }
        return ordered;
    }

    /**
     * The summary of a run already complete under the plan's exact configuration, with the files
     * its run.json recorded, or null (a corrupt run is done again).
     */
    public RunSummary completedSummary(RunPlan plan) {
        Path folder = root.resolve(plan.relativeFolder());
        RunSummary summary = RunExecutor.readSummary(folder);
        boolean same = summary != null && summary.complete()
                && ConfigHash.of(plan.config()).equals(summary.configHash())
                && RunIntegrity.problem(folder, summary).isEmpty();
        return same ? summary : null;
    }

    private void runPending(List<RunPlan> pending, Map<RunPlan, RunOutcome> outcomes) throws InterruptedException {
        backend.run(pending, root, progress, outcome -> {
            outcomes.put(outcome.plan(), outcome);
            progress.runEnded(outcome);
            return !(failFast && outcome instanceof RunOutcome.Failed);
        });
    }
}
