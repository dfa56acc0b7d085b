package dqnsweep.cli;

import dqnsweep.analysis.AnalysisSettings;
import dqnsweep.report.Report;
import dqnsweep.sweep.SweepListener;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Rebuilds the light report while a sweep runs, on one background thread: after every tenth of
 * the runs or {@link #MIN_SECONDS} seconds, whichever comes first, never two builds at once, and
 * only while the builds so far plus the next (estimated by the last) stay within {@link #BUDGET}
 * of the sweep's time (the builds compete with the workers for the cores). Failures are remembered, not thrown: a live
 * page is a convenience, the sweep's runs are what matter.
 */
final class LiveReport implements SweepListener, AutoCloseable {

    static final double BUDGET = 0.04;
    static final double MIN_SECONDS = 20;
    /** Fewer resamples than the full build: the live intervals only need to be indicative. */
    private static final AnalysisSettings LIVE = new AnalysisSettings(1000, AnalysisSettings.DEFAULT.confidence(),
            AnalysisSettings.DEFAULT.seed());

    private final Path results;
    private final Clock clock;
    private final long start;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "live-report");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile int lastEnded;
    private volatile long lastMillis;
    private volatile long buildMillis;
    /** What the next build will probably take: the last one's time, at first a guess. */
    private volatile long nextBuildMillis = 2000;
    private volatile int builds;
    private volatile String failure = "";

    LiveReport(Path results, Clock clock) {
        this.results = results;
        this.clock = clock;
        this.start = clock.millis();
        this.lastMillis = start;
    }

    @Override
    public void runEnded(int ended, int total) {
        long now = clock.millis();
        boolean due = ended - lastEnded >= Math.max(1, total / 10) || now - lastMillis >= MIN_SECONDS * 1000;
        // counting the build about to start, so a short sweep gets none rather than one too many
        boolean affordable = buildMillis + nextBuildMillis <= BUDGET * (now - start);
        if (ended >= total || !due || !affordable || !busy.compareAndSet(false, true)) {
            return;
        }
        lastEnded = ended;
        thread.execute(() -> {
            long begin = clock.millis();
            try {
                Report.buildLive(results, ended, total, LIVE, clock);
                builds++;
            } catch (Exception e) {
                failure = String.valueOf(e.getMessage());
            } finally {
                long end = clock.millis();
                buildMillis += end - begin;
                nextBuildMillis = end - begin;
                lastMillis = end;
                busy.set(false);
            }
        });
    }

    /** One line: builds, their time and its share of the sweep's wall time so far. */
    String summary() {
        double sweepSeconds = Math.max(1e-3, (clock.millis() - start) / 1e3);
        return String.format(Locale.ROOT, "live report: %d builds, %.1f s, %.1f%% of the sweep's %.0f s%s", builds,
                buildMillis / 1e3, 100 * buildMillis / 1e3 / sweepSeconds, sweepSeconds,
                failure.isEmpty() ? "" : " (last failure: " + failure + ")");
    }

    @Override
    public void close() throws InterruptedException {
        thread.shutdown();
        thread.awaitTermination(60, TimeUnit.SECONDS);
    }
}
