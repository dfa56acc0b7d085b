package dqnsweep.agent;

import java.util.SplittableRandom;

/**
 * A ring buffer of transitions in preallocated primitive arrays: adding and sampling allocate
 * nothing. Observations are stored as floats, the network's precision.
 */
final class ReplayBuffer {

    private final int capacity;
    private final int observationSize;
    private final float[] observations;
    private final float[] nextObservations;
    private final int[] actions;
    private final float[] rewards;
    private final boolean[] terminals;
    private int size;
    private int cursor;

    ReplayBuffer(int capacity, int observationSize) {
        this.capacity = capacity;
        this.observationSize = observationSize;
        observations = new float[capacity * observationSize];
        nextObservations = new float[capacity * observationSize];
        actions = new int[capacity];
        rewards = new float[capacity];
        terminals = new boolean[capacity];
    }

    void add(double[] observation, int action, double reward, double[] nextObservation, boolean terminal) {
        int base = cursor * observationSize;
        for (int j = 0; j < observationSize; j++) {
            observations[base + j] = (float) observation[j];
            nextObservations[base + j] = (float) nextObservation[j];
        }
        actions[cursor] = action;
        rewards[cursor] = (float) reward;
        terminals[cursor] = terminal;
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
            batch.terminals[row] = terminals[index];
        }
    }

    /** Reusable storage for one sampled minibatch. */
    static final class Minibatch {
        final int size;
        final float[] observations;
        final float[] nextObservations;
        final int[] actions;
        final float[] rewards;
        final boolean[] terminals;

        Minibatch(int size, int observationSize) {
            this.size = size;
            observations = new float[size * observationSize];
            nextObservations = new float[size * observationSize];
            actions = new int[size];
            rewards = new float[size];
            terminals = new boolean[size];
        }
    }
}
