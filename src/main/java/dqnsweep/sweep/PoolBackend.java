package dqnsweep.sweep;

import dqnsweep.grid.RunPlan;
import dqnsweep.jvm.CorePinning;
import dqnsweep.reference.ReferenceCache;
import dqnsweep.run.ReferenceFolders;
import java.nio.file.Path;
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

/**
 * Runs on this machine: a fixed pool of threads, each driving a worker process of its own
 * ({@link ProcessLauncher}) that trains run after run with its own simulators and networks;
 * with one worker per core, each worker on a core of its own ({@link CorePinning}).
 */
public final class PoolBackend implements RunBackend {

    private final int workers;

    public PoolBackend(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        this.workers = workers;
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
        ProcessLauncher launcher = new ProcessLauncher(root, CorePinning.forWorkers(workers));
        Thread warmUp = ReferenceWarmUp.start(plans, ReferenceCache.standard(ReferenceFolders.forSweep(root)));
        try {
            for (RunPlan plan : plans) {
                futures.add(completion.submit(() -> execute(launcher, plan, root, progress)));
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
            launcher.close();
            warmUp.interrupt();
        }
    }

    private static RunOutcome execute(ProcessLauncher launcher, RunPlan plan, Path root, SweepProgress progress) {
        long[] reported = {0};
        return launcher.launch(plan, root.resolve(plan.relativeFolder()), envSteps -> {
            progress.stepped(plan, envSteps - reported[0]);
            reported[0] = envSteps;
        });
    }

    @Override
    public String describe() {
        return "pool(" + workers + ")";
    }

    @Override
    public void close() {
        // Threads and worker processes are per run() call and already stopped.
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
