package dqnsweep.run;

import java.nio.file.Path;

/**
 * Where references are kept: computed once per evaluation set-up and reused. A sweep keeps them in
 * its results folder (its workers share them); a single run in the user's cache, like other tools'
 * downloaded or derived data ({@code $XDG_CACHE_HOME}, else {@code ~/.cache}).
 */
public final class ReferenceFolders {

    static final String FOLDER = "references";

    private ReferenceFolders() {
    }

    /** {@code RESULTS/references}. */
    public static Path forSweep(Path resultsRoot) {
        return resultsRoot.resolve(FOLDER);
    }

    /** {@code $XDG_CACHE_HOME/dqn-sweep/references}, else {@code ~/.cache/dqn-sweep/references}. */
    public static Path perUser() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("dqn-sweep").resolve(FOLDER);
    }
}
