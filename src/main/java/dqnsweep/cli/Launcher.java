package dqnsweep.cli;

import dqnsweep.run.TunedJvm;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Restarts the JVM with {@link TunedJvm}'s flags, so that a user who types
 * {@code java -jar target/dqn-sweep.jar} gets them without knowing them.
 */
final class Launcher {

    private Launcher() {
    }

    /** Runs the command in a tuned child JVM and returns its exit code, or empty when this JVM is already tuned. */
    static Optional<Integer> relaunchIfNeeded(String[] args) {
        if (TunedJvm.isTuned()) {
            return Optional.empty();
        }
        ProcessBuilder builder = TunedJvm.process(List.of(), Main.class.getName(), Arrays.asList(args)).inheritIO();
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
}
