package dqnsweep.grid;

import dqnsweep.config.RunConfig;
import java.nio.file.Path;

/**
 * One run of a sweep, resolved and validated before any work starts.
 *
 * @param cell the cell it belongs to
 * @param seed its seed; {@code config.seed() == seed}, so {@code dqn-sweep run --seed <seed>} with the
 *     same settings reproduces it
 * @param config every setting: built-in defaults &lt; spec base &lt; cell values &lt; command-line overrides
 * @param relativeFolder {@code cells/<cell id>/<seed>}, relative to the sweep's output folder
 */
public record RunPlan(Cell cell, long seed, RunConfig config, Path relativeFolder) {

    public RunPlan {
        if (cell == null || config == null || relativeFolder == null) {
            throw new IllegalArgumentException("cell, config and relativeFolder are required");
        }
        if (config.seed() != seed) {
            throw new IllegalArgumentException("config.seed() " + config.seed() + " differs from seed " + seed);
        }
        if (!relativeFolder.equals(folderOf(cell, seed))) {
            throw new IllegalArgumentException("relativeFolder must be " + folderOf(cell, seed) + ", got " + relativeFolder);
        }
    }

    /** A run of {@code cell} with {@code config}, in its standard folder. */
    public static RunPlan of(Cell cell, RunConfig config) {
        return new RunPlan(cell, config.seed(), config, folderOf(cell, config.seed()));
    }

    /** {@code cells/<cell id>/<seed>}. */
    public static Path folderOf(Cell cell, long seed) {
        return Path.of("cells", cell.id(), Long.toString(seed));
    }
}
