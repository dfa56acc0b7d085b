package dqnsweep.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dqnsweep.analysis.AnalysisSettings;
import dqnsweep.analysis.SweepFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report/ is built aside and swapped in: a build that fails midway leaves the previous report whole. */
class ReportSwapTest {

    private static final AnalysisSettings FAST = new AnalysisSettings(200, 0.95, 1);

    @Test
    void aFailedBuildLeavesThePreviousReportWhole(@TempDir Path dir) throws IOException {
        Path results = new SweepFixture(dir).named("swap", "").axis("bins", 10, 20).seeds(1L, 2L)
                .outcomes((values, seed) -> SweepFixture.synthetic(values, seed, 8)).write();
        Report.build(results, "results/swap", FAST, clock("2025-11-25T06:00:00Z"));
        Map<String, byte[]> before = contents(results.resolve(Report.FOLDER));
        assertTrue(before.containsKey(Report.INDEX) && before.size() > 1, before.keySet().toString());

        IOException failure = assertThrows(IOException.class, () -> Report.build(results, "results/swap", FAST,
                clock("2025-11-26T06:00:00Z"), built -> {
                    assertTrue(Files.exists(built.resolve(Report.INDEX)), "the new report was built in full");
                    throw new IOException("No space left on device");
                }));
        assertEquals("No space left on device", failure.getMessage());
        Map<String, byte[]> after = contents(results.resolve(Report.FOLDER));
        assertEquals(before.keySet(), after.keySet());
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
        assertEquals(List.of(Report.FOLDER), reportFolders(results), "no temporary folder is left");

        Report.build(results, "results/swap", FAST, clock("2025-11-27T06:00:00Z"));
        assertTrue(Files.readString(results.resolve(Report.FOLDER).resolve(Report.INDEX)).contains("2025-11-27"));
        assertEquals(List.of(Report.FOLDER), reportFolders(results));
    }

    private static Clock clock(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    private static List<String> reportFolders(Path results) throws IOException {
        try (Stream<Path> files = Files.list(results)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith(Report.FOLDER))
                    .sorted().toList();
        }
    }

    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
