package dqnsweep.agent;

/** Receives each finished training sequence, in iteration order. */
@FunctionalInterface
public interface TrainingListener {

    void sequenceFinished(IterationRecord record);
}
