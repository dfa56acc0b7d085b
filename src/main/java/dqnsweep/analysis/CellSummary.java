package dqnsweep.analysis;

import dqnsweep.analysis.SweepInfo.Cell;
import dqnsweep.stats.CellStatistics;
import dqnsweep.stats.Interval;
import java.util.List;

/**
 * One cell of the grid across its seeds: counts, statistics of the complete runs, the cell against
 * the optimum of its evaluation, and means of the other evaluation figures.
 *
 * @param reference the optimal and the random policy's mean scores on the cell's starts (NaN without a reference)
 * @param pendulum where its pendulum policies lose (NaN for other environments)
 * @param corrupt runs complete but with files that do not match their run.json: not scored
 * @param runs every run of the cell, complete or not, in seed order
 * @param best the complete run with the highest score, or null when none completed
 */
public record CellSummary(Cell cell, int complete, int failed, int missing, int corrupt, CellStatistics stats,
        Reference reference, double meanReturn200, double meanUprightFraction, Pendulum pendulum,
        double meanStepsPerSecond, List<RunRow> runs, RunRow best) {

    /** The optimum and the random floor of the cell's evaluation, per step. */
    public record Reference(double optimalScore, double randomScore) {
    }

    /** Means over the runs of the pendulum figures of eval.csv. */
    public record Pendulum(double stepsToUpright, double holdAngle, double holdTorque) {
    }

    public String id() {
        return cell.id();
    }

    /**
     * The optimality gap: the optimum minus the mean score, per step. The optimum is the same for
     * every run of the cell, so its interval is the mean's, mirrored.
     */
    public double optimalityGap() {
        return reference.optimalScore() - stats.mean();
    }

    public Interval optimalityGapCi() {
        Interval mean = stats.meanCi();
        return mean.defined() ? new Interval(reference.optimalScore() - mean.high(),
                reference.optimalScore() - mean.low()) : Interval.UNDEFINED;
    }

    /** (mean - random) / (optimal - random): 0 for the random policy, 1 for the optimum. */
    public double normalizedScore() {
        return normalize(stats.mean());
    }

    public Interval normalizedScoreCi() {
        Interval mean = stats.meanCi();
        return mean.defined() ? new Interval(normalize(mean.low()), normalize(mean.high())) : Interval.UNDEFINED;
    }

    private double normalize(double score) {
        return (score - reference.randomScore()) / (reference.optimalScore() - reference.randomScore());
    }
}
