package dqnsweep.sweep;

import dqnsweep.grid.RunPlan;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * Where a sweep's runs are computed: this machine's worker pool ({@link PoolBackend}) or a
 * cluster ({@code dqnsweep.spark.SparkBackend}, loaded only when asked for). Either way each
 * run's folder under the results root ends up with the same files, since a run's results depend
 * only on its configuration.
 */
public interface RunBackend extends AutoCloseable {

    /**
     * Runs {@code plans}, started in the order given, into their folders under {@code root}, and
     * hands each outcome to {@code ended} on the calling thread as soon as it is known. Starts no
     * more runs once {@code ended} returns false.
     */
    void run(List<RunPlan> plans, Path root, SweepProgress progress, Predicate<RunOutcome> ended)
            throws InterruptedException;

    /** A short name for logs and sweep.json, e.g. {@code pool(2)}. */
    String describe();

    @Override
    void close();
}
