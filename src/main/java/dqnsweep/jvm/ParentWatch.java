package dqnsweep.jvm;

import java.util.Optional;

/**
 * Ends a JVM that dqn-sweep started once the process that started it is gone. Without it, a
 * {@code kill -9} of {@code java -jar} left the coordinator and its workers running, reparented to
 * PID 1, finishing the sweep in the background and racing the resume. The parent's PID comes on
 * the command line ({@link #PROPERTY}); a daemon thread compares it with this process's parent
 * every {@link #POLL_MILLIS} ms (a dead parent's children are reparented at once, so the check
 * needs no signal and holds even if the PID is reused) and, when they differ, kills this
 * process's own children and halts: no shutdown hooks, nothing more written.
 */
public final class ParentWatch {

    /** The system property that carries the parent's PID. */
    public static final String PROPERTY = "dqnsweep.parent";
    /** Exit status of a JVM that stops because its parent died (as if it got SIGTERM). */
    public static final int ORPHANED = 143;
    static final long POLL_MILLIS = 200;

    private ParentWatch() {
    }

    /** The flag that tells a child JVM to watch this process. */
    public static String flagForChild() {
        return "-D" + PROPERTY + "=" + ProcessHandle.current().pid();
    }

    /** Starts watching the parent named by {@link #PROPERTY}, if any; returns whether it did. */
    public static boolean startIfAsked() {
        Optional<Long> parent = expectedParent();
        if (parent.isEmpty()) {
            return false;
        }
        Thread thread = new Thread(() -> watch(parent.get()), "dqn-parent-watch");
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    static Optional<Long> expectedParent() {
        String value = System.getProperty(PROPERTY);
        try {
            return value == null ? Optional.empty() : Optional.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether this process's parent is still {@code pid}. */
    static boolean parentIs(long pid) {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) == pid;
    }

    private static void watch(long parent) {
        while (parentIs(parent)) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                // A daemon thread nobody interrupts on purpose: keep watching.
            }
        }
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        Runtime.getRuntime().halt(ORPHANED);
    }
}
