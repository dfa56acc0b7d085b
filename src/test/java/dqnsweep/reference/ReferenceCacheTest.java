package dqnsweep.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dqnsweep.sim.EnvName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceCacheTest {

    private static final ReferenceKey KEY = new ReferenceKey(EnvName.PENDULUM, 20, 2, 20211125L, 12, 250);

    @TempDir
    Path folder;

    @Test
    void missComputesAndWritesHitReadsWithoutComputing() throws IOException {
        FakeSource first = new FakeSource(0);
        Reference computed = new ReferenceCache(folder, first).get(KEY).orElseThrow();
        assertEquals(1, first.computations.get());
        Path file = new ReferenceCache(folder, first).file(KEY);
        assertEquals("pendulum_bins20_skip2_seed20211125_episodes12_steps250_fake1_csv1.csv",
                file.getFileName().toString());
        assertTrue(Files.isRegularFile(file));

        FakeSource second = new FakeSource(0);
        Reference cached = new ReferenceCache(folder, second).get(KEY).orElseThrow();
        assertEquals(0, second.computations.get());
        assertEquals(computed, cached);
        assertEquals(FakeSource.reference(KEY), cached);
    }

    @Test
    void otherKeysGetFilesOfTheirOwn() throws IOException {
        FakeSource source = new FakeSource(0);
        ReferenceCache cache = new ReferenceCache(folder, source);
        ReferenceKey other = new ReferenceKey(EnvName.PENDULUM_V1, 20, 2, 20211125L, 12, 250);
        assertEquals(KEY, cache.get(KEY).orElseThrow().key());
        assertEquals(other, cache.get(other).orElseThrow().key());
        assertEquals(2, source.computations.get());
        assertEquals(2, csvFiles().size());
    }

    @Test
    void truncatedOrDamagedFilesAreRecomputed() throws IOException {
        FakeSource source = new FakeSource(0);
        ReferenceCache cache = new ReferenceCache(folder, source);
        cache.get(KEY);
        Path file = cache.file(KEY);
        String whole = Files.readString(file);
        List<String> damaged = List.of(
                whole.substring(0, whole.length() - 1), // cut inside the last row
                whole.substring(0, whole.lastIndexOf('\n', whole.length() - 2) + 1), // last row missing
                "", whole.replace("-6.0", "x6.0"), whole.replaceFirst("episode", "episodes"));
        int expected = 1;
        for (String text : damaged) {
            Files.writeString(file, text);
            assertEquals(FakeSource.reference(KEY), cache.get(KEY).orElseThrow());
            assertEquals(++expected, source.computations.get());
            assertEquals(whole, Files.readString(file));
        }
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertEquals(FakeSource.reference(KEY), cache.get(KEY).orElseThrow());
        assertEquals(++expected, source.computations.get());
    }

    @Test
    void environmentsWithoutReferenceLeaveTheFolderAlone() throws IOException {
        FakeSource source = new FakeSource(0);
        Path nested = folder.resolve("not-yet");
        ReferenceKey cartPole = new ReferenceKey(EnvName.CARTPOLE, 2, 1, 1, 5, 500);
        assertTrue(new ReferenceCache(nested, source).get(cartPole).isEmpty());
        assertEquals(0, source.computations.get());
        assertFalse(Files.exists(nested));
    }

    @Test
    void twoThreadsFillingOneKeyComputeOnce() throws Exception {
        FakeSource source = new FakeSource(300);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Reference>> results = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                // separate cache objects, as two independent callers would have
                ReferenceCache cache = new ReferenceCache(folder, source);
                results.add(pool.submit(() -> {
                    start.await();
                    return cache.get(KEY).orElseThrow();
                }));
            }
            start.countDown();
            assertEquals(results.get(0).get(30, TimeUnit.SECONDS), results.get(1).get(30, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, source.computations.get());
        assertEquals(1, csvFiles().size());
        assertEquals(0, leftovers());
    }

    @Test
    void twoProcessesFillingOneKeyComputeOnce() throws Exception {
        Path cache = Files.createDirectory(folder.resolve("cache"));
        Path computations = folder.resolve("computations.txt");
        Path started = Files.createDirectory(folder.resolve("started"));
        List<Process> processes = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CacheFillProcess.class.getName(), cache.toString(),
                    computations.toString(), started.toString(), "2").redirectErrorStream(true).start());
        }
        List<String> outputs = new ArrayList<>();
        for (Process process : processes) {
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "process did not finish");
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertEquals(0, process.exitValue(), output);
            outputs.add(output);
        }
        assertEquals(outputs.get(0), outputs.get(1));
        assertEquals(Double.toString(FakeSource.reference(CacheFillProcess.KEY).meanOptimalAverageReward()),
                outputs.get(0));
        assertEquals(1, Files.readAllLines(computations).size());
        try (Stream<Path> files = Files.list(cache)) {
            assertEquals(1, files.filter(file -> file.toString().endsWith(".csv")).count());
        }
    }

    private List<Path> csvFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".csv")).toList();
        }
    }

    private long leftovers() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".tmp")).count();
        }
    }
}
