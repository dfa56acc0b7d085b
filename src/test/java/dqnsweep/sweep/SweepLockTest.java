package dqnsweep.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dqnsweep.cli.ExitCodes;
import dqnsweep.cli.Main;
import dqnsweep.io.SweepLock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One sweep per results folder and shard; the lock is held by another process, as a running sweep's is. */
class SweepLockTest {

    private static final Path SPEC = Path.of("src/test/resources/dqnsweep/sweep/tiny.yaml");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Process holder;

    @AfterEach
    void endHolder() {
        if (holder != null) {
            holder.destroyForcibly();
        }
    }

    @Test
    void aSecondSweepOfTheFolderIsRefusedNamingTheHolder(@TempDir Path dir) throws Exception {
        hold(dir, SweepLock.WHOLE);
        String[] owner = Files.readString(dir.resolve(SweepLock.WHOLE)).trim().split(" ");
        assertEquals(ExitCodes.BAD_INPUT, execute("sweep", SPEC.toString(), "--out", dir.toString()));
        assertOneLine(err.toString(), "is in use by another sweep (host " + owner[0] + ", PID " + holder.pid());
        assertTrue(Files.notExists(dir.resolve("sweep.json")), "nothing written");
    }

    @Test
    void reportAndMergeAreRefusedWhileASweepRuns(@TempDir Path dir) throws Exception {
        hold(dir, SweepLock.fileName("1/2"));
        assertEquals(ExitCodes.BAD_INPUT, execute("report", dir.toString()));
        assertOneLine(err.toString(), "report: a sweep is running on " + dir);
        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.BAD_INPUT, execute("merge", dir.resolve("merged").toString(), dir.toString()));
        assertOneLine(err.toString(), "merge: a sweep is running on " + dir);
    }

    @Test
    void shardsShareAFolderButNotWithTheWholeGrid(@TempDir Path dir) throws Exception {
        hold(dir, SweepLock.fileName("1/2"));
        assertEquals(ExitCodes.BAD_INPUT, execute("sweep", SPEC.toString(), "--out", dir.toString()));
        assertOneLine(err.toString(), "is in use by another sweep");
        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.BAD_INPUT, execute("sweep", SPEC.toString(), "--out", dir.toString(),
                "--shard", "1/2"));
        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.OK, execute("sweep", SPEC.toString(), "--out", dir.toString(), "--shard", "2/2"),
                err.toString());
        assertEquals("", Files.readString(dir.resolve(SweepLock.fileName("2/2"))), "released and emptied");
    }

    @Test
    void aShardIsRefusedWhileTheWholeGridRunsAndLeavesItsOwnLockFree(@TempDir Path dir) throws Exception {
        hold(dir, SweepLock.WHOLE);
        assertEquals(ExitCodes.BAD_INPUT, execute("sweep", SPEC.toString(), "--out", dir.toString(),
                "--shard", "2/2"));
        assertOneLine(err.toString(), "is in use by another sweep (host ");
        Path shardLock = dir.resolve(SweepLock.fileName("2/2"));
        assertTrue(!Files.exists(shardLock) || Files.readString(shardLock).isEmpty(), "not left claimed");
        try (SweepLock lock = SweepLock.acquire(dir, SweepLock.fileName("2/2"), false)) {
            assertTrue(lock.takenOver().isEmpty(), "nobody holds it");
        }
        assertFalse(Files.exists(dir.resolve("summary.csv")), "nothing run");
    }

    @Test
    void theLockOfADeadSweepOnThisHostIsTakenOver(@TempDir Path dir) throws Exception {
        hold(dir, SweepLock.WHOLE);
        long dead = holder.pid();
        holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        try (SweepLock lock = SweepLock.acquire(dir, SweepLock.WHOLE, false)) {
            assertEquals(Long.toString(dead), lock.takenOver().orElseThrow().pid());
            assertTrue(Files.readString(dir.resolve(SweepLock.WHOLE)).contains(" " + ProcessHandle.current().pid() + " "));
        }
    }

    @Test
    void aLockFileOfAnotherHostNeedsForce(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(SweepLock.WHOLE), "elsewhere.example 4242 2026-01-01T00:00:00Z\n");
        assertEquals(ExitCodes.BAD_INPUT, execute("sweep", SPEC.toString(), "--out", dir.toString()));
        assertOneLine(err.toString(), "of a sweep on another host (host elsewhere.example, PID 4242");
        assertTrue(err.toString().contains("add --force"), err.toString());
        try (SweepLock lock = SweepLock.acquire(dir, SweepLock.WHOLE, true)) {
            assertEquals("4242", lock.takenOver().orElseThrow().pid());
        }
    }

    private void hold(Path dir, String name) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolderProcess.class.getName(), dir.toString(), name).redirectErrorStream(true).start();
        BufferedReader reader = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8));
        assertEquals("locked", reader.readLine());
    }

    private int execute(String... args) {
        return Main.newCommandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args);
    }

    private static void assertOneLine(String text, String expected) {
        List<String> lines = text.lines().toList();
        assertEquals(1, lines.size(), text);
        assertTrue(lines.get(0).startsWith("dqn-sweep: "), text);
        assertTrue(lines.get(0).contains(expected), text);
    }
}
