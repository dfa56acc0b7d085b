package dqnsweep.agent;

import java.util.Arrays;

/** The regression targets of a DQN minibatch: the temporal-difference target on the action taken. */
final class TdTargets {

    private TdTargets() {
    }

    /**
     * For each sampled transition (s, a, r, s', k): {@code td_target = r + gamma^k * Q_target(s', a*)}, where
     * r is the discounted reward of the k decisions the transition spans (k = 1 unless n_step &gt; 1;
     * {@code Math.pow(gamma, 1)} is exactly gamma),
     * with no bootstrap on a terminal transition (k = 0; a time-limit cut is never stored as terminal).
     * {@code a*} is the target network's argmax, or with double DQN ({@code nextQOnline} not null)
     * the online network's, valued by the target network. Only the taken action's output gets a
     * target: {@code mask} is 1 there and 0 elsewhere, so the other outputs do not learn.
     *
     * @param nextQTarget the target network's Q-values of s', rows x actions
     * @param nextQOnline the online network's Q-values of s', or null for plain DQN
     */
    static void compute(ReplayBuffer.Minibatch batch, float[] nextQTarget, float[] nextQOnline, double gamma,
            int actions, float[] targets, float[] mask) {
        Arrays.fill(targets, 0f);
        Arrays.fill(mask, 0f);
        for (int row = 0; row < batch.size; row++) {
            int next = QValues.argmax(nextQOnline != null ? nextQOnline : nextQTarget, row, actions);
            double targetMax = nextQTarget[row * actions + next];
            int steps = batch.bootstrapSteps[row];
            double tdTarget = batch.rewards[row] + (steps == 0 ? 0 : Math.pow(gamma, steps) * targetMax);
            int cell = row * actions + batch.actions[row];
            targets[cell] = (float) tdTarget;
            mask[cell] = 1f;
        }
    }

    /**
     * Advantage learning (Bellemare et al. 2016, "Increasing the action gap"): each target loses
     * {@code alpha * (max_b Q_target(s, b) - Q_target(s, a))}. The greedy action keeps its value;
     * the others settle 1 / (1 - alpha) times further below it, so small differences between
     * actions (holding the pole at the top) stay larger than the network's approximation error.
     *
     * @param currentQTarget the target network's Q-values of s, rows x actions
     */
    static void widenActionGap(ReplayBuffer.Minibatch batch, float[] currentQTarget, double alpha, int actions,
            float[] targets) {
        for (int row = 0; row < batch.size; row++) {
            int taken = batch.actions[row];
            double gap = QValues.max(currentQTarget, row, actions) - currentQTarget[row * actions + taken];
            targets[row * actions + taken] -= (float) (alpha * gap);
        }
    }
}
