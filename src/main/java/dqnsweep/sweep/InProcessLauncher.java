package dqnsweep.sweep;

import dqnsweep.grid.RunPlan;
import dqnsweep.run.RunExecutor;
import dqnsweep.run.RunSummary;
import dqnsweep.run.TrainingProgress;
import java.nio.file.Path;
import java.time.Clock;

/** Runs in the calling thread (tests, Spark tasks). A native crash in DL4J would take the JVM with it. */
public final class InProcessLauncher implements RunLauncher {

    private final Clock clock;

    public InProcessLauncher(Clock clock) {
        this.clock = clock;
    }

    @Override
    public RunOutcome launch(RunPlan plan, Path folder, TrainingProgress progress) {
        try {
            RunSummary summary = new RunExecutor(clock).execute(plan.config(), folder, progress);
            return new RunOutcome.Completed(plan, summary, false);
        } catch (Exception | Error e) {
            // Whatever one run does, the others go on; RunExecutor already wrote error.txt.
            return new RunOutcome.Failed(plan, RunExecutor.describe(e));
        }
    }
}
