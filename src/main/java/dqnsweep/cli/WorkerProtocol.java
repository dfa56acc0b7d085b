package dqnsweep.cli;

import java.util.List;
import java.util.Optional;

/**
 * How a sweep talks to a worker process. Requests, one JSON line each on the worker's input:
 * {@code {"out": FOLDER, "config": {...}}}. Replies on its output: {@code progress STEPS} lines,
 * then {@code done ok} or {@code done failed}.
 */
public final class WorkerProtocol {

    public static final String MAIN_CLASS = Main.class.getName();
    private static final String PROGRESS = "progress ";
    private static final String DONE = "done ";
    static final String OK = "ok";
    static final String FAILED = "failed";

    private WorkerProtocol() {
    }

    public static List<String> args() {
        return List.of(WorkerCommand.NAME);
    }

    static String progressLine(long envSteps) {
        return PROGRESS + envSteps;
    }

    static String doneLine(boolean complete) {
        return DONE + (complete ? OK : FAILED);
    }

    /** The environment steps a progress line reports, if it is one. */
    public static Optional<Long> progress(String line) {
        if (!line.startsWith(PROGRESS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(line.substring(PROGRESS.length()).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether a done line reports a complete run, if it is one. */
    public static Optional<Boolean> done(String line) {
        return line.startsWith(DONE) ? Optional.of(line.substring(DONE.length()).trim().equals(OK)) : Optional.empty();
    }
}
