package dqnsweep.sweep;

import java.io.IOException;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Orders the coordinator's writes and worker starts against its stop (SIGINT, SIGTERM). They run
 * under a shared lock; the stop takes it exclusively, so it waits for a write in progress, and
 * never gives it back: a thread that reaches the gate afterwards waits until the JVM halts. So no
 * worker starts after the stop killed them, and nothing is written after the sweep said it stopped.
 * Static because a JVM is stopped once, whichever sweep it runs.
 */
final class StopGate {

    /** A write or a process start. */
    @FunctionalInterface
    interface Action<T> {
        T run() throws IOException;
    }

    private static final ReentrantReadWriteLock LOCK = new ReentrantReadWriteLock();
    private static volatile boolean closed;

    private StopGate() {
    }

    /** Runs {@code action} unless the sweep is stopping; if it is, waits for the JVM to halt. */
    static <T> T pass(Action<T> action) throws IOException {
        LOCK.readLock().lock();
        try {
            if (!closed) {
                return action.run();
            }
        } finally {
            LOCK.readLock().unlock();
        }
        while (true) {
            LockSupport.park();
        }
    }

    /** Closes the gate for good, once the writes in progress are done. */
    static void close() {
        LOCK.writeLock().lock();
        closed = true;
    }

    static boolean isClosed() {
        return closed;
    }
}
