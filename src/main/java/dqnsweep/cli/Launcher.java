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

    /**
     * What an embedded Spark driver needs on Java 17 (spark-submit adds its own); added when
     * {@code --executor spark} is asked for with Spark on the classpath, e.g. {@code java -cp}.
     */
    static final List<String> SPARK_JVM_FLAGS = List.of(
            "-XX:+IgnoreUnrecognizedVMOptions",
            "--add-modules=jdk.incubator.vector",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
            "-Djdk.reflect.useDirectMethodHandle=false",
            "-Dio.netty.tryReflectionSetAccessible=true");

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
        if (Main.class.getClassLoader() != ClassLoader.getSystemClassLoader()) {
            // Loaded by spark-submit (or another host) from a jar not on java.class.path: a child
            // JVM could not find us. Tune what can still be tuned in place.
            System.setProperty("org.bytedeco.javacpp.maxPhysicalBytes",
                    System.getProperty("org.bytedeco.javacpp.maxPhysicalBytes", "0"));
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(JVM_FLAGS);
        if (wantsSpark(args) && dqnsweep.sweep.RunBackends.sparkAvailable()) {
            command.addAll(SPARK_JVM_FLAGS);
        }
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

    static boolean wantsSpark(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--executor=spark") || args[i].equals("--executor") && i + 1 < args.length
                    && args[i + 1].equals("spark")) {
                return true;
            }
        }
        return false;
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
