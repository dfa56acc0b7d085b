package dqnsweep.cli;

import dqnsweep.jvm.TunedJvm;
import dqnsweep.sweep.RunBackends;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Restarts the JVM with {@link TunedJvm}'s flags, so that a user who types
 * {@code java -jar target/dqn-sweep.jar} gets them without knowing them.
 */
final class Launcher {

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

    /** How long the child gets to stop its workers and write its summary before the tree is killed. */
    private static final long GRACE_MILLIS = 1500;

    private Launcher() {
    }

    /** Runs the command in a tuned child JVM and returns its exit code, or empty when this JVM is already tuned. */
    static Optional<Integer> relaunchIfNeeded(String[] args) {
        if (TunedJvm.isTuned()) {
            return Optional.empty();
        }
        if (Main.class.getClassLoader() != ClassLoader.getSystemClassLoader()) {
            // Loaded by spark-submit (or another host) from a jar not on java.class.path: a child
            // JVM could not find us. Tune what can still be tuned in place.
            System.setProperty("org.bytedeco.javacpp.maxPhysicalBytes",
                    System.getProperty("org.bytedeco.javacpp.maxPhysicalBytes", "0"));
            System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "true"));
            return Optional.empty();
        }
        List<String> flags = wantsSpark(args) && RunBackends.sparkAvailable() ? SPARK_JVM_FLAGS
                : List.of();
        ProcessBuilder builder = TunedJvm.process(List.of(), flags, Main.class.getName(), Arrays.asList(args)).inheritIO();
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

    /**
     * Passes a SIGTERM or SIGINT sent to this JVM alone on to the tuned child, which stops its
     * workers and says so, then kills whatever of the tree is left after {@link #GRACE_MILLIS}:
     * every process of the sweep is gone within 2 s of the signal.
     */
    private static void stop(Process child) {
        List<ProcessHandle> tree = child.descendants().toList();
        if (child.isAlive()) {
            child.destroy();
            try {
                child.waitFor(GRACE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        child.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
        child.descendants().forEach(ProcessHandle::destroyForcibly);
    }
}
