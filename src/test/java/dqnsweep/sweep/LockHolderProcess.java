package dqnsweep.sweep;

import dqnsweep.io.SweepLock;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A JVM of its own for {@link SweepLockTest}, standing for a running sweep: holds lock
 * {@code args[1]} of folder {@code args[0]}, says "locked", and keeps it until its input closes
 * or it is killed.
 */
public final class LockHolderProcess {

    private LockHolderProcess() {
    }

    public static void main(String[] args) throws IOException {
        try (SweepLock lock = SweepLock.acquire(Path.of(args[0]), args[1], false)) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Held until the test closes our input.
            }
        }
    }
}
