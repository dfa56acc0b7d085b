package dqnsweep.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dqnsweep.agent.ConfigTestSupport;
import dqnsweep.config.Algo;
import dqnsweep.config.InvalidSettingException;
import dqnsweep.config.RunConfig;
import dqnsweep.io.CsvTable;
import dqnsweep.spec.ConfigResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Greedy evaluations during training: where they fall, what they measure, and that they leave training alone. */
class EvalCurveTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    /** 6 sequences of 100 steps in groups of 2 lockstep envs x frame skip 2: training advances by 4 steps. */
    private static RunConfig run(Object... settings) {
        RunConfig tiny = ConfigTestSupport.with(ConfigTestSupport.tinyDqn(3), "iterations", 6, "eval_episodes", 8,
                "eval_steps", 60);
        return ConfigTestSupport.with(tiny, settings);
    }

    @Test
    void pointsAreSpreadEvenlyOverTrainingAndTheLastIsItsEnd(@TempDir Path dir) throws IOException {
        RunConfig config = run("eval_points", 7, "eval_curve_episodes", 3);
        new RunExecutor(FIXED).execute(config, dir, TrainingProgress.NONE);
        CsvTable curve = CsvTable.read(dir.resolve("eval_curve.csv"));
        assertEquals(7, curve.size());
        double[] steps = curve.numbers("env_steps");
        long grain = config.trainingStepGrain();
        for (int k = 1; k <= 7; k++) {
            double due = Math.ceil(k * 600.0 / 7);
            assertTrue(steps[k - 1] >= due && steps[k - 1] < due + grain, "point " + k + " at " + steps[k - 1]);
        }
        assertEquals(600, steps[6], "the last point is the end of training");
        assertEquals(6, curve.number(6, "iteration"));
        CsvTable train = CsvTable.read(dir.resolve("train.csv"));
        assertEquals(train.number(5, "gradient_steps"), curve.number(6, "gradient_steps"));
    }

    @Test
    void theLastPointIsTheFinalEvaluationsFirstEpisodes(@TempDir Path dir) throws IOException {
        new RunExecutor(FIXED).execute(run("eval_points", 2, "eval_curve_episodes", 3), dir, TrainingProgress.NONE);
        double[] rewards = CsvTable.read(dir.resolve("eval.csv")).numbers("average_reward");
        double[] optimal = CsvTable.read(dir.resolve("eval.csv")).numbers("optimal_average_reward");
        CsvTable curve = CsvTable.read(dir.resolve("eval_curve.csv"));
        assertEquals((rewards[0] + rewards[1] + rewards[2]) / 3, curve.number(1, "score"), 1e-15);
        double optimum = (optimal[0] + optimal[1] + optimal[2]) / 3;
        assertEquals(optimum, curve.number(1, "optimal_score"), 1e-15);
        assertEquals(optimum - curve.number(1, "score"), curve.number(1, "optimality_gap"), 1e-12);
    }

    @Test
    void evaluatingDuringTrainingChangesNothingElse(@TempDir Path dir) throws IOException {
        Path with = dir.resolve("with");
        Path without = dir.resolve("without");
        new RunExecutor(FIXED).execute(run("eval_points", 5), with, TrainingProgress.NONE);
        new RunExecutor(FIXED).execute(run("eval_points", 0), without, TrainingProgress.NONE);
        assertEquals(Files.readString(with.resolve("train.csv")), Files.readString(without.resolve("train.csv")));
        assertEquals(Files.readString(with.resolve("eval.csv")), Files.readString(without.resolve("eval.csv")));
        assertFalse(Files.exists(without.resolve("eval_curve.csv")), "no points, no curve");
    }

    @Test
    void theDefaultsShrinkToASmallRunWhileWrittenValuesAreChecked() {
        RunConfig small = run();
        assertEquals(10, small.evalPoints(), "600 steps in fours have room for 10 points");
        RunConfig tiny = ConfigTestSupport.with(small, "iterations", 1, "steps_per_sequence", 30);
        assertEquals(7, ConfigResolver.resolve(List.of(ConfigResolver.toTree(tiny).without("eval_points"))).evalPoints(),
                "30 steps in fours (2 envs x frame skip 2) leave room for 7");
        assertEquals(20, ConfigResolver.builtIn(Algo.DQN).evalCurveEpisodes());
        ObjectNode written = ConfigResolver.toTree(ConfigResolver.builtIn(Algo.DQN));
        written.remove("eval_curve_episodes");
        RunConfig fewEpisodes = ConfigResolver.resolve(List.of(written.put("eval_episodes", 5)));
        assertEquals(5, fewEpisodes.evalCurveEpisodes(), "the default follows a smaller eval_episodes");
        InvalidSettingException tooMany = assertThrows(InvalidSettingException.class,
                () -> ConfigTestSupport.with(small, "eval_points", 200));
        assertEquals("eval_points: must be at most 150 for this run: its 600 training steps advance by up to 4 at a "
                + "time, and each point needs a step of its own; got 200", tooMany.getMessage());
        assertThrows(InvalidSettingException.class, () -> ConfigTestSupport.with(small, "eval_points", -1));
        assertEquals("eval_curve_episodes: must be between 1 and eval_episodes (8), got 9",
                assertThrows(InvalidSettingException.class,
                        () -> ConfigTestSupport.with(small, "eval_curve_episodes", 9)).getMessage());
    }

    /** The optimum on a start is the best any policy can do there: the trained policy never beats it (but by the DP's rounding). */
    @Test
    void theOptimumBoundsEveryEpisodeAndTheRandomPolicyLagsIt(@TempDir Path dir) throws IOException {
        new RunExecutor(FIXED).execute(run(), dir, TrainingProgress.NONE);
        CsvTable eval = CsvTable.read(dir.resolve("eval.csv"));
        double[] achieved = eval.numbers("average_reward");
        double[] optimal = eval.numbers("optimal_average_reward");
        double[] random = eval.numbers("random_average_reward");
        for (int k = 0; k < achieved.length; k++) {
            assertTrue(achieved[k] <= optimal[k] + 0.01, "episode " + (k + 1) + " above the optimum");
            assertTrue(random[k] < optimal[k], "episode " + (k + 1));
        }
        RunSummary.Evaluation summary = RunExecutor.readSummary(dir).evaluation();
        assertEquals(summary.optimalScore() - summary.meanAverageReward(), summary.optimalityGap(), 1e-12);
        assertTrue(summary.normalizedScore() < 1, "an untrained policy is not optimal");
    }
}
