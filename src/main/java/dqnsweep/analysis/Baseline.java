package dqnsweep.analysis;

import dqnsweep.analysis.RunRow.RunKey;
import java.util.ArrayList;
import java.util.List;

/**
 * This sweep against a baseline sweep (before and after a code or setting change): every cell the
 * two share, paired on seeds and on evaluation episodes (the same start states), with the same
 * statistics as the comparisons within a sweep, Holm-adjusted together. In each comparison
 * {@code from} is the baseline's cell and {@code to} this sweep's.
 *
 * @param notComparable what could not be paired, one line each: cells only one sweep has, runs
 *     complete on one side only
 */
public record Baseline(Analysis current, Analysis baseline, List<Comparison> comparisons, List<String> notComparable) {

    public static final String AXIS = "baseline";

    public static Baseline of(Analysis current, Analysis baseline, AnalysisSettings settings) {
        List<Comparison> comparisons = new ArrayList<>();
        List<String> notComparable = new ArrayList<>();
        for (CellSummary cell : current.cells()) {
            CellSummary before = baseline.cell(cell.id());
            if (before == null) {
                notComparable.add("cell " + cell.id() + ": not in the baseline");
                continue;
            }
            if (cell.stats().n() == 0 || before.stats().n() == 0) {
                notComparable.add("cell " + cell.id() + ": no complete run " + (cell.stats().n() == 0 ? "here"
                        : "in the baseline"));
                continue;
            }
            unpaired(cell, current, baseline, "here", "the baseline", notComparable);
            unpaired(before, baseline, current, "in the baseline", "here", notComparable);
            comparisons.add(Comparisons.compare(AXIS, new Comparisons.Side(before, baseline.data().evals()),
                    new Comparisons.Side(cell, current.data().evals()), settings));
        }
        for (CellSummary before : baseline.cells()) {
            if (current.cell(before.id()) == null) {
                notComparable.add("cell " + before.id() + ": only in the baseline");
            }
        }
        return new Baseline(current, baseline, Comparisons.adjusted(comparisons), notComparable);
    }

    /** Runs complete in {@code side} whose seed the other side has no complete run for. */
    private static void unpaired(CellSummary cell, Analysis side, Analysis other, String here, String there,
            List<String> notes) {
        for (RunRow run : cell.runs()) {
            if (side.data().evals().containsKey(run.key())
                    && !other.data().evals().containsKey(new RunKey(cell.id(), run.seed()))) {
                notes.add("cell " + cell.id() + " seed " + run.seed() + ": complete " + here + ", not " + there);
            }
        }
    }
}
