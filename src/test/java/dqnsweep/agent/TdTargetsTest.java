package dqnsweep.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The TD target of each row, worked out by hand with gamma 0.5 and three actions. */
class TdTargetsTest {

    private static final double GAMMA = 0.5;
    private static final int ACTIONS = 3;

    /** Row 0: action 2, reward -1, not terminal. Row 1: action 0, reward 2, terminal. */
    private final ReplayBuffer.Minibatch batch = new ReplayBuffer.Minibatch(2, 1);
    private final float[] targets = new float[2 * ACTIONS];
    private final float[] mask = new float[2 * ACTIONS];

    TdTargetsTest() {
        batch.actions[0] = 2;
        batch.rewards[0] = -1f;
        batch.bootstrapSteps[0] = 1;
        batch.actions[1] = 0;
        batch.rewards[1] = 2f;
        batch.bootstrapSteps[1] = 0;
    }

    @Test
    void bootstrapsFromTheTargetNetworksBestActionAndNotAtATerminal() {
        float[] nextQTarget = {1f, 4f, 3f, 10f, 20f, 30f};
        TdTargets.compute(batch, nextQTarget, null, GAMMA, ACTIONS, targets, mask);
        // row 0: -1 + 0.5 * max(1, 4, 3) = 1 on action 2; row 1: terminal, 2 on action 0 (30 is never used)
        assertArrayEquals(new float[] {0f, 0f, 1f, 2f, 0f, 0f}, targets);
        assertArrayEquals(new float[] {0f, 0f, 1f, 1f, 0f, 0f}, mask, "only the taken action is trained");
    }

    @Test
    void doubleDqnChoosesWithTheOnlineNetworkAndValuesWithTheTarget() {
        float[] nextQTarget = {1f, 4f, 3f, 10f, 20f, 30f};
        float[] nextQOnline = {9f, 0f, 0f, 0f, 0f, 0f};
        TdTargets.compute(batch, nextQTarget, nextQOnline, GAMMA, ACTIONS, targets, mask);
        // row 0: online's argmax is action 0, valued by the target network at 1: -1 + 0.5 * 1 = -0.5
        assertEquals(-0.5f, targets[2]);
        assertEquals(2f, targets[3], "still no bootstrap at a terminal");
    }

    @Test
    void earlierTargetsAreClearedAndTiesTakeTheFirstAction() {
        targets[1] = 7f;
        mask[1] = 1f;
        TdTargets.compute(batch, new float[] {2f, 2f, 2f, 0f, 0f, 0f}, null, GAMMA, ACTIONS, targets, mask);
        assertArrayEquals(new float[] {0f, 0f, 0f, 2f, 0f, 0f}, targets);
        assertArrayEquals(new float[] {0f, 0f, 1f, 1f, 0f, 0f}, mask);
    }

    @Test
    void anNStepTransitionBootstrapsGammaToTheNLater() {
        batch.bootstrapSteps[0] = 3;
        TdTargets.compute(batch, new float[] {1f, 4f, 3f, 0f, 0f, 0f}, null, GAMMA, ACTIONS, targets, mask);
        // row 0 spans 3 decisions: -1 + 0.5^3 * 4 = -0.5
        assertEquals(-0.5f, targets[2]);
    }

    @Test
    void advantageLearningLowersANonGreedyActionsTargetByAlphaTimesItsGapAndLeavesTheGreedyOne() {
        TdTargets.compute(batch, new float[] {1f, 4f, 3f, 0f, 0f, 0f}, null, GAMMA, ACTIONS, targets, mask);
        // The target network at s: row 0 took action 2 (valued 5, best 7: gap 2), row 1 took its best action 0.
        float[] currentQTarget = {7f, 6f, 5f, 3f, 1f, 2f};
        TdTargets.widenActionGap(batch, currentQTarget, 0.75, ACTIONS, targets);
        // row 0: 1 - 0.75 * (7 - 5) = -0.5; row 1: 2 - 0.75 * 0 = 2
        assertArrayEquals(new float[] {0f, 0f, -0.5f, 2f, 0f, 0f}, targets);
    }
}
