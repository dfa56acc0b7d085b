package dqnsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dqnsweep.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * run.json records the size and SHA-256 of every other file of its run; report, resume and merge
 * check them. A run whose files do not match is corrupt: not scored, shown with its reason, redone
 * on resume. CsvTable already refuses a row cut short; a file cut at a row boundary, or a number
 * edited, is only caught by the checksum.
 */
class IntegrityTest {

    private static final String CUT = "cells/bins=10_iterations=20/1";
    private static final String EDITED = "cells/bins=20_iterations=40/2";

    @TempDir
    static Path dir;
    private static Path whole;

    @BeforeAll
    static void sweep() {
        whole = dir.resolve("whole");
        SweepResults cli = new SweepResults();
        assertEquals(ExitCodes.OK, cli.sweep(whole), cli.err.toString());
    }

    @Test
    void theReportDoesNotScoreAnEvalCsvCutAtARowBoundaryOrEdited() throws IOException {
        Path results = copy(whole, dir.resolve("report"));
        cutLastRow(results.resolve(CUT).resolve("eval.csv"));
        editFirstScore(results.resolve(EDITED).resolve("eval.csv"));
        SweepResults cli = new SweepResults();
        assertEquals(ExitCodes.OK, cli.execute(List.of("report", "--bootstrap-reps", "200", results.toString())),
                cli.err.toString());
        String out = cli.out.toString();
        assertTrue(out.contains("8 runs: 6 complete, 0 failed, 2 corrupt, 0 missing"), out);
        assertTrue(out.contains("bins=10_iterations=20 seed 1") && out.contains("eval.csv"), out);
        for (String run : List.of(CUT, EDITED)) {
            List<String> row = summaryRow(results, run);
            assertTrue(row.contains("corrupt"), row.toString());
            assertTrue(String.join(",", row).contains("eval.csv"), row.toString());
        }
        assertTrue(summaryRow(results, "cells/bins=10_iterations=20/2").contains("complete"));
        String aggregate = Files.readString(results.resolve("aggregate.csv"));
        assertTrue(aggregate.contains("bins=10_iterations=20,10,20,1,0,0,1,"), aggregate);
        String html = Files.readString(results.resolve("report/index.html"));
        assertTrue(html.contains("status-corrupt"), "the report lists the corrupt runs");
    }

    @Test
    void resumeRedoesACorruptRun() throws IOException {
        Path results = copy(whole, dir.resolve("resume"));
        editFirstScore(results.resolve(EDITED).resolve("eval.csv"));
        SweepResults cli = new SweepResults();
        assertEquals(ExitCodes.OK, cli.sweep(results), cli.err.toString());
        assertTrue(cli.err.toString().contains("1 runs to do"), cli.err.toString());
        assertTrue(cli.err.toString().contains("does not match the checksums in its run.json"), cli.err.toString());
        assertEquals(Files.readString(whole.resolve(EDITED).resolve("eval.csv")),
                Files.readString(results.resolve(EDITED).resolve("eval.csv")));
        assertTrue(summaryRow(results, EDITED).contains("complete"));
    }

    @Test
    void mergeTakesTheIntactCopyAndMarksARunWithOnlyACorruptOne() throws IOException {
        Path damaged = copy(whole, dir.resolve("damaged"));
        cutLastRow(damaged.resolve(CUT).resolve("eval.csv"));
        SweepResults cli = new SweepResults();
        Path merged = dir.resolve("merged");
        assertEquals(ExitCodes.OK, cli.execute(List.of("merge", merged.toString(), damaged.toString(),
                whole.toString())), cli.err.toString());
        SweepResults.assertSameResults(whole, merged);
        Path alone = dir.resolve("merged-alone");
        assertEquals(ExitCodes.RUN_FAILED, cli.execute(List.of("merge", alone.toString(), damaged.toString())));
        assertTrue(cli.out.toString().contains("merge: 8 runs: 7 complete, 0 failed, 1 corrupt, 0 missing"),
                cli.out.toString());
        assertTrue(summaryRow(alone, CUT).contains("corrupt"));
    }

    @Test
    void runsWrittenBeforeChecksumsAreReadAsBeforeAndSaySo() throws IOException {
        Path results = copy(whole, dir.resolve("legacy"));
        for (Path runJson : files(results, "run.json")) {
            ObjectNode run = (ObjectNode) Json.MAPPER.readTree(runJson.toFile());
            assertTrue(run.has("files"), runJson + " records its files");
            run.remove("files");
            Files.writeString(runJson, Json.MAPPER.writeValueAsString(run));
        }
        SweepResults cli = new SweepResults();
        assertEquals(ExitCodes.OK, cli.execute(List.of("report", "--bootstrap-reps", "200", results.toString())),
                cli.err.toString());
        assertTrue(cli.out.toString().contains("8 runs: 8 complete, 0 failed, 0 missing"), cli.out.toString());
        assertTrue(cli.out.toString().contains("8 runs predate checksums"), cli.out.toString());
        assertEquals(ExitCodes.OK, cli.sweep(results), cli.err.toString());
        assertTrue(cli.err.toString().contains("8 already complete"), cli.err.toString());
    }

    /** Keeps whole rows only: the file still parses, with one episode fewer. */
    private static void cutLastRow(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        Files.writeString(csv, String.join("\n", lines.subList(0, lines.size() - 1)) + "\n");
    }

    private static void editFirstScore(Path csv) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(csv));
        String[] fields = lines.get(1).split(",", -1);
        fields[2] = "-0.5";
        lines.set(1, String.join(",", fields));
        Files.writeString(csv, String.join("\n", lines) + "\n");
    }

    private static List<String> summaryRow(Path results, String run) throws IOException {
        String[] parts = run.split("/");
        return SweepResults.table(results.resolve("summary.csv")).stream()
                .filter(row -> row.get(0).equals(parts[1]) && row.get(1).equals(parts[2])).findFirst().orElseThrow();
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return to;
    }

    private static List<Path> files(Path root, String name) throws IOException {
        try (Stream<Path> paths = Files.walk(root.resolve("cells"))) {
            List<Path> found = paths.filter(p -> p.getFileName().toString().equals(name)).toList();
            assertFalse(found.isEmpty());
            return found;
        }
    }
}
