package dqnsweep.sweep;

import dqnsweep.grid.RunPlan;
import java.util.List;

/** Told about the sweep's progress; implementations draw a bar or print lines. Called from worker threads. */
public interface SweepProgress extends AutoCloseable {

    /** Work is about to start: {@code runs} to do, {@code reused} runs skipped (already complete). */
    void started(List<RunPlan> runs, int reused);

    /** {@code steps} more training environment steps of {@code run} were done. */
    void stepped(RunPlan run, long steps);

    /** A run ended (completed or failed). */
    void runEnded(RunOutcome outcome);

    @Override
    void close();
}
