package dqnsweep.run;

import dqnsweep.agent.QNetwork;
import dqnsweep.config.RunConfig;
import dqnsweep.eval.EpisodeResult;
import dqnsweep.eval.Evaluator;
import dqnsweep.reference.Reference;
import dqnsweep.sim.EnvName;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * worst_episodes.csv: the evaluation episodes furthest below the optimum, step by step, for the
 * report's gallery (which reads files, never models). They are found in eval.csv's figures and
 * played again with the trained network from their own starts, which costs three episodes
 * instead of keeping every step of every episode.
 */
final class WorstEpisodes {

    static final int COUNT = 3;

    private WorstEpisodes() {
    }

    /**
     * The numbers of the {@code count} episodes with the largest gap to the optimum on their own
     * start ({@code optimal_average_reward - average_reward}), largest first, ties to the lower
     * number. Without a reference the optimum is one number for all episodes, so the gap ranks
     * them as the lowest score does (return or average reward, the environment's unit).
     */
    static int[] rank(List<EpisodeResult> episodes, EnvName env, Optional<Reference> reference, int count) {
        double[] optimal = reference.map(Reference::optimalAverageReward).orElse(null);
        Comparator<EpisodeResult> byGap = Comparator.comparingDouble(e -> optimal == null
                ? -e.score(env) : optimal[e.episode() - 1] - e.averageReward());
        return episodes.stream().sorted(byGap.reversed().thenComparingInt(EpisodeResult::episode)).limit(count)
                .mapToInt(EpisodeResult::episode).toArray();
    }

    /** Replays the worst episodes and writes them, worst first; fails if a replay differs from the evaluation. */
    static void write(Path file, RunConfig config, Evaluator evaluator, QNetwork network, List<EpisodeResult> episodes,
            Optional<Reference> reference) throws IOException {
        int[] worst = rank(episodes, config.env(), reference, COUNT);
        TrajectoryBuffer steps = new TrajectoryBuffer(config, worst);
        int[] ascending = worst.clone();
        Arrays.sort(ascending);
        for (EpisodeResult again : evaluator.replay(network, ascending, steps)) {
            if (!again.equals(episodes.get(again.episode() - 1))) {
                throw new IllegalStateException("evaluation episode " + again.episode()
                        + " played again gave another result: the evaluation is not deterministic");
            }
        }
        steps.write(file);
    }
}
