package dqnsweep.jvm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The OpenBLAS kernel every JVM of dqn-sweep computes with. OpenBLAS picks a kernel per processor,
 * and the kernel changes the numbers: bins 20, 1,000 iterations, seed 1 scored -0.6252 and -0.6096
 * on two AVX-512 machines with their own choices, and wrote byte-identical files on both with
 * {@code OPENBLAS_CORETYPE=Haswell}, which was also faster than either default. So every JVM the
 * project starts is given the Haswell kernel, which runs on every x86-64 CPU with AVX2, replacing
 * a value inherited from the user's environment; {@code DQNSWEEP_BLAS_CORETYPE} chooses another
 * one knowingly. A CPU without AVX2 cannot run it: it falls back to the best kernel it can run,
 * and its results differ from other machines'.
 */
public final class BlasKernel {

    /** OpenBLAS's own setting, read when its library loads. */
    public static final String VARIABLE = "OPENBLAS_CORETYPE";
    /** The user's deliberate choice of another kernel. */
    public static final String OVERRIDE = "DQNSWEEP_BLAS_CORETYPE";
    static final String PINNED = "Haswell";
    private static final Path CPU_INFO = Path.of("/proc/cpuinfo");

    private BlasKernel() {
    }

    /** The kernel for this machine and environment: the override, else Haswell, else what the CPU can run. */
    public static String chosen() {
        return chosen(System.getenv(), cpuFlags());
    }

    static String chosen(Map<String, String> environment, Set<String> cpuFlags) {
        String override = environment.get(OVERRIDE);
        if (override != null && !override.isBlank()) {
            return override.trim();
        }
        if (cpuFlags.isEmpty() || cpuFlags.contains("avx2")) {
            return PINNED;
        }
        return cpuFlags.contains("avx") ? "Sandybridge" : "Nehalem";
    }

    /** Whether results computed with {@code kernel} equal those of every other pinned machine. */
    public static boolean comparable(String kernel) {
        return PINNED.equals(kernel);
    }

    /** Gives a process the chosen kernel. */
    public static void pin(Map<String, String> processEnvironment) {
        processEnvironment.put(VARIABLE, chosen());
    }

    /**
     * For a JVM dqn-sweep did not start (spark-submit's driver, which runs tasks itself in local
     * mode): the problem if it computes with another kernel than the chosen one, else empty.
     */
    public static Optional<String> problemInThisJvm() {
        String actual = System.getenv(VARIABLE);
        String wanted = chosen();
        if (wanted.equals(actual)) {
            return Optional.empty();
        }
        return Optional.of("this JVM was started without " + VARIABLE + "=" + wanted + " (it has "
                + (actual == null ? "none" : actual) + "), so OpenBLAS chooses its kernel by processor and the results "
                + "would depend on the machine; start it with " + VARIABLE + "=" + wanted + " in its environment, e.g. "
                + VARIABLE + "=" + wanted + " spark-submit ...");
    }

    /** The CPU's model name, or the architecture where /proc/cpuinfo is unavailable. */
    public static String cpuModel() {
        try {
            for (String line : Files.readAllLines(CPU_INFO)) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: fall through.
        }
        return System.getProperty("os.arch");
    }

    /** The CPU's feature flags, empty where they cannot be read. */
    static Set<String> cpuFlags() {
        try {
            for (String line : Files.readAllLines(CPU_INFO)) {
                if (line.startsWith("flags")) {
                    return Set.of(line.substring(line.indexOf(':') + 1).trim().split("\\s+"));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: assume a current x86-64 CPU.
        }
        return Set.of();
    }
}
