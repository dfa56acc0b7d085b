package dqnsweep.sweep;

import dqnsweep.grid.RunPlan;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** For CI logs and pipes, where a bar would be noise: one plain line every few seconds, and one per finished run. */
final class LogProgress implements SweepProgress {

    private static final long INTERVAL_MILLIS = 5_000;

    private final PrintWriter out;
    private final Clock clock;
    private final AtomicLong steps = new AtomicLong();
    private final AtomicInteger ended = new AtomicInteger();
    private long totalSteps;
    private int runs;
    private CostMeter cost = new CostMeter(List.of());
    private long startMillis;
    private long lastPrintMillis;

    LogProgress(PrintWriter out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    @Override
    public synchronized void started(List<RunPlan> plans, int reused) {
        runs = plans.size();
        long total = plans.stream().mapToLong(p -> p.config().trainingSteps()).sum();
        totalSteps = total;
        cost = new CostMeter(plans);
        startMillis = clock.millis();
        lastPrintMillis = startMillis;
        out.printf(Locale.ROOT, "sweep: %d runs to do (%,d environment steps), %d already complete%n", runs, total,
                reused);
        out.flush();
    }

    @Override
    public void stepped(RunPlan plan, long delta) {
        cost.stepped(plan, delta);
        long done = steps.addAndGet(delta);
        long now = clock.millis();
        if (now - lastPrintMillis >= INTERVAL_MILLIS) {
            print(done, now);
        }
    }

    @Override
    public void runEnded(RunOutcome outcome) {
        cost.ended(outcome.plan());
        int done = ended.incrementAndGet();
        String what = outcome instanceof RunOutcome.Failed failed ? "FAILED (" + failed.reason() + ")" : "done";
        synchronized (this) {
            out.printf(Locale.ROOT, "sweep: run %d/%d %s seed %d %s%n", done, runs, outcome.plan().cell().id(),
                    outcome.plan().seed(), what);
            out.flush();
        }
    }

    @Override
    public void close() {
        out.flush();
    }

    private synchronized void print(long done, long now) {
        if (now - lastPrintMillis < INTERVAL_MILLIS) {
            return;
        }
        lastPrintMillis = now;
        double seconds = Math.max(1e-3, (now - startMillis) / 1e3);
        double rate = done / seconds;
        // percent and ETA in the cost model's terms (updates weigh more than steps), not in steps
        out.printf(Locale.ROOT, "sweep: %5.1f%%  runs %d/%d  %,d/%,d steps  %,.0f steps/s  ETA %s%n",
                100.0 * cost.fraction(), ended.get(), runs, done, totalSteps, rate,
                duration(cost.secondsLeft(seconds)));
        out.flush();
    }

    static String duration(double seconds) {
        if (!Double.isFinite(seconds)) {
            return "?";
        }
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
}
