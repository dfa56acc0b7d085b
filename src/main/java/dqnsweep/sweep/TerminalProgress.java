package dqnsweep.sweep;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A live progress bar (me.tongfei:progressbar) in environment steps, with runs done, speed and ETA. */
final class TerminalProgress implements SweepProgress {

    private ProgressBar bar;
    private int runs;
    private final AtomicInteger ended = new AtomicInteger();

    @Override
    public void started(int totalRuns, long totalSteps, int reused) {
        runs = totalRuns;
        bar = new ProgressBarBuilder().setTaskName("sweep").setInitialMax(totalSteps)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" steps", 1).showSpeed()
                .setSpeedUnit(ChronoUnit.SECONDS).setUpdateIntervalMillis(500)
                .setMaxRenderedLength(120).startsFrom(0, Duration.ZERO).build();
        bar.setExtraMessage(message(0));
    }

    @Override
    public void stepped(long steps) {
        bar.stepBy(steps);
    }

    @Override
    public void runEnded(RunOutcome outcome) {
        bar.setExtraMessage(message(ended.incrementAndGet()));
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }

    private String message(int done) {
        return "runs " + done + "/" + runs;
    }
}
