package dqnsweep.stats;

import java.util.List;

/**
 * One grid cell summarised across its seeds. The unit is the run: {@code n} complete runs, each
 * contributing its mean evaluation score. The solved rate pools the episodes of all runs; its
 * interval resamples runs (not episodes), since runs are the independent units.
 *
 * @param n complete runs
 * @param mean mean of the run scores
 * @param std sample standard deviation (n-1) of the run scores; NaN for n < 2
 * @param median median of the run scores
 * @param iqm interquartile mean of the run scores ({@link Descriptive#iqm})
 * @param meanCi percentile-bootstrap interval of the mean; undefined for n < 2
 * @param iqmCi percentile-bootstrap interval of the IQM; undefined for n < 2
 * @param min lowest run score
 * @param max highest run score
 * @param solvedRate solved episodes / episodes, pooled over the runs
 * @param solvedCi percentile-bootstrap interval of the pooled solved rate, resampling runs
 */
public record CellStatistics(int n, double mean, double std, double median, double iqm, Interval meanCi,
        Interval iqmCi, double min, double max, double solvedRate, Interval solvedCi) {

    public static CellStatistics of(List<RunScore> runs, Bootstrap bootstrap) {
        double[] scores = runs.stream().mapToDouble(RunScore::score).toArray();
        int[] solved = runs.stream().mapToInt(RunScore::solvedEpisodes).toArray();
        int[] episodes = runs.stream().mapToInt(RunScore::episodes).toArray();
        return new CellStatistics(runs.size(), Descriptive.mean(scores), Descriptive.sampleStd(scores),
                Descriptive.median(scores), Descriptive.iqm(scores), bootstrap.mean(scores), bootstrap.iqm(scores),
                Descriptive.min(scores), Descriptive.max(scores), pooledRate(solved, episodes, null),
                bootstrap.interval(runs.size(), indices -> pooledRate(solved, episodes, indices)));
    }

    /** Sum of solved over sum of episodes of the chosen runs (all runs when {@code indices} is null). */
    static double pooledRate(int[] solved, int[] episodes, int[] indices) {
        long solvedSum = 0;
        long episodeSum = 0;
        int count = indices == null ? solved.length : indices.length;
        for (int i = 0; i < count; i++) {
            int run = indices == null ? i : indices[i];
            solvedSum += solved[run];
            episodeSum += episodes[run];
        }
        return episodeSum == 0 ? Double.NaN : (double) solvedSum / episodeSum;
    }
}
