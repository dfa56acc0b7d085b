package dqnsweep.agent;

import java.util.SplittableRandom;

/**
 * A ring buffer of transitions in preallocated primitive arrays: adding and sampling allocate
 * nothing. Observations are stored as floats, the network's precision. A transition spans one
 * or more decisions (n-step returns): its reward is their discounted sum, and it bootstraps from
 * its next observation after {@code bootstrapSteps} decisions, 0 when the episode terminated.
 */
final class ReplayBuffer {

    private final int capacity;
    private final int observationSize;
    private final float[] observations;
    private final float[] nextObservations;
    private final int[] actions;
    private final float[] rewards;
    private final int[] bootstrapSteps;
    private int size;
    private int cursor;

    ReplayBuffer(int capacity, int observationSize) {
        this.capacity = capacity;
        this.observationSize = observationSize;
        observations = new float[capacity * observationSize];
        nextObservations = new float[capacity * observationSize];
        actions = new int[capacity];
        rewards = new float[capacity];
        bootstrapSteps = new int[capacity];
    }

    void add(double[] observation, int action, double reward, double[] nextObservation, int bootstrapAfter) {
        int base = cursor * observationSize;
        for (int j = 0; j < observationSize; j++) {
            observations[base + j] = (float) observation[j];
            nextObservations[base + j] = (float) nextObservation[j];
        }
        actions[cursor] = action;
        rewards[cursor] = (float) reward;
        bootstrapSteps[cursor] = bootstrapAfter;
        cursor = (cursor + 1) % capacity;
        size = Math.min(size + 1, capacity);
    }

    int size() {
        return size;
    }

    /** Draws {@code batch.size()} transitions uniformly with replacement into {@code batch}. */
    void sample(SplittableRandom rng, Minibatch batch) {
        for (int row = 0; row < batch.size; row++) {
            int index = rng.nextInt(size);
            System.arraycopy(observations, index * observationSize, batch.observations, row * observationSize,
                    observationSize);
            System.arraycopy(nextObservations, index * observationSize, batch.nextObservations,
                    row * observationSize, observationSize);
            batch.actions[row] = actions[index];
            batch.rewards[row] = rewards[index];
            batch.bootstrapSteps[row] = bootstrapSteps[index];
        }
    }

    /** Reusable storage for one sampled minibatch. */
    static final class Minibatch {
        final int size;
        final float[] observations;
        final float[] nextObservations;
        final int[] actions;
        final float[] rewards;
        /** Decisions after which the row bootstraps; 0 at a terminal (no bootstrap). */
        final int[] bootstrapSteps;

        Minibatch(int size, int observationSize) {
            this.size = size;
            observations = new float[size * observationSize];
            nextObservations = new float[size * observationSize];
            actions = new int[size];
            rewards = new float[size];
            bootstrapSteps = new int[size];
        }
    }
}
