package dqnsweep.sweep;

import dqnsweep.agent.Algo;
import dqnsweep.grid.RunPlan;
import dqnsweep.run.ConfigHash;
import dqnsweep.run.RunExecutor;
import dqnsweep.run.RunSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the planned runs of a sweep on a fixed pool of workers, each run on one thread with its
 * own simulators and networks. Runs already complete under the same configuration hash are
 * reused; the rest are started longest first so the pool finishes together. A run's results
 * depend only on its configuration, so they are the same whatever the worker count or order.
 */
public final class SweepRunner {

    /** Rough cost of an environment step relative to dqn: the notebook fits once per transition. */
    private static final double NOTEBOOK_STEP_COST = 40;

    private final Path root;
    private final int workers;
    private final boolean failFast;
    private final SweepProgress progress;
    private final RunLauncher launcher;

    public SweepRunner(Path root, int workers, boolean failFast, SweepProgress progress, RunLauncher launcher) {
        this.root = root;
        this.workers = workers;
        this.failFast = failFast;
        this.progress = progress;
        this.launcher = launcher;
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
        pending.sort(Comparator.comparingDouble(SweepRunner::estimatedCost).reversed());
        progress.started(pending.size(), pending.stream().mapToLong(p -> p.config().trainingSteps()).sum(),
                plans.size() - pending.size());
        runPending(pending, outcomes);
        List<RunOutcome> ordered = new ArrayList<>(plans.size());
        for (RunPlan plan : plans) {
            ordered.add(outcomes.getOrDefault(plan, new RunOutcome.NotRun(plan)));
        }
        return ordered;
    }

    /** The summary of a run already complete under the plan's exact configuration, or null. */
    public RunSummary completedSummary(RunPlan plan) {
        RunSummary summary = RunExecutor.readSummary(root.resolve(plan.relativeFolder()));
        boolean same = summary != null && summary.complete()
                && ConfigHash.of(plan.config()).equals(summary.configHash());
        return same ? summary : null;
    }

    private void runPending(List<RunPlan> pending, Map<RunPlan, RunOutcome> outcomes) throws InterruptedException {
        if (pending.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, pending.size()), workerThreads());
        CompletionService<RunOutcome> completion = new ExecutorCompletionService<>(pool);
        List<Future<RunOutcome>> futures = new ArrayList<>();
        try {
            for (RunPlan plan : pending) {
                futures.add(completion.submit(() -> execute(plan)));
            }
            for (int i = 0; i < pending.size(); i++) {
                RunOutcome outcome = completion.take().get();
                outcomes.put(outcome.plan(), outcome);
                progress.runEnded(outcome);
                if (failFast && outcome instanceof RunOutcome.Failed) {
                    break;
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a sweep worker failed outside its run", e.getCause());
        } finally {
            pool.shutdownNow();
            futures.forEach(future -> future.cancel(true));
        }
    }

    private RunOutcome execute(RunPlan plan) {
        long[] reported = {0};
        return launcher.launch(plan, root.resolve(plan.relativeFolder()), envSteps -> {
            progress.stepped(envSteps - reported[0]);
            reported[0] = envSteps;
        });
    }

    private static double estimatedCost(RunPlan plan) {
        double steps = plan.config().trainingSteps();
        return plan.config().algo() == Algo.NOTEBOOK ? steps * NOTEBOOK_STEP_COST : steps;
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "dqn-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
