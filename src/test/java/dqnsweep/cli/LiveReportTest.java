package dqnsweep.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dqnsweep.analysis.SweepFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveReportTest {

    @TempDir
    Path dir;

    /** A clock the test moves. */
    private static final class Manual extends Clock {
        long millis;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }
    }

    private Path results() throws IOException {
        return new SweepFixture(dir).axis("bins", 10, 20).seeds(1L, 2L)
                .outcomes((values, seed) -> SweepFixture.synthetic(values, seed, 4)).write();
    }

    @Test
    void noBuildUntilTheSweepHasRunLongEnoughToAffordOne() throws Exception {
        Path results = results();
        Manual clock = new Manual();
        try (LiveReport live = new LiveReport(results, clock)) {
            clock.millis = 10_000;
            // a build of about 2 s within 4% needs 50 s of sweep
            live.runEnded(1, 4);
        }
        assertFalse(Files.exists(results.resolve("report/index.html")));
    }

    @Test
    void aBuildOnceAffordableAndNoneForTheLastRun() throws Exception {
        Path results = results();
        Manual clock = new Manual();
        try (LiveReport live = new LiveReport(results, clock)) {
            clock.millis = 60_000;
            live.runEnded(4, 4);
            assertFalse(Files.exists(results.resolve("report/index.html")), "the full build follows the last run");
            live.runEnded(2, 4);
        }
        assertTrue(Files.readString(results.resolve("report/index.html")).contains("partial: 2 of 4 runs"));
    }
}
