package dqnsweep.analysis;

import dqnsweep.stats.Descriptive;
import java.util.Arrays;

/**
 * The rows of one run's {@code eval.csv}, column by column.
 *
 * @param episode 1-based episode numbers; episode k started from the same state in every run
 * @param optimalAverageReward the optimal controller's average reward per step on episode k's start (NaN without
 *     a reference)
 * @param randomAverageReward the random policy's
 */
public record EvalEpisodes(int[] episode, double[] averageReward, double[] return200, double[] uprightFraction,
        double[] optimalAverageReward, double[] randomAverageReward, double[] stepsToUpright, double[] holdAngle,
        double[] holdTorque) {

    public int size() {
        return episode.length;
    }

    /** The run's score: the mean of its episodes' average reward per step. */
    public double score() {
        return Descriptive.mean(averageReward);
    }

    /** The optimal controller's mean score on the same starts; NaN without a reference. */
    public double optimalScore() {
        return Descriptive.mean(optimalAverageReward);
    }

    /** The random policy's mean score on the same starts; NaN without a reference. */
    public double randomScore() {
        return Descriptive.mean(randomAverageReward);
    }

    public int solved(double threshold) {
        return (int) Arrays.stream(uprightFraction).filter(u -> u >= threshold).count();
    }

    /** Average reward of the episode numbered {@code number}, or NaN when the run did not play it. */
    public double averageRewardOf(int number) {
        int index = number - 1;
        if (index >= 0 && index < episode.length && episode[index] == number) {
            return averageReward[index];
        }
        for (int i = 0; i < episode.length; i++) {
            if (episode[i] == number) {
                return averageReward[i];
            }
        }
        return Double.NaN;
    }
}
