package dqnsweep.reference;

import dqnsweep.sim.EnvName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A JVM of its own for {@link ReferenceCacheTest}: fills the test key's entry in folder
 * {@code args[0]}, appends its pid to file {@code args[1]} when it computes, and prints the mean
 * optimal score. It announces itself with a file in folder {@code args[2]}, and a computation first
 * waits until {@code args[3]} processes have, so that the processes really do overlap.
 */
public final class CacheFillProcess {

    static final ReferenceKey KEY = new ReferenceKey(EnvName.PENDULUM, 20, 2, 7, 50, 250);

    private CacheFillProcess() {
    }

    public static void main(String[] args) throws IOException {
        Path computations = Path.of(args[1]);
        Path started = Path.of(args[2]);
        int processes = Integer.parseInt(args[3]);
        Files.createFile(started.resolve(Long.toString(ProcessHandle.current().pid())));
        ReferenceSource logging = new FakeSource(500, () -> {
            try {
                awaitOthers(started, processes);
                Files.writeString(computations, ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Reference reference = new ReferenceCache(Path.of(args[0]), logging).get(KEY).orElseThrow();
        System.out.println(Double.toString(reference.meanOptimalAverageReward()));
    }

    private static void awaitOthers(Path started, int processes) throws IOException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (var files = Files.list(started)) {
                if (files.count() >= processes) {
                    return;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
