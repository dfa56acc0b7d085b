package dqnsweep.agent;

/** Told how training goes: each finished sequence, and where training stands after each of its steps. */
public interface TrainingListener {

    /** A training sequence finished; called in iteration order. */
    void sequenceFinished(IterationRecord record);

    /**
     * Training has reached {@code envSteps} environment steps and {@code gradientSteps} updates, with
     * {@code iterations} sequences complete; {@code network} is the online network as it is now.
     * Called after every step of dqn's lockstep environments (and the training it triggered) and
     * after every sequence of the notebook algorithm, so it must be cheap unless it acts; it must
     * not change the network.
     */
    default void reached(long envSteps, long gradientSteps, int iterations, QNetwork network) {
    }
}
