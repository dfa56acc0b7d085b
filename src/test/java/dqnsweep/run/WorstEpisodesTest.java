package dqnsweep.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dqnsweep.agent.ConfigTestSupport;
import dqnsweep.config.RunConfig;
import dqnsweep.eval.EpisodeResult;
import dqnsweep.io.CsvTable;
import dqnsweep.reference.Reference;
import dqnsweep.reference.ReferenceKey;
import dqnsweep.sim.EnvName;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorstEpisodesTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    /** A real run of 9 episodes: the worst may lie beyond the 5 of trajectory.csv. */
    @Test
    void theRunRecordsTheThreeEpisodesFurthestBelowTheOptimumAsTheyWerePlayed(@TempDir Path dir) throws IOException {
        RunConfig config = ConfigTestSupport.with(ConfigTestSupport.tinyDqn(4), "eval_episodes", 9);
        new RunExecutor(FIXED).execute(config, dir, TrainingProgress.NONE);
        CsvTable eval = CsvTable.read(dir.resolve(RunOutputs.EVAL));
        double[] optimal = eval.numbers("optimal_average_reward");
        double[] average = eval.numbers("average_reward");
        assertFalse(Double.isNaN(optimal[0]), "the pendulum has a reference: the gap is to its optimum");
        List<Integer> expected = IntStream.rangeClosed(1, 9).boxed()
                .sorted(Comparator.comparingDouble((Integer k) -> optimal[k - 1] - average[k - 1]).reversed()
                        .thenComparing(k -> k))
                .limit(3).toList();

        CsvTable worst = CsvTable.read(dir.resolve(RunOutputs.WORST_EPISODES));
        CsvTable first = CsvTable.read(dir.resolve(RunOutputs.TRAJECTORY));
        List<Integer> order = new ArrayList<>();
        int row = 0;
        while (row < worst.size()) {
            int episode = (int) worst.number(row, "episode");
            order.add(episode);
            double total = 0;
            int steps = 0;
            for (; row < worst.size() && worst.number(row, "episode") == episode; row++, steps++) {
                assertEquals(steps, worst.number(row, "step"));
                total += worst.number(row, "reward");
                if (episode <= 5) {
                    int same = (episode - 1) * config.evalSteps() + steps;
                    for (String column : List.of("theta", "theta_dot", "action", "reward")) {
                        assertEquals(first.text(same, column), worst.text(row, column), "as in trajectory.csv");
                    }
                }
            }
            assertEquals(eval.number(episode - 1, "steps"), steps, "episode " + episode + " whole");
            assertEquals(eval.number(episode - 1, "return"), total, 1e-9, "episode " + episode + "'s rewards");
        }
        assertEquals(expected, order, "largest gap first");
    }

    @Test
    void rankedByTheGapToEachStartsOptimumTiesToTheLowerEpisode() {
        List<EpisodeResult> episodes = episodes(new double[] {-1, -3, -2, -3, -0.5}, new double[] {0, 0, 0, 0, 0});
        double[] optimal = {-0.5, -0.5, -1.5, -1, -0.4};
        Reference reference = new Reference(new ReferenceKey(EnvName.PENDULUM, 20, 1, 7, 5, 250), optimal,
                optimal, optimal, optimal);
        // gaps 0.5, 2.5, 0.5, 2.0, 0.1
        assertArrayEquals(new int[] {2, 4, 1}, WorstEpisodes.rank(episodes, EnvName.PENDULUM, Optional.of(reference), 3));
        assertArrayEquals(new int[] {2, 4, 3}, WorstEpisodes.rank(episodes, EnvName.PENDULUM, Optional.empty(), 3),
                "without a reference: the lowest average rewards");
        assertArrayEquals(new int[] {2, 1}, WorstEpisodes.rank(episodes.subList(0, 2), EnvName.PENDULUM,
                Optional.of(reference), 3), "fewer episodes than asked: all of them");
    }

    @Test
    void withoutAnOptimumCartPoleRanksByReturn() {
        // episode 1 has the lower average reward, but the longer episode and the higher return
        List<EpisodeResult> episodes = episodes(new double[] {0.9, 1.0, 1.0}, new double[] {450, 120, 300});
        assertArrayEquals(new int[] {2, 3}, WorstEpisodes.rank(episodes, EnvName.CARTPOLE, Optional.empty(), 2));
    }

    private static List<EpisodeResult> episodes(double[] averageReward, double[] totalReturn) {
        List<EpisodeResult> episodes = new ArrayList<>();
        for (int k = 0; k < averageReward.length; k++) {
            episodes.add(new EpisodeResult(k + 1, 250, averageReward[k], 0, 0, totalReturn[k], 0, 0, 0, false));
        }
        return episodes;
    }
}
