package dqnsweep.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** n-step transitions worked out by hand with gamma 0.5; observation i is {i}, action i, reward 2^i. */
class NStepReturnsTest {

    private static final double GAMMA = 0.5;

    private final ReplayBuffer buffer = new ReplayBuffer(10, 1);

    /** Plays decisions first..last of one sequence in environment {@code env}. */
    private void play(NStepReturns returns, int env, int first, int last, boolean terminalAtEnd, boolean endsAtLast) {
        for (int i = first; i <= last; i++) {
            boolean ended = endsAtLast && i == last;
            returns.add(env, new double[] {i}, i, Math.pow(2, i), new double[] {i + 1}, ended && terminalAtEnd, ended);
        }
    }

    /**
     * Every stored transition as {observation, action, reward, next observation, bootstrap steps}, indexed by
     * its observation: 500 draws with replacement from a handful of rows see each of them.
     */
    private float[][] stored() {
        float[][] rows = new float[buffer.size()][];
        ReplayBuffer.Minibatch many = new ReplayBuffer.Minibatch(500, 1);
        buffer.sample(new SplittableRandom(3), many);
        for (int r = 0; r < many.size; r++) {
            int index = (int) many.observations[r];
            rows[index] = new float[] {many.observations[r], many.actions[r], many.rewards[r], many.nextObservations[r],
                many.bootstrapSteps[r]};
        }
        return rows;
    }

    @Test
    void threeStepReturnsAndAShorterTailAtTheTimeLimit() {
        NStepReturns returns = new NStepReturns(3, GAMMA, 1, 1, buffer);
        play(returns, 0, 0, 3, false, true);
        assertEquals(4, buffer.size(), "one transition per decision");
        float[][] rows = stored();
        // Decision 0 spans 0..2: 1 + 0.5 * 2 + 0.25 * 4 = 3, next observation 3, bootstraps 3 decisions later.
        assertArrayEquals(new float[] {0, 0, 3, 3, 3}, rows[0]);
        // Decision 1 spans 1..3: 2 + 0.5 * 4 + 0.25 * 8 = 6, next observation 4.
        assertArrayEquals(new float[] {1, 1, 6, 4, 3}, rows[1]);
        // Cut by the time limit after decision 3: decisions 2 and 3 bootstrap from observation 4 after 2 and 1.
        assertArrayEquals(new float[] {2, 2, 4 + 0.5f * 8, 4, 2}, rows[2]);
        assertArrayEquals(new float[] {3, 3, 8, 4, 1}, rows[3]);
    }

    @Test
    void aTerminalEndsEveryPendingReturnWithoutBootstrap() {
        NStepReturns returns = new NStepReturns(3, GAMMA, 1, 1, buffer);
        play(returns, 0, 0, 1, true, true);
        float[][] rows = stored();
        assertArrayEquals(new float[] {0, 0, 1 + 0.5f * 2, 2, 0}, rows[0]);
        assertArrayEquals(new float[] {1, 1, 2, 2, 0}, rows[1]);
    }

    @Test
    void oneStepStoresEachTransitionAsItComes() {
        NStepReturns returns = new NStepReturns(1, GAMMA, 1, 1, buffer);
        play(returns, 0, 0, 2, true, true);
        float[][] rows = stored();
        assertArrayEquals(new float[] {0, 0, 1, 1, 1}, rows[0]);
        assertArrayEquals(new float[] {2, 2, 4, 3, 0}, rows[2]);
    }

    @Test
    void environmentsKeepTheirOwnWindowsAndANewSequenceDropsTheOldOne() {
        NStepReturns returns = new NStepReturns(2, GAMMA, 2, 1, buffer);
        returns.add(0, new double[] {0}, 0, 1, new double[] {1}, false, false);
        returns.add(1, new double[] {5}, 5, 100, new double[] {6}, false, false);
        returns.startSequence(1); // env 1's pending decision 5 is dropped (its sequence was cut by the budget)
        returns.add(0, new double[] {1}, 1, 2, new double[] {2}, false, false);
        assertEquals(1, buffer.size());
        float[][] rows = stored();
        assertArrayEquals(new float[] {0, 0, 2, 2, 2}, rows[0]);
    }
}
