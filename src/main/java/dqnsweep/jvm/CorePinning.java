package dqnsweep.jvm;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives each worker process a core of its own when there are exactly as many workers as cores
 * this process may use (the default). A DL4J worker keeps a core busy with its main thread and
 * also runs ND4J's and JavaCPP's deallocator threads, its garbage collector and the JIT compiler;
 * left free, those helpers ran on the other worker's core, and the two workers together got
 * 1.52x the throughput of one. Pinned with {@code taskset}, each worker's helpers share its own
 * core: 1.67-1.75x (measured in {@code make bench SECTIONS=workers}). With fewer workers than
 * cores nothing is pinned, so a lone worker's helpers keep the idle core; where {@code taskset}
 * or {@code /proc} is missing (not Linux), neither.
 */
public final class CorePinning {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final String ALLOWED = "Cpus_allowed_list:";
    private static final String TASKSET = "taskset";

    private final List<Integer> cpus;

    private CorePinning(List<Integer> cpus) {
        this.cpus = cpus;
    }

    /** No pinning at all. */
    public static CorePinning none() {
        return new CorePinning(List.of());
    }

    /** Pinning for a pool of {@code workers} on this machine, or {@link #none()}. */
    public static CorePinning forWorkers(int workers) {
        Optional<List<Integer>> allowed = allowedCpus();
        if (allowed.isEmpty() || allowed.get().size() != workers || !onPath(TASKSET)) {
            return none();
        }
        return new CorePinning(allowed.get());
    }

    /** The words to put before worker {@code slot}'s command line (0-based), empty when not pinned. */
    public List<String> commandPrefix(int slot) {
        if (cpus.isEmpty()) {
            return List.of();
        }
        return List.of(TASKSET, "-c", Integer.toString(cpus.get(slot % cpus.size())));
    }

    /** Parses a kernel CPU list such as {@code 0-3,8,10-11}. */
    static List<Integer> parseCpuList(String list) {
        List<Integer> cpus = new ArrayList<>();
        for (String part : list.trim().split(",")) {
            String[] range = part.trim().split("-");
            int first = Integer.parseInt(range[0].trim());
            int last = range.length == 2 ? Integer.parseInt(range[1].trim()) : first;
            if (range.length > 2 || last < first) {
                throw new IllegalArgumentException("not a CPU list: " + list);
            }
            for (int cpu = first; cpu <= last; cpu++) {
                cpus.add(cpu);
            }
        }
        return cpus;
    }

    /** The CPUs this process may run on, as the kernel lists them; empty where it cannot tell. */
    static Optional<List<Integer>> allowedCpus() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(ALLOWED)) {
                    return Optional.of(parseCpuList(line.substring(ALLOWED.length())));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or an unexpected format: run unpinned.
        }
        return Optional.empty();
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
