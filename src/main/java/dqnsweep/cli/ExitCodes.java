package dqnsweep.cli;

/** The process exit codes every command uses. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A run (or a sweep cell) failed. */
    public static final int RUN_FAILED = 1;
    /** Bad input: malformed spec, impossible value, missing file, unwritable folder. */
    public static final int BAD_INPUT = 2;
    /** Stopped by Ctrl-C; re-running the same command resumes. */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
