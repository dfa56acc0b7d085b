package dqnsweep.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dqnsweep.config.RunConfig;
import dqnsweep.spec.ConfigResolver;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Terminated and truncated stay apart: only a terminating step is stored as terminal. */
class LockstepTest {

    private static Lockstep envs(String env, int stepsPerSequence) {
        RunConfig config = ConfigResolver.resolve(List.of(JsonNodeFactory.instance.objectNode().put("env", env)
                .put("steps_per_sequence", stepsPerSequence).put("parallel_envs", 1).put("frame_skip", 1)
                .put("iterations", 1).put("eval_episodes", 1)));
        Lockstep envs = new Lockstep(config);
        envs.reset(1, new SplittableRandom(1));
        return envs;
    }

    /** Always the same action, without a network: index 0 (CartPole's push left, the pendulum's -2). */
    private static void stepWithActionZero(Lockstep envs) {
        envs.acted[0] = envs.running[0];
        envs.chosen[0] = 0;
        envs.step();
    }

    @Test
    void theEndOfASequenceIsATruncationNotATerminal() {
        Lockstep envs = envs("pendulum", 3);
        for (int t = 0; t < 3; t++) {
            stepWithActionZero(envs);
            assertFalse(envs.terminal[0], "a pendulum never terminates; its sequence is cut at step 3");
            envs.advance();
        }
        assertFalse(envs.running[0]);
    }

    @Test
    void aFallingPoleIsATerminalAndEndsItsSequence() {
        Lockstep envs = envs("cartpole", 500);
        int steps = 0;
        while (envs.running[0]) {
            stepWithActionZero(envs);
            steps++;
            envs.advance();
        }
        assertTrue(envs.terminal[0], "pushing left until the pole falls");
        assertTrue(steps < 100, "it falls long before the sequence's 500 steps: " + steps);
        assertEquals(steps, envs.steps[0]);
    }
}
