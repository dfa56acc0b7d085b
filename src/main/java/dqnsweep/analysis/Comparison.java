package dqnsweep.analysis;

import dqnsweep.analysis.SweepInfo.Cell;
import dqnsweep.stats.PairedDifference;
import dqnsweep.stats.ProbabilityOfImprovement;

/**
 * Two cells that differ on one axis only: moving {@code axis} from {@code from} to {@code to}.
 *
 * @param improvement P(a run of {@code to} scores higher than a run of {@code from})
 * @param paired per-episode paired differences, {@code to} minus {@code from}
 */
public record Comparison(String axis, Cell from, Cell to, ProbabilityOfImprovement improvement, PairedDifference paired) {
}
