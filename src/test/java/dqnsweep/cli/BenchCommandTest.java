package dqnsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code dqn-sweep bench} refuses a section it does not have before measuring anything. */
class BenchCommandTest {

    @Test
    void unknownSectionIsRefusedWithTheKnownOnes() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));

        int exitCode = commandLine.execute("bench", "memory", "worker");

        assertEquals(ExitCodes.BAD_INPUT, exitCode, err.toString());
        assertTrue(err.toString().contains("unknown section 'worker'"), err.toString());
        assertTrue(err.toString().contains("calls, speed, tradeoff, memory, reference, curves, environments, workers, sweep-workers"), err.toString());
        assertEquals("", out.toString(), "nothing was measured");
    }
}
