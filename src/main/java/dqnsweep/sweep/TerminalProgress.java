package dqnsweep.sweep;

import dqnsweep.grid.RunPlan;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A live progress bar (me.tongfei:progressbar). Its length is the sweep's estimated cost in the
 * cost model of {@code plan} (per-mille of it), so the bar's own ETA weighs gradient steps as
 * they cost; runs and environment steps done are in its message.
 */
final class TerminalProgress implements SweepProgress {

    private static final int SCALE = 1000;

    private ProgressBar bar;
    private int runs;
    private long totalSteps;
    private CostMeter cost;
    private final AtomicInteger ended = new AtomicInteger();
    private final AtomicLong steps = new AtomicLong();

    @Override
    public void started(List<RunPlan> plans, int reused) {
        runs = plans.size();
        totalSteps = plans.stream().mapToLong(p -> p.config().trainingSteps()).sum();
        cost = new CostMeter(plans);
        bar = new ProgressBarBuilder().setTaskName("sweep").setInitialMax(SCALE)
                .setStyle(ProgressBarStyle.ASCII).setUnit("\u2030", 1).setUpdateIntervalMillis(500)
                .setMaxRenderedLength(120).startsFrom(0, Duration.ZERO).build();
        bar.setExtraMessage(message());
    }

    @Override
    public void stepped(RunPlan plan, long delta) {
        cost.stepped(plan, delta);
        steps.addAndGet(delta);
        update();
    }

    @Override
    public void runEnded(RunOutcome outcome) {
        cost.ended(outcome.plan());
        ended.incrementAndGet();
        update();
    }

    private synchronized void update() {
        bar.stepTo(Math.round(SCALE * cost.fraction()));
        bar.setExtraMessage(message());
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }

    private String message() {
        return String.format(Locale.ROOT, "runs %d/%d, %,d/%,d steps", ended.get(), runs, steps.get(), totalSteps);
    }
}
