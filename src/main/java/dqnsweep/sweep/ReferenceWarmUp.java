package dqnsweep.sweep;

import dqnsweep.grid.RunPlan;
import dqnsweep.reference.ReferenceCache;
import dqnsweep.reference.ReferenceKey;
import dqnsweep.run.RunExecutor;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Computes the references a sweep's runs will be held against while the workers train, so a run
 * that ends finds its reference ready in the results folder instead of computing it itself, or
 * waiting for the worker that does. One daemon thread, in the order the runs start; the cache's
 * lock keeps it and the workers from computing the same reference twice.
 */
final class ReferenceWarmUp {

    private ReferenceWarmUp() {
    }

    /** Starts computing, in the background, every reference {@code plans} need that {@code cache} lacks. */
    static Thread start(List<RunPlan> plans, ReferenceCache cache) {
        Set<ReferenceKey> keys = new LinkedHashSet<>();
        plans.forEach(plan -> keys.add(RunExecutor.referenceKey(plan.config())));
        Thread thread = new Thread(() -> {
            for (ReferenceKey key : keys) {
                try {
                    cache.get(key);
                } catch (IOException | RuntimeException e) {
                    // The run that needs it computes it again, and reports what goes wrong.
                }
            }
        }, "dqn-reference-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return thread;
    }
}
