package dqnsweep.sweep;

import dqnsweep.grid.RunPlan;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A progress display that also tells a {@link SweepListener} each time a run ends. */
final class ListeningProgress implements SweepProgress {

    private final SweepProgress inner;
    private final SweepListener listener;
    private final AtomicInteger ended = new AtomicInteger();
    private volatile int total;

    ListeningProgress(SweepProgress inner, SweepListener listener) {
        this.inner = inner;
        this.listener = listener;
    }

    @Override
    public void started(List<RunPlan> runs, int reused) {
        total = runs.size();
        inner.started(runs, reused);
    }

    @Override
    public void stepped(RunPlan run, long steps) {
        inner.stepped(run, steps);
    }

    @Override
    public void runEnded(RunOutcome outcome) {
        inner.runEnded(outcome);
        listener.runEnded(ended.incrementAndGet(), total);
    }

    @Override
    public void close() {
        inner.close();
    }
}
