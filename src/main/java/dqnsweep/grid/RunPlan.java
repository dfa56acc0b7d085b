package dqnsweep.grid;

import dqnsweep.agent.RunConfig;
import java.nio.file.Path;

/** One run of a sweep: a cell, a seed and the fully resolved configuration; folder relative to the results root. */
public record RunPlan(Cell cell, long seed, RunConfig config, Path relativeFolder) {
}
