package dqnsweep.stats;

/**
 * What one complete run contributes to its cell's statistics.
 *
 * @param score the run's mean evaluation average reward per step (over its evaluation episodes)
 * @param solvedEpisodes evaluation episodes counted as solved
 * @param episodes evaluation episodes played
 */
public record RunScore(double score, int solvedEpisodes, int episodes) {

    public RunScore {
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score " + score);
        }
        if (episodes < 1 || solvedEpisodes < 0 || solvedEpisodes > episodes) {
            throw new IllegalArgumentException(solvedEpisodes + " of " + episodes + " episodes solved");
        }
    }
}
