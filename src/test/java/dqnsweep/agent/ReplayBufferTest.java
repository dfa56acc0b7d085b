package dqnsweep.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReplayBufferTest {

    @Test
    void ringOverwritesTheOldestAndSamplesOnlyStoredTransitions() {
        ReplayBuffer buffer = new ReplayBuffer(3, 1);
        for (int i = 0; i < 5; i++) {
            buffer.add(new double[] {i}, i, -i, new double[] {i + 0.5}, i == 4 ? 0 : 1);
        }
        assertEquals(3, buffer.size());
        ReplayBuffer.Minibatch batch = new ReplayBuffer.Minibatch(200, 1);
        buffer.sample(new SplittableRandom(1), batch);
        Set<Integer> seen = new HashSet<>();
        for (int row = 0; row < batch.size; row++) {
            int action = batch.actions[row];
            seen.add(action);
            // Every field of a sampled row comes from the same transition.
            assertEquals(action, batch.observations[row], 0f);
            assertEquals(action + 0.5f, batch.nextObservations[row], 0f);
            assertEquals(-action, batch.rewards[row], 0f);
            assertEquals(action == 4 ? 0 : 1, batch.bootstrapSteps[row]);
        }
        assertEquals(Set.of(2, 3, 4), seen);
    }

    @Test
    void sameSeedSamplesTheSameRows() {
        ReplayBuffer buffer = new ReplayBuffer(50, 2);
        for (int i = 0; i < 50; i++) {
            buffer.add(new double[] {i, -i}, i % 3, i, new double[] {i, i}, 1);
        }
        ReplayBuffer.Minibatch first = new ReplayBuffer.Minibatch(10, 2);
        ReplayBuffer.Minibatch second = new ReplayBuffer.Minibatch(10, 2);
        buffer.sample(new SplittableRandom(7), first);
        buffer.sample(new SplittableRandom(7), second);
        assertArrayEquals(first.observations, second.observations);
        assertTrue(first.rewards[0] >= 0 && first.rewards[0] < 50);
    }
}
