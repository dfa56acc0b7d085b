package dqnsweep.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dqnsweep.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real sweep in its own process tree (launcher, tuned coordinator, two workers), killed while
 * its workers train: every process of the tree must be gone within 3 s, whether the launcher is
 * killed outright (nothing can run in it) or asked to stop with SIGTERM.
 */
class ProcessLifecycleTest {

    private static final Path SPEC = Path.of("src/test/resources/dqnsweep/sweep/long.yaml");

    @Test
    void killingTheLauncherEndsTheWholeTree(@TempDir Path dir) throws Exception {
        Process launcher = start(dir);
        List<ProcessHandle> tree = awaitWorkers(launcher);
        launcher.destroyForcibly();
        assertAllGone(tree);
    }

    @Test
    void sigtermToTheLauncherStopsTheSweepAndSaysSoLast(@TempDir Path dir) throws Exception {
        Process launcher = start(dir);
        List<ProcessHandle> tree = awaitWorkers(launcher);
        launcher.destroy();
        assertAllGone(tree);
        assertTrue(launcher.waitFor(3, TimeUnit.SECONDS));
        assertEquals(143, launcher.exitValue());
        List<String> log = Files.readAllLines(dir.resolve("log.txt"), StandardCharsets.UTF_8);
        assertTrue(log.get(log.size() - 1).startsWith("dqn-sweep: interrupted."), String.join("\n", log));
        // A run cut short is the sweep's doing: no run records a failure for it.
        try (var files = Files.walk(dir.resolve("out"))) {
            assertEquals(List.of(), files.filter(file -> file.endsWith("error.txt")).toList());
        }
    }

    private static Process start(Path dir) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "sweep",
                SPEC.toString(), "--out", dir.resolve("out").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
    }

    /** The launcher's whole tree once both workers run (coordinator, two workers, perhaps taskset). */
    private static List<ProcessHandle> awaitWorkers(Process launcher) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            // By count: a worker's command line is too long for ProcessHandle.Info to hold it all.
            if (launcher.descendants().count() >= 3) {
                Thread.sleep(1000); // into their first runs
                return launcher.descendants().toList();
            }
            assertTrue(launcher.isAlive(), "the sweep ended before its workers started");
            Thread.sleep(100);
        }
        throw new AssertionError("the workers did not start within 60 s");
    }

    private static void assertAllGone(List<ProcessHandle> tree) throws InterruptedException {
        assertTrue(tree.size() >= 3, "coordinator and two workers expected, got " + tree);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (System.nanoTime() < deadline && tree.stream().anyMatch(ProcessHandle::isAlive)) {
            Thread.sleep(50);
        }
        List<ProcessHandle> alive = tree.stream().filter(ProcessHandle::isAlive).toList();
        alive.forEach(ProcessHandle::destroyForcibly);
        assertEquals(List.of(), alive.stream().map(p -> p.pid() + " " + p.info().commandLine().orElse(""))
                .toList(), "processes still alive 3 s after the launcher was stopped");
    }

}
