package dqnsweep.run;

/** Told how far training has come, for progress bars. */
@FunctionalInterface
public interface TrainingProgress {

    TrainingProgress NONE = envSteps -> { };

    /** {@code envSteps}: environment steps of this run done so far. */
    void advanced(long envSteps);
}
