package dqnsweep.reference;

/**
 * One episode's figures, as the evaluation computes them.
 *
 * @param averageReward the sum of rewards divided by the steps played
 * @param return200 the sum of the first 200 rewards
 * @param steps the steps played
 */
public record EpisodeScore(double averageReward, double return200, int steps) {

    public EpisodeScore {
        if (!Double.isFinite(averageReward) || !Double.isFinite(return200)) {
            throw new IllegalArgumentException("scores must be finite, got " + averageReward + ", " + return200);
        }
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be positive, got " + steps);
        }
    }
}
