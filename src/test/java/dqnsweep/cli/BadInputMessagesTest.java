package dqnsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dqnsweep.analysis.SweepFixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gives exit 2 and one line, capped and with control characters escaped; never a stack trace or a hang. */
class BadInputMessagesTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void evalCsvToAnUnwritablePathIsRefusedBeforeEvaluating(@TempDir Path dir) throws IOException {
        Path plain = Files.writeString(dir.resolve("plain"), "");
        assertEquals(ExitCodes.BAD_INPUT, execute("eval", "--model", dir.resolve("model.zip").toString(), "--csv",
                plain.resolve("eval.csv").toString()));
        assertOneLine("dqn-sweep: --csv " + plain.resolve("eval.csv") + ": cannot create or write output folder");
    }

    @Test
    void reportOnASummaryThatIsNotUtf8(@TempDir Path dir) throws IOException {
        Path results = new SweepFixture(dir).named("latin", "").axis("bins", 10).seeds(1L)
                .outcomes((values, seed) -> SweepFixture.synthetic(values, seed, 4)).write();
        Files.write(results.resolve("summary.csv"), new byte[] {'x', (byte) 0xe9, '\n'}, StandardOpenOption.APPEND);
        assertEquals(ExitCodes.BAD_INPUT, execute("report", results.toString()));
        assertOneLine("dqn-sweep: " + results.resolve("summary.csv") + " is not UTF-8 text");
    }

    @Test
    void planOfADeviceIsRefusedWithoutReadingIt() {
        assertEquals(ExitCodes.BAD_INPUT, assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> execute("plan", "/dev/zero")));
        assertOneLine("dqn-sweep: /dev/zero: is not a regular file");
    }

    @Test
    void planOfAFifoIsRefusedWithoutWaitingForAWriter(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("spec.yaml");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        assertEquals(ExitCodes.BAD_INPUT, assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> execute("plan", fifo.toString())));
        assertOneLine("dqn-sweep: " + fifo + ": is not a regular file");
    }

    @Test
    void controlCharactersOfASpecAreEscapedOnTheTerminal(@TempDir Path dir) throws IOException {
        Path spec = Files.writeString(dir.resolve("s.yaml"),
                "name: t\ndescription: \"red \\e[31m alert \\a\"\nbase:\n  algo: dqn\n");
        assertEquals(ExitCodes.OK, execute("plan", spec.toString()), err.toString());
        assertTrue(out.toString().contains("red \\x1b[31m alert \\x07"), out.toString());
        assertFalse(out.toString().contains("\u001b") || out.toString().contains("\u0007"));
        assertEquals(ExitCodes.BAD_INPUT, execute("plan", spec.toString(), "--set", "le\u001b[2Jarning=1"));
        assertOneLine("dqn-sweep: --set le\\x1b[2Jarning");
    }

    @Test
    void errorLinesAreCapped(@TempDir Path dir) throws IOException {
        Path spec = Files.writeString(dir.resolve("s.yaml"), "name: t\nbase:\n  algo: dqn\n");
        assertEquals(ExitCodes.BAD_INPUT, execute("plan", spec.toString(), "--set", "k".repeat(5000) + "=1"));
        assertOneLine("dqn-sweep: --set kkk");
        assertEquals(Terminal.MAX_LINE, err.toString().lines().findFirst().orElseThrow().length());
        assertTrue(err.toString().strip().endsWith("..."));
    }

    private int execute(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.newCommandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args);
    }

    private void assertOneLine(String prefix) {
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith(prefix), "expected " + prefix + "\ngot " + lines.get(0));
    }
}
