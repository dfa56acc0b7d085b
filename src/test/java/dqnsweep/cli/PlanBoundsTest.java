package dqnsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dqnsweep.config.ResourceBounds;
import dqnsweep.jvm.TunedJvm;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Settings a worker cannot hold are refused by {@code plan} before any work, in one located line
 * (the examples: each of these passed plan with exit 0, then killed every run).
 */
class PlanBoundsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "layer1_units: 2000000000 | 4:17 | base.layer1_units: layer1_units too large",
            "iterations: 2147483647 | 4:15 | base.iterations: iterations too large",
            "replay_capacity: 2147483647 | 4:20 | base.replay_capacity: replay_capacity must be at most",
            "eval_episodes: 2147483647 | 4:18 | base.eval_episodes: eval_episodes too large",
            "eval_steps: 2147483647 | 4:15 | base.eval_steps: eval_steps too large",
            "gradient_steps: 2000000000 | 4:19 | base.gradient_steps: gradient_steps too large",
            "total_steps: 9223372036854775807 | 4:16 | base.total_steps: total_steps too large",
            "layer1_units: 100000;layer2_units: 100000 | 4:17 | base.layer1_units: layer1_units too large"})
    void aSettingNoWorkerCanHoldIsRefusedAtItsLocation(String setting, String location, String message,
            @TempDir Path dir) throws IOException {
        Path spec = write(dir, "name: t\nbase:\n  algo: dqn\n  " + setting.replace(";", "\n  ") + "\n");
        assertEquals(ExitCodes.BAD_INPUT, plan(spec.toString()));
        assertOneLine("dqn-sweep: " + spec + ":" + location + ": " + message);
    }

    @Test
    void aRunOfMoreThanThirtyDaysIsRefusedUnlessForced(@TempDir Path dir) throws IOException {
        Path spec = write(dir, "name: t\nbase:\n  algo: dqn\n  steps_per_sequence: 1_000_000\n"
                + "  total_steps: 2_000_000_000_000\n");
        assertEquals(ExitCodes.BAD_INPUT, plan(spec.toString()));
        assertOneLine("dqn-sweep: " + spec + ":5:16: base.total_steps: total_steps makes a run of an estimated 39 days");
        assertTrue(err.toString().contains("add --force"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.OK, plan(spec.toString(), "--force"), err.toString());
    }

    @Test
    void anOutputFolderThatCannotBeCreatedIsRefusedAtPlanTime(@TempDir Path dir) throws IOException {
        Path spec = write(dir, "name: t\nout: /proc/x\nbase:\n  algo: dqn\n");
        assertEquals(ExitCodes.BAD_INPUT, plan(spec.toString()));
        assertOneLine("dqn-sweep: " + spec + ":2:6: out: cannot create or write output folder /proc/x");
        Path fine = write(dir, "name: t\nout: " + dir.resolve("a/b") + "\nbase:\n  algo: dqn\n");
        assertEquals(ExitCodes.OK, plan(fine.toString()), err.toString());
        assertTrue(Files.notExists(dir.resolve("a")), "plan leaves nothing behind");
    }

    @Test
    void theBoundsAreTheTunedJvmsLimits() {
        assertTrue(TunedJvm.FLAGS.contains("-Xmx" + (ResourceBounds.HEAP_BYTES >> 20) + "m"));
        assertTrue(TunedJvm.FLAGS.contains("-Dorg.bytedeco.javacpp.maxbytes=" + (ResourceBounds.OFF_HEAP_BYTES >> 30)
                + "g"));
    }

    private static Path write(Path dir, String text) throws IOException {
        Path file = Files.createTempFile(dir, "spec", ".yaml");
        Files.writeString(file, text);
        return file;
    }

    private int plan(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "plan";
        System.arraycopy(args, 0, full, 1, args.length);
        return Main.newCommandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(full);
    }

    private void assertOneLine(String prefix) {
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith(prefix), "expected " + prefix + "\ngot " + lines.get(0));
    }
}
