package dqnsweep.sweep;

import dqnsweep.grid.RunPlan;
import dqnsweep.run.RunSummary;

/** What became of one planned run. */
public sealed interface RunOutcome {

    RunPlan plan();

    /** Finished now, or earlier ({@code reused}: a complete run.json with the same configuration hash). */
    record Completed(RunPlan plan, RunSummary summary, boolean reused) implements RunOutcome {
    }

    /** Threw or diverged; {@code reason} is one line, the details are in the run's error.txt. */
    record Failed(RunPlan plan, String reason) implements RunOutcome {
    }

    /** Not started or not finished: the sweep was stopped (Ctrl-C, --fail-fast). */
    record NotRun(RunPlan plan) implements RunOutcome {
    }
}
