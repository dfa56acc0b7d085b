package dqnsweep.agent;

/**
 * Turns each sequence's one-decision transitions into n-decision ones (n-step returns): the
 * transition stored for a decision carries the discounted sum of the next n rewards and
 * bootstraps from the observation n decisions later, so a reward reaches the values n decisions
 * back in one update instead of n. The last decisions of an episode span fewer steps: up to the
 * terminal (no bootstrap) or up to the time limit (bootstrap from where it was cut). With n = 1
 * every transition is stored as it comes, unchanged.
 */
final class NStepReturns {

    private final int n;
    private final double gamma;
    private final ReplayBuffer buffer;
    // Per environment, a ring of its pending decisions (not yet n decisions old).
    private final double[][][] observations;
    private final int[][] actions;
    private final double[][] rewards;
    private final int[] oldest;
    private final int[] pending;

    NStepReturns(int n, double gamma, int envs, int observationSize, ReplayBuffer buffer) {
        this.n = n;
        this.gamma = gamma;
        this.buffer = buffer;
        observations = new double[envs][n][observationSize];
        actions = new int[envs][n];
        rewards = new double[envs][n];
        oldest = new int[envs];
        pending = new int[envs];
    }

    /** A new sequence starts in environment {@code env}: what was pending from the last one is dropped. */
    void startSequence(int env) {
        pending[env] = 0;
        oldest[env] = 0;
    }

    /**
     * One decision of environment {@code env}; {@code ended} when its episode ended there (terminated,
     * or cut by the time limit), which stores every pending decision.
     */
    void add(int env, double[] observation, int action, double reward, double[] nextObservation, boolean terminal,
            boolean ended) {
        int slot = (oldest[env] + pending[env]) % n;
        System.arraycopy(observation, 0, observations[env][slot], 0, observation.length);
        actions[env][slot] = action;
        rewards[env][slot] = reward;
        pending[env]++;
        if (ended) {
            while (pending[env] > 0) {
                storeOldest(env, nextObservation, terminal ? 0 : pending[env]);
            }
        } else if (pending[env] == n) {
            storeOldest(env, nextObservation, n);
        }
    }

    private void storeOldest(int env, double[] nextObservation, int bootstrapAfter) {
        int first = oldest[env];
        // Starting from the first reward (not 0.0) keeps a one-decision reward bit for bit.
        double sum = rewards[env][first];
        double discount = 1;
        for (int k = 1; k < pending[env]; k++) {
            discount *= gamma;
            sum += discount * rewards[env][(first + k) % n];
        }
        buffer.add(observations[env][first], actions[env][first], sum, nextObservation, bootstrapAfter);
        oldest[env] = (first + 1) % n;
        pending[env]--;
    }
}
