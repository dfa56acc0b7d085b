package dqnsweep.sweep;

import dqnsweep.grid.RunPlan;
import dqnsweep.run.RunExecutor;
import dqnsweep.run.RunSummary;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** Runs on a fixed pool of threads of this JVM, each run on one thread with its own simulators and networks. */
public final class PoolBackend implements RunBackend {

    private final int workers;
    private final Clock clock;

    public PoolBackend(int workers, Clock clock) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        this.workers = workers;
        this.clock = clock;
    }

    @Override
    public void run(List<RunPlan> plans, Path root, SweepProgress progress, Predicate<RunOutcome> ended)
            throws InterruptedException {
        if (plans.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, plans.size()), workerThreads());
        CompletionService<RunOutcome> completion = new ExecutorCompletionService<>(pool);
        List<Future<RunOutcome>> futures = new ArrayList<>();
        try {
            for (RunPlan plan : plans) {
                futures.add(completion.submit(() -> execute(plan, root, progress)));
            }
            for (int i = 0; i < plans.size(); i++) {
                if (!ended.test(completion.take().get())) {
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

    private RunOutcome execute(RunPlan plan, Path root, SweepProgress progress) {
        long[] reported = {0};
        try {
            RunSummary summary = new RunExecutor(clock).execute(plan.config(), root.resolve(plan.relativeFolder()),
                    envSteps -> {
                        progress.stepped(envSteps - reported[0]);
                        reported[0] = envSteps;
                    });
            return new RunOutcome.Completed(plan, summary, false);
        } catch (Exception | Error e) {
            // Whatever one run does, the others go on; RunExecutor already wrote error.txt.
            return new RunOutcome.Failed(plan, RunExecutor.describe(e));
        }
    }

    @Override
    public String describe() {
        return "pool(" + workers + ")";
    }

    @Override
    public void close() {
        // Threads are per run() call and already stopped.
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
