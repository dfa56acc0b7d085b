package dqnsweep.sweep;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What verify sets aside when it compares a run's files: timing and the machine, nothing else. */
class VerifyTest {

    @TempDir
    Path dir;

    @Test
    void runJsonIsComparedWithTimingMachineAndChecksumsAside() throws IOException {
        Path a = write("a/run.json", "{\"status\": \"complete\", \"versions\": {\"dqn_sweep\": \"1\"},"
                + " \"machine\": {\"cpu\": \"A\"}, \"training\": {\"env_steps\": 500, \"train_seconds\": 1.5,"
                + " \"steps_per_second\": 333.3}, \"wall_seconds\": 2.0, \"finished_at\": \"2026-01-01\","
                + " \"files\": {\"train.csv\": {\"bytes\": 10, \"sha256\": \"aa\"}}}");
        Path b = write("b/run.json", "{\"status\": \"complete\", \"versions\": {\"dqn_sweep\": \"1\"},"
                + " \"machine\": {\"cpu\": \"B\"}, \"training\": {\"env_steps\": 500, \"train_seconds\": 9.5,"
                + " \"steps_per_second\": 52.6}, \"wall_seconds\": 9.9, \"finished_at\": \"2026-02-02\","
                + " \"files\": {\"train.csv\": {\"bytes\": 11, \"sha256\": \"bb\"}}}");
        assertTrue(Verify.same(a, b));
        Path other = write("c/run.json", Files.readString(b).replace("\"env_steps\": 500", "\"env_steps\": 501"));
        assertFalse(Verify.same(a, other));
        Path version = write("d/run.json", Files.readString(b).replace("\"dqn_sweep\": \"1\"", "\"dqn_sweep\": \"2\""));
        assertFalse(Verify.same(a, version), "versions are compared");
    }

    @Test
    void csvFilesAreComparedByteForByteButForTimingColumns() throws IOException {
        Path a = write("a/train.csv", "iteration,loss,elapsed_ms\n1,0.5,10\n2,0.25,20\n");
        assertTrue(Verify.same(a, write("b/train.csv", "iteration,loss,elapsed_ms\n1,0.5,13\n2,0.25,31\n")));
        assertFalse(Verify.same(a, write("c/train.csv", "iteration,loss,elapsed_ms\n1,0.5,10\n2,0.26,20\n")));
        assertFalse(Verify.same(a, write("d/train.csv", "iteration,loss,elapsed_ms\n1,0.5,10\n")));
        Path eval = write("a/eval.csv", "episode,average_reward\n1,-0.5\n");
        assertFalse(Verify.same(eval, write("b/eval.csv", "episode,average_reward\n1,-0.50\n")), "byte for byte");
        assertTrue(Verify.same(dir.resolve("none/eval.csv"), dir.resolve("neither/eval.csv")));
        assertFalse(Verify.same(eval, dir.resolve("none/eval.csv")));
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
