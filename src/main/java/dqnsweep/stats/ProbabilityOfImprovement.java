package dqnsweep.stats;

/**
 * P(X > Y): the chance that a run of configuration X scores higher than a run of Y, counting
 * ties as one half (the Mann-Whitney U statistic divided by nm), as in Agarwal et al. (2021).
 * The interval resamples the runs of X and of Y independently.
 *
 * @param estimate the probability over all n x m pairs of runs
 * @param ci percentile-bootstrap interval; undefined when either side has fewer than two runs
 */
public record ProbabilityOfImprovement(double estimate, Interval ci) {

    public static ProbabilityOfImprovement of(double[] x, double[] y, Bootstrap bootstrap) {
        if (x.length == 0 || y.length == 0) {
            return new ProbabilityOfImprovement(Double.NaN, Interval.UNDEFINED);
        }
        double estimate = probability(x, y);
        if (x.length < 2 || y.length < 2) {
            return new ProbabilityOfImprovement(estimate, Interval.UNDEFINED);
        }
        int[] xi = new int[x.length];
        int[] yi = new int[y.length];
        Interval ci = bootstrap.replicate(() -> {
            bootstrap.draw(xi);
            bootstrap.draw(yi);
            return probability(Bootstrap.pick(x, xi), Bootstrap.pick(y, yi));
        });
        return new ProbabilityOfImprovement(estimate, ci);
    }

    /** (#{x_i > y_j} + #{x_i = y_j} / 2) / (n m). */
    public static double probability(double[] x, double[] y) {
        double wins = 0;
        for (double a : x) {
            for (double b : y) {
                wins += a > b ? 1 : a == b ? 0.5 : 0;
            }
        }
        return wins / ((double) x.length * y.length);
    }
}
