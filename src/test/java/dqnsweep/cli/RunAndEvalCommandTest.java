package dqnsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunAndEvalCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void runThenEvalReportsTheSameScore(@TempDir Path dir) throws Exception {
        Path runDir = dir.resolve("run");
        int code = execute("run", "--iterations", "2", "--seed", "3", "--out", runDir.toString(),
                "--set", "steps_per_sequence=50", "--set", "learning_starts=20", "--set", "eval_episodes=5");
        assertEquals(ExitCodes.OK, code, err.toString());
        assertTrue(out.toString().contains("evaluation over 5 episodes"));
        String runScore = Files.readString(runDir.resolve("run.json"));
        assertTrue(runScore.contains("\"status\" : \"complete\""));
        out.getBuffer().setLength(0);
        Path csv = dir.resolve("again.csv");
        assertEquals(ExitCodes.OK, execute("eval", "--model", runDir.resolve("model.zip").toString(), "--csv",
                csv.toString()), err.toString());
        // Same model, same evaluation start states: the same episodes, bit for bit.
        assertEquals(Files.readString(runDir.resolve("eval.csv")), Files.readString(csv));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--bins=1", "--iterations=0", "--env=lunarlander", "--algo=ppo", "--set=gama=0.9",
        "--set=gamma=1.5", "--set=batch_size=2.5", "--set=parallel_envs=0"})
    void impossibleSettingsExitWithCodeTwoAndWriteNothing(String option, @TempDir Path dir) {
        Path runDir = dir.resolve("run");
        assertEquals(ExitCodes.BAD_INPUT, execute("run", option, "--out", runDir.toString()));
        assertFalse(Files.exists(runDir));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }

    @Test
    void missingOrCorruptModelIsBadInput(@TempDir Path dir) throws Exception {
        assertEquals(ExitCodes.BAD_INPUT, execute("eval", "--model", dir.resolve("none.zip").toString()));
        Path corrupt = Files.writeString(dir.resolve("corrupt.zip"), "not a zip");
        assertEquals(ExitCodes.BAD_INPUT, execute("eval", "--model", corrupt.toString()));
        assertTrue(err.toString().contains("corrupt.zip"));
    }

    @Test
    void unwritableOutputFolderIsBadInput(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertEquals(ExitCodes.BAD_INPUT, execute("run", "--out", file.resolve("sub").toString()));
    }

    private int execute(String... args) {
        var commandLine = Main.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
