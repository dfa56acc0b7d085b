package dqnsweep.sweep;

/**
 * Told when a run of the sweep ends, on the thread that collected it; must return quickly (the
 * live report builds on a thread of its own). The sweep package knows nothing of what listens:
 * the command line plugs the report in, so dependencies stay one-way.
 */
@FunctionalInterface
public interface SweepListener {

    SweepListener NONE = (ended, total) -> { };

    /** {@code ended} of {@code total} runs to do have ended. */
    void runEnded(int ended, int total);
}
