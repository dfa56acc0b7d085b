package dqnsweep.agent;

import dqnsweep.config.Algo;
import dqnsweep.config.RunConfig;
import dqnsweep.spec.ConfigResolver;

/** Builds configurations for tests: a base with some settings changed, resolved and validated as users' are. */
public final class ConfigTestSupport {

    private ConfigTestSupport() {
    }

    /** {@code base} with key/value pairs applied, e.g. {@code with(base, "bins", 10, "seed", 3)}. */
    public static RunConfig with(RunConfig base, Object... keyValues) {
        return ConfigResolver.with(base, keyValues);
    }

    /** A dqn run small enough for a unit test (a second or two). */
    public static RunConfig tinyDqn(long seed) {
        return with(ConfigResolver.builtIn(Algo.DQN), "iterations", 4, "steps_per_sequence", 100, "parallel_envs", 2,
                "learning_starts", 50, "train_every", 20, "batch_size", 16, "target_interval", 5,
                "eval_episodes", 6, "eval_steps", 120, "seed", seed);
    }
}
