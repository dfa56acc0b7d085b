package dqnsweep.cli;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Restarts the JVM with the flags measured to make DL4J fast and bounded, so that a user who
 * types {@code java -jar target/dqn-sweep.jar} gets them without knowing them: a 1 GB heap
 * (the default heap let resident memory reach 3.7 GB), JavaCPP's physical-memory check off
 * (it costs ~30% of every small network call) and ND4J single-threaded per worker, since
 * parallelism comes from the worker pool (OpenMP threads would oversubscribe the cores).
 */
final class Launcher {

    static final List<String> JVM_FLAGS = List.of(
            "-Xmx1g",
            "-Dorg.bytedeco.javacpp.maxPhysicalBytes=0",
            "-Dorg.bytedeco.javacpp.maxbytes=1g");

    private static final String MARKER = "dqnsweep.launched";
    /** Extra JVM options for the child, e.g. a bigger heap for a huge replay buffer. */
    private static final String EXTRA_OPTS = "DQNSWEEP_JAVA_OPTS";

    private Launcher() {
    }

    /** Runs the command in a tuned child JVM and returns its exit code, or empty when this JVM is already tuned. */
    static Optional<Integer> relaunchIfNeeded(String[] args) {
        if (System.getProperty(MARKER) != null || "1".equals(System.getenv("OMP_NUM_THREADS"))
                && System.getProperty("org.bytedeco.javacpp.maxPhysicalBytes") != null) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(JVM_FLAGS);
        String extra = System.getenv(EXTRA_OPTS);
        if (extra != null && !extra.isBlank()) {
            command.addAll(Arrays.asList(extra.trim().split("\\s+")));
        }
        command.add("-D" + MARKER + "=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("OMP_NUM_THREADS", "1");
        try {
            Process child = builder.start();
            // Ctrl-C reaches the child too (same process group); a lone SIGTERM to us is passed on.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child)));
            return Optional.of(child.waitFor());
        } catch (IOException e) {
            System.err.println("dqn-sweep: could not start the tuned JVM (" + e.getMessage()
                    + "); running with the current JVM settings.");
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(ExitCodes.INTERRUPTED);
        }
    }

    private static void stop(Process child) {
        if (child.isAlive()) {
            child.destroy();
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    }
}
