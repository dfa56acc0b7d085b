package dqnsweep.analysis;

import dqnsweep.stats.Descriptive;
import java.util.Arrays;

/**
 * The rows of one run's {@code eval.csv}, column by column, with each episode's score in its
 * environment's unit: the average reward per step on the pendulums (the tutorial's number), the
 * return elsewhere (as published results are).
 *
 * @param episode 1-based episode numbers; episode k started from the same state in every run
 * @param scores each episode's score
 * @param success 1 where the episode succeeded by its environment's measure, else 0
 * @param optimalScores the optimum's score on episode k's start (NaN without a reference)
 * @param randomScores the uniformly random policy's (NaN without a reference)
 */
public record EvalEpisodes(int[] episode, double[] scores, double[] averageReward, double[] return200,
        double[] uprightFraction, double[] success, double[] optimalScores, double[] randomScores,
        double[] stepsToUpright, double[] holdAngle, double[] holdTorque) {

    public int size() {
        return episode.length;
    }

    /** The run's score: the mean of its episodes' scores. */
    public double score() {
        return Descriptive.mean(scores);
    }

    /** The optimum's mean score on the same starts; NaN without a reference. */
    public double optimalScore() {
        return Descriptive.mean(optimalScores);
    }

    /** The random policy's mean score on the same starts; NaN without a reference. */
    public double randomScore() {
        return Descriptive.mean(randomScores);
    }

    /** Episodes that succeeded. */
    public int solved() {
        return (int) Arrays.stream(success).filter(s -> s > 0.5).count();
    }

    /** Score of the episode numbered {@code number}, or NaN when the run did not play it. */
    public double scoreOf(int number) {
        int index = number - 1;
        if (index >= 0 && index < episode.length && episode[index] == number) {
            return scores[index];
        }
        for (int i = 0; i < episode.length; i++) {
            if (episode[i] == number) {
                return scores[i];
            }
        }
        return Double.NaN;
    }
}
