package dqnsweep.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dqnsweep.agent.ConfigTestSupport;
import dqnsweep.config.RunConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunBundleTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void aBundleCarriesTheSameFilesAsARunInAFolder(@TempDir Path dir) throws Exception {
        RunConfig config = ConfigTestSupport.tinyDqn(2);
        new RunExecutor(FIXED).execute(config, dir.resolve("direct"), TrainingProgress.NONE);
        RunBundle bundle = roundTrip(RunBundle.compute(config, FIXED));
        assertNull(bundle.failure());
        Path installed = dir.resolve("installed");
        assertTrue(bundle.install(installed).complete());
        for (String name : List.of("eval.csv", "trajectory.csv", "policy.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("direct").resolve(name)),
                    Files.readAllBytes(installed.resolve(name)), name);
        }
        assertEquals(ConfigHash.of(config), RunExecutor.readSummary(installed).configHash());
    }

    @Test
    void installingTwiceOrOverAFailedAttemptLeavesOneCleanRun(@TempDir Path dir) throws Exception {
        RunConfig config = ConfigTestSupport.tinyDqn(2);
        Path folder = dir.resolve("run");
        RunBundle.failed(config, "Spark task failed: lost executor", "details", FIXED).install(folder);
        assertFalse(RunExecutor.readSummary(folder).complete());
        assertTrue(Files.exists(folder.resolve(RunOutputs.ERROR)));
        RunBundle bundle = RunBundle.compute(config, FIXED);
        bundle.install(folder);
        bundle.install(folder);
        assertTrue(RunExecutor.readSummary(folder).complete());
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("eval.csv", "eval_curve.csv", "model.zip", "policy.csv", "run.json", "train.csv", "trajectory.csv",
                    "worst_episodes.csv"),
                    names, "no error.txt left from the failed attempt, no temporary files");
        }
    }

    @Test
    void aBundleDamagedOnTheWayIsRefusedAndTheRecordedFilesCheckOut(@TempDir Path dir) throws Exception {
        RunConfig config = ConfigTestSupport.tinyDqn(3);
        RunBundle bundle = RunBundle.compute(config, FIXED);
        RunSummary summary = bundle.install(dir.resolve("intact"));
        assertEquals(RunOutputs.CHECKED, List.copyOf(summary.files().keySet()));
        assertTrue(RunIntegrity.problem(dir.resolve("intact"), summary).isEmpty());
        TreeMap<String, byte[]> files = new TreeMap<>(bundle.files());
        byte[] eval = files.get(RunOutputs.EVAL).clone();
        eval[eval.length - 2] ^= 1;
        files.put(RunOutputs.EVAL, eval);
        RunBundle damaged = new RunBundle(bundle.configHash(), files, null);
        IOException e = assertThrows(IOException.class, () -> damaged.install(dir.resolve("damaged")));
        assertTrue(e.getMessage().contains("eval.csv"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("damaged").resolve(RunOutputs.SUMMARY)));
    }

    private static RunBundle roundTrip(RunBundle bundle) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(bundle);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            RunBundle copy = (RunBundle) in.readObject();
            assertEquals(bundle, copy);
            return copy;
        }
    }
}
