package dqnsweep.sweep;

/** Told about the sweep's progress; implementations draw a bar or print lines. Called from worker threads. */
public interface SweepProgress extends AutoCloseable {

    /** Work is about to start: {@code runs} runs, {@code totalSteps} environment steps, {@code reused} runs skipped. */
    void started(int runs, long totalSteps, int reused);

    /** {@code steps} more environment steps were done. */
    void stepped(long steps);

    /** A run ended (completed or failed). */
    void runEnded(RunOutcome outcome);

    @Override
    void close();
}
