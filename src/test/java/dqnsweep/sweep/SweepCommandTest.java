package dqnsweep.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dqnsweep.cli.ExitCodes;
import dqnsweep.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {

    private static final Path SPEC = Path.of("src/test/resources/dqnsweep/sweep/tiny.yaml");
    /** summary.csv columns that hold wall-clock time. */
    private static final List<String> TIMING = List.of("train_seconds", "wall_seconds", "steps_per_second");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void resultsAreTheSameWithOneOrTwoWorkers(@TempDir Path dir) throws Exception {
        assertEquals(ExitCodes.OK, sweep(dir.resolve("one"), "--workers", "1"), err.toString());
        assertEquals(ExitCodes.OK, sweep(dir.resolve("two"), "--workers", "2"), err.toString());
        assertEquals(withoutTiming(dir.resolve("one/summary.csv")), withoutTiming(dir.resolve("two/summary.csv")));
        for (Path eval : evalFiles(dir.resolve("one"))) {
            Path other = dir.resolve("two").resolve(dir.resolve("one").relativize(eval));
            assertEquals(Files.readString(eval), Files.readString(other), eval.toString());
        }
        List<String> summary = Files.readAllLines(dir.resolve("one/summary.csv"));
        assertEquals(5, summary.size());
        assertTrue(summary.get(0).startsWith("cell,seed,bins,status,eval_score,eval_average_reward"));
        assertTrue(summary.stream().skip(1).allMatch(line -> line.contains(",complete,")));
        assertTrue(Files.exists(dir.resolve("one/aggregate.csv")));
        assertTrue(Files.readString(dir.resolve("one/sweep.json")).contains("\"finished_at\""));
    }

    @Test
    void rerunningResumesOnlyWhatIsIncompleteWithIdenticalResults(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("r");
        assertEquals(ExitCodes.OK, sweep(root));
        String before = withoutTiming(root.resolve("summary.csv"));
        Path redo = root.resolve("cells/bins=5/2");
        String evalBefore = Files.readString(redo.resolve("eval.csv"));
        Path kept = root.resolve("cells/bins=3/1/run.json");
        String keptBefore = Files.readString(kept);
        // As after a kill: the run's summary never got written.
        Files.delete(redo.resolve("run.json"));
        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.OK, sweep(root));
        assertTrue(err.toString().contains("1 runs to do"), err.toString());
        assertTrue(err.toString().contains("3 already complete"), err.toString());
        assertEquals(keptBefore, Files.readString(kept), "complete runs are not redone");
        assertEquals(evalBefore, Files.readString(redo.resolve("eval.csv")));
        assertEquals(before, withoutTiming(root.resolve("summary.csv")));
    }

    @Test
    void changedSettingsRedoTheRuns(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("r");
        assertEquals(ExitCodes.OK, sweep(root));
        String eval = Files.readString(root.resolve("cells/bins=3/1/eval.csv"));
        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.OK, sweep(root, "--set", "eval_steps=70"));
        assertTrue(err.toString().contains("4 runs to do"), err.toString());
        assertTrue(err.toString().contains("sweep: 4 finished runs here were made with other settings or by an "
                + "earlier dqn-sweep (another configuration hash): done again"), err.toString());
        assertNotEquals(eval, Files.readString(root.resolve("cells/bins=3/1/eval.csv")));
    }

    @Test
    void aFailedRunIsRecordedAndTheOthersGoOn(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("r");
        // A file where the run's folder should be: that run cannot write its outputs.
        Files.createDirectories(root.resolve("cells/bins=5"));
        Files.writeString(root.resolve("cells/bins=5/1"), "in the way");
        assertEquals(ExitCodes.RUN_FAILED, sweep(root));
        List<String> summary = Files.readAllLines(root.resolve("summary.csv"));
        assertEquals(3, summary.stream().filter(line -> line.contains(",complete,")).count());
        assertTrue(summary.stream().anyMatch(line -> line.startsWith("bins=5,1,5,missing")), summary.toString());
        assertTrue(out.toString().contains("FAILED bins=5 seed 1"), out.toString());
    }

    @Test
    void onlyRunsTheSelectedCells(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("r");
        assertEquals(ExitCodes.OK, sweep(root, "--only", "bins=3"));
        assertTrue(Files.exists(root.resolve("cells/bins=3/2/run.json")));
        assertFalse(Files.exists(root.resolve("cells/bins=5")));
    }

    @Test
    void badSpecIsBadInputAndWritesNothing(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("bad.yaml"), "name: bad\ngrid:\n  bins: [1, 20]\nseeds: 1\n");
        Path root = dir.resolve("r");
        assertEquals(ExitCodes.BAD_INPUT, execute("sweep", spec.toString(), "--out", root.toString()));
        assertTrue(err.toString().contains("bad.yaml:3:"), err.toString());
        assertFalse(Files.exists(root));
    }

    private int sweep(Path root, String... options) {
        List<String> args = new ArrayList<>(List.of("sweep", SPEC.toString(), "--out", root.toString()));
        args.addAll(List.of(options));
        return execute(args.toArray(String[]::new));
    }

    private int execute(String... args) {
        var commandLine = Main.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static String withoutTiming(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.get(0).split(",", -1));
        StringBuilder kept = new StringBuilder();
        for (String line : lines) {
            String[] cells = line.split(",", -1);
            for (int i = 0; i < cells.length; i++) {
                if (!TIMING.contains(header.get(i))) {
                    kept.append(cells[i]).append(',');
                }
            }
            kept.append('\n');
        }
        return kept.toString();
    }

    private static List<Path> evalFiles(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().equals("eval.csv")).sorted().toList();
        }
    }
}
