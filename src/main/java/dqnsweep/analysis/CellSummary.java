package dqnsweep.analysis;

import dqnsweep.analysis.SweepInfo.Cell;
import dqnsweep.stats.CellStatistics;
import java.util.List;

/**
 * One cell of the grid across its seeds: counts, statistics of the complete runs, and means of
 * the other evaluation figures.
 *
 * @param runs every run of the cell, complete or not, in seed order
 * @param best the complete run with the highest score, or null when none completed
 */
public record CellSummary(Cell cell, int complete, int failed, int missing, CellStatistics stats, double meanReturn200,
        double meanUprightFraction, double meanStepsPerSecond, List<RunRow> runs, RunRow best) {

    public String id() {
        return cell.id();
    }
}
