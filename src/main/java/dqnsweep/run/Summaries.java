package dqnsweep.run;

import dqnsweep.eval.EpisodeResult;
import java.util.List;

/** Headline figures of an evaluation. */
public final class Summaries {

    /** Upright share of the last 100 evaluation steps from which an episode counts as solved. */
    public static final double SOLVED_UPRIGHT_FRACTION = 0.9;

    private Summaries() {
    }

    /** Means over the episodes, and the share of solved episodes. */
    public static RunSummary.Evaluation evaluation(List<EpisodeResult> episodes) {
        double reward = 0;
        double return200 = 0;
        double upright = 0;
        double total = 0;
        int solved = 0;
        for (EpisodeResult episode : episodes) {
            reward += episode.averageReward();
            return200 += episode.return200();
            upright += episode.uprightFraction();
            total += episode.totalReturn();
            solved += episode.uprightFraction() >= SOLVED_UPRIGHT_FRACTION ? 1 : 0;
        }
        int n = episodes.size();
        return new RunSummary.Evaluation(n, reward / n, return200 / n, upright / n, (double) solved / n, total / n);
    }
}
