package dqnsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify} re-runs finished runs and compares their files: the quick spec's results verify,
 * and an edited eval.csv is found and named.
 */
class VerifyCommandTest {

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
    void everyRunOfTheQuickSpecIsReproducedIdentically() {
        SweepResults cli = new SweepResults();
        assertEquals(ExitCodes.OK, cli.execute(List.of("verify", whole.toString(), "--all")), cli.err + "" + cli.out);
        String out = cli.out.toString();
        assertEquals(8, out.lines().filter(line -> line.endsWith(": identical")).count(), out);
        assertTrue(out.contains("verify: 8 of 8 runs identical"), out);
        assertTrue(out.contains("original: dqn-sweep") && out.contains("re-run: dqn-sweep"), out);
    }

    @Test
    void anEditedEvalCsvIsFoundAndNamed() throws IOException {
        Path results = IntegrityTest.copy(whole, dir.resolve("edited"));
        Path eval = results.resolve("cells/bins=20_iterations=20/2/eval.csv");
        Files.writeString(eval, Files.readString(eval).replaceFirst(",-", ",-1"));
        SweepResults cli = new SweepResults();
        assertEquals(ExitCodes.RUN_FAILED, cli.execute(List.of("verify", results.toString(), "--all")),
                cli.err + "" + cli.out);
        String out = cli.out.toString();
        assertTrue(out.contains("cells/bins=20_iterations=20/2: different: eval.csv"), out);
        assertEquals(7, out.lines().filter(line -> line.endsWith(": identical")).count(), out);
        assertTrue(out.contains("verify: 1 of 8 runs different: cells/bins=20_iterations=20/2"), out);
    }

    @Test
    void aCorruptRunOutsideTheSampleIsFoundByItsChecksums() throws IOException {
        Path results = IntegrityTest.copy(whole, dir.resolve("corrupt"));
        Path eval = results.resolve("cells/bins=20_iterations=40/1/eval.csv");
        Files.writeString(eval, Files.readString(eval).replaceFirst(",-", ",-1"));
        SweepResults cli = new SweepResults();
        assertEquals(ExitCodes.RUN_FAILED, cli.execute(List.of("verify", results.toString(), "--sample", "1")),
                cli.err + "" + cli.out);
        String out = cli.out.toString();
        assertTrue(out.contains("cells/bins=20_iterations=40/1: corrupt, not run again: eval.csv ("), out);
        assertTrue(out.contains("does not match the checksums in its run.json"), out);
        assertTrue(out.contains("verify: 1 of 2 runs different: cells/bins=20_iterations=40/1"), out);
    }

    @Test
    void bySampleOneRunPerCell() {
        SweepResults cli = new SweepResults();
        assertEquals(ExitCodes.OK, cli.execute(List.of("verify", whole.toString())), cli.err + "" + cli.out);
        assertEquals(4, cli.out.toString().lines().filter(line -> line.endsWith(": identical")).count(),
                cli.out.toString());
        SweepResults two = new SweepResults();
        assertEquals(ExitCodes.OK, two.execute(List.of("verify", whole.toString(), "--sample", "2")),
                two.err + "" + two.out);
        assertEquals(2, two.out.toString().lines().filter(line -> line.endsWith(": identical")).count());
    }

    @Test
    void aFolderThatIsNotAResultsFolderIsBadInput() throws IOException {
        SweepResults cli = new SweepResults();
        Path notResults = Files.createDirectories(dir.resolve("not-results"));
        assertEquals(ExitCodes.BAD_INPUT, cli.execute(List.of("verify", notResults.toString())));
        assertEquals(1, cli.err.toString().strip().lines().count(), cli.err.toString());
        assertEquals(ExitCodes.BAD_INPUT, cli.execute(List.of("verify", whole.toString(), "--sample", "0")));
    }
}
