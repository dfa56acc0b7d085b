package dqnsweep.sweep;

import java.util.List;
import java.util.concurrent.TimeUnit;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGINT and SIGTERM while a sweep runs: the coordinator closes the {@link StopGate}, kills its
 * workers (a run cut short is the sweep's doing, not a failure of the run: nothing is recorded for
 * it, and a resume redoes it), lets the caller write what it must and say so, then halts with
 * 130 (SIGINT) or 143 (SIGTERM). A shutdown hook could not halt with the signal's code, and between
 * its last line and the JVM's end other threads could still print. {@code sun.misc.Signal} is
 * the JDK's supported way (module jdk.unsupported) to handle a signal.
 */
final class StopSignals implements AutoCloseable {

    private static final List<String> SIGNALS = List.of("INT", "TERM");
    /** How long killed workers get to be reaped before the summary is written regardless. */
    private static final long REAP_MILLIS = 1000;

    private final List<SignalHandler> previous;

    private StopSignals(Runnable afterStop) {
        SignalHandler handler = signal -> {
            try {
                StopGate.close();
                killWorkers();
                afterStop.run();
            } finally {
                Runtime.getRuntime().halt(128 + signal.getNumber());
            }
        };
        previous = SIGNALS.stream().map(name -> Signal.handle(new Signal(name), handler)).toList();
    }

    /** Handles SIGINT and SIGTERM until closed; {@code afterStop} runs once the workers are gone. */
    static StopSignals install(Runnable afterStop) {
        return new StopSignals(afterStop);
    }

    private static void killWorkers() {
        List<ProcessHandle> workers = ProcessHandle.current().descendants().toList();
        workers.forEach(ProcessHandle::destroyForcibly);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(REAP_MILLIS);
        for (ProcessHandle worker : workers) {
            long left = deadline - System.nanoTime();
            try {
                worker.onExit().get(Math.max(0, left), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                // Killed with SIGKILL; it is gone whether or not we saw it go.
            }
        }
    }

    @Override
    public void close() {
        for (int i = 0; i < SIGNALS.size(); i++) {
            Signal.handle(new Signal(SIGNALS.get(i)), previous.get(i));
        }
    }
}
