package dqnsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Main.newCommandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void aFolderThatIsNotAResultsFolderIsBadInput() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "hello");
        assertEquals(ExitCodes.BAD_INPUT, run("report", dir.toString()));
        String message = err.toString().strip();
        assertTrue(message.startsWith("dqn-sweep: ") && message.contains("not a results folder"), message);
        assertEquals(1, message.lines().count(), "one line: " + message);
    }

    @Test
    void aMissingFolderOrBrokenSweepJsonIsBadInput() throws IOException {
        assertEquals(ExitCodes.BAD_INPUT, run("report", dir.resolve("nope").toString()));
        Files.writeString(dir.resolve("sweep.json"), "{ not json");
        assertEquals(ExitCodes.BAD_INPUT, run("report", dir.toString()));
        assertTrue(err.toString().contains("not valid JSON"), err.toString());
        assertEquals(ExitCodes.BAD_INPUT, run("report", "--bootstrap-reps", "5", dir.toString()));
    }

    @Test
    void buildsTheReportOfASweep() throws IOException {
        // a minimal results folder: one cell, one complete run
        Path run = Files.createDirectories(dir.resolve("cells/default/1"));
        Files.writeString(dir.resolve("sweep.json"), "{\"name\": \"tiny\", \"axes\": {}, \"seeds\": [1],"
                + " \"cells\": [{\"id\": \"default\", \"values\": {}}],"
                + " \"runs\": [{\"cell\": \"default\", \"seed\": 1, \"folder\": \"cells/default/1\", \"config\": {}}]}");
        Files.writeString(run.resolve("run.json"), "{\"status\": \"complete\", \"evaluation\": {\"mean_average_reward\": -1}}");
        Files.writeString(run.resolve("eval.csv"), "episode,steps,average_reward,return_200,upright_fraction,return\n"
                + "1,250,-1.5,-300.0,0.5,-375.0\n2,250,-0.5,-100.0,1.0,-125.0\n");
        Files.writeString(run.resolve("train.csv"), "iteration,env_steps,epsilon,average_reward,loss,elapsed_ms\n"
                + "1,250,1.0,-6.0,,10\n2,500,0.9,-5.0,0.5,20\n");
        assertEquals(ExitCodes.OK, run("report", "--bootstrap-reps", "200", dir.toString()), err.toString());
        assertTrue(out.toString().startsWith("report: "), out.toString());
        assertTrue(out.toString().contains("1 runs: 1 complete, 0 failed, 0 missing"), out.toString());
        assertTrue(Files.size(dir.resolve("report/index.html")) > 0);
        assertTrue(Files.readString(dir.resolve("aggregate.csv")).contains("default,1,0,0,0,-1.0,"));
    }
}
