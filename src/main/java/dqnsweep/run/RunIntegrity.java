package dqnsweep.run;

import dqnsweep.io.FileDigest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a complete run's files are still those its run.json recorded. A run whose files do not
 * match is corrupt: it is not scored, and a resumed sweep does it again. Runs written before
 * checksums were recorded cannot be checked and are read as they are.
 */
public final class RunIntegrity {

    private RunIntegrity() {
    }

    /** Why the files in {@code folder} are not those {@code summary} recorded; empty when they are, or when it recorded none. */
    public static Optional<String> problem(Path folder, RunSummary summary) {
        if (summary.files() == null) {
            return Optional.empty();
        }
        try {
            return FileDigest.mismatch(folder, summary.files());
        } catch (IOException e) {
            return Optional.of("its files cannot be read (" + e.getMessage() + ")");
        }
    }

    /** A complete run written before run.json recorded checksums: nothing to check it against. */
    public static boolean predatesChecksums(RunSummary summary) {
        return summary.complete() && summary.files() == null;
    }
}
