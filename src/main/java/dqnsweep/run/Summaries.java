package dqnsweep.run;

import dqnsweep.config.RunConfig;
import dqnsweep.eval.EpisodeResult;
import dqnsweep.reference.Reference;
import dqnsweep.sim.EnvName;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** Headline figures of an evaluation. */
public final class Summaries {

    private Summaries() {
    }

    /**
     * Means over the episodes, the share of successful ones, the score in the environment's unit,
     * and the run against its optimum when there is one ({@link Optimum}).
     */
    public static RunSummary.Evaluation evaluation(RunConfig config, List<EpisodeResult> episodes,
            Optional<Reference> reference) {
        int n = episodes.size();
        EnvName env = config.env();
        double score = mean(episodes, episode -> episode.score(env));
        int solved = 0;
        for (EpisodeResult episode : episodes) {
            solved += episode.success() ? 1 : 0;
        }
        Optimum optimum = Optimum.of(config, reference, n);
        return new RunSummary.Evaluation(n, score, mean(episodes, EpisodeResult::steps),
                mean(episodes, EpisodeResult::averageReward), mean(episodes, EpisodeResult::return200),
                mean(episodes, EpisodeResult::uprightFraction), (double) solved / n,
                mean(episodes, EpisodeResult::totalReturn), finite(mean(episodes, EpisodeResult::stepsToUpright)),
                finite(mean(episodes, EpisodeResult::holdAngle)), finite(mean(episodes, EpisodeResult::holdTorque)),
                optimum.optimal(), optimum.random(), optimum.gap(score), optimum.normalized(score));
    }

    /** 0 for the random policy's score, 1 for the optimum's. */
    public static double normalized(double score, double optimal, double random) {
        return (score - random) / (optimal - random);
    }

    /** The mean of the first {@code n} values. */
    static double mean(double[] values, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += values[i];
        }
        return sum / n;
    }

    /** Summed in episode order (not DoubleStream.sum's compensated sum), so the figures keep their bits. */
    private static double mean(List<EpisodeResult> episodes, ToDoubleFunction<EpisodeResult> figure) {
        double sum = 0;
        for (EpisodeResult episode : episodes) {
            sum += figure.applyAsDouble(episode);
        }
        return sum / episodes.size();
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
