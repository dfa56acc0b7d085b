package dqnsweep.sweep;

import dqnsweep.grid.RunPlan;
import dqnsweep.run.TrainingProgress;
import java.nio.file.Path;

/** Executes one planned run into its folder: in this JVM, or in a worker process of its own. */
public interface RunLauncher {

    RunOutcome launch(RunPlan plan, Path folder, TrainingProgress progress);
}
