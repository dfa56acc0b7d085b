package dqnsweep.report;

import static dqnsweep.report.Html.escape;

import dqnsweep.analysis.Analysis;
import dqnsweep.analysis.CellSummary;
import dqnsweep.analysis.Comparison;
import dqnsweep.analysis.Comparisons;
import dqnsweep.analysis.SweepInfo;
import dqnsweep.stats.Descriptive;
import dqnsweep.stats.SignFlip;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The first screen's answers, as sentences generated from the statistics: what changes along an
 * axis (and whether it is detectable), the gap to the optimum, whether the evaluation can tell
 * cells apart, the update budget, and which cell is best only when it is distinguishable.
 * Every method returns HTML.
 */
final class Answers {

    static final double ALPHA = HtmlComparisons.ALPHA;

    private final Analysis analysis;
    private final EvalCurves curves;

    Answers(Analysis analysis, EvalCurves curves) {
        this.analysis = analysis;
        this.curves = curves;
    }

    /** Does the score change along {@code axis}? The IQM per slice, then what the tests say. */
    String alongAxis(String axis) {
        SweepInfo.Axis found = analysis.sweep().axes().stream().filter(a -> a.name().equals(axis)).findFirst()
                .orElse(null);
        if (found == null) {
            return "This sweep does not vary " + escape(axis) + ", so it cannot say.";
        }
        List<Comparison> along = analysis.comparisons().stream().filter(c -> c.axis().equals(axis)).toList();
        StringBuilder text = new StringBuilder();
        List<Comparison> detected = along.stream().filter(c -> c.detected(ALPHA)).toList();
        if (along.isEmpty()) {
            text.append("No two cells with complete runs differ only in ").append(escape(axis)).append(". ");
        } else if (detected.isEmpty()) {
            text.append("<b>No detectable change with ").append(escape(axis)).append("</b>: none of the ")
                    .append(along.size()).append(" comparisons along ").append(escape(axis))
                    .append(" has a Holm-adjusted p below 0.05. ");
        } else {
            text.append("<b>").append(detected.size()).append(" of ").append(along.size())
                    .append(" changes along ").append(escape(axis)).append(" are detectable</b> (Holm p &lt; 0.05): ");
            List<String> parts = new ArrayList<>();
            detected.forEach(c -> parts.add(escape(c.from().id() + " \u2192 " + c.to().value(axis)) + " "
                    + Digits.withInterval(c.paired().meanDifference(), c.paired().ci(), 3) + " per step"));
            text.append(String.join("; ", parts)).append(". ");
        }
        along.stream().max(Comparator.comparingDouble(c -> Math.abs(c.paired().meanDifference())))
                .ifPresent(c -> text.append("The largest paired difference, ").append(escape(c.from().id()))
                        .append(" \u2192 ").append(escape(c.to().value(axis))).append(", is ")
                        .append(Digits.withInterval(c.paired().meanDifference(), c.paired().ci(), 3))
                        .append(" per step, P(improvement) ")
                        .append(Digits.withInterval(c.improvement().estimate(), c.improvement().ci(), 2))
                        .append(" (exact p ").append(Digits.pValue(c.test().pValue())).append(", Holm ")
                        .append(Digits.pValue(c.pHolm())).append("). "));
        text.append("IQM by ").append(escape(axis)).append(" (").append(escape(String.join(" \u2192 ",
                found.values()))).append("): ").append(slices(axis)).append('.');
        return text.toString();
    }

    /** "bins=10: -0.625 → -0.619 → -0.633; ..." with the other axes as the slice label. */
    private String slices(String axis) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (CellSummary cell : analysis.cells()) {
            List<String> others = new ArrayList<>();
            cell.cell().values().forEach((k, v) -> {
                if (!k.equals(axis)) {
                    others.add(k + "=" + v);
                }
            });
            lines.computeIfAbsent(others.isEmpty() ? "" : String.join(", ", others) + ": ", g -> new ArrayList<>())
                    .add(Digits.estimate(cell.stats().iqm(), cell.stats().iqmCi(), 3));
        }
        List<String> parts = new ArrayList<>();
        lines.forEach((group, values) -> parts.add(escape(group) + String.join(" \u2192 ", values)));
        return String.join("; ", parts);
    }

    /** How good against the optimum: the gap and the normalised score of the best and worst cells. */
    String optimum() {
        CellSummary best = analysis.bestCell();
        CellSummary worst = analysis.worstCell();
        if (best == null || !Double.isFinite(best.optimalityGap())) {
            return "This environment has no computed optimum, so the gap cannot be given.";
        }
        return "The optimal controller scores " + Html.number(best.reference().optimalScore(), 3) + " per step on the "
                + "same starts. The cell with the highest IQM, " + escape(best.id()) + ", is <b>"
                + Digits.withInterval(best.optimalityGap(), best.optimalityGapCi(), 3) + " per step below it</b> "
                + "(optimality gap; normalised score " + Digits.withInterval(best.normalizedScore(),
                best.normalizedScoreCi(), 3) + ", 0 random, 1 optimal)"
                + (worst == null || worst == best ? "." : "; the lowest, " + escape(worst.id()) + ", "
                + Digits.withInterval(worst.optimalityGap(), worst.optimalityGapCi(), 3) + " below.")
                + (worst != null && worst.normalizedScore() > 0.9 ? " Every cell is above 0.9 of the way from the "
                        + "random policy to the optimum: the grid varies the last few per cent of the task." : "");
    }

    /** Seeds, interval widths against the differences, and what detecting them would take. */
    String meaningful() {
        int seeds = analysis.cells().stream().mapToInt(c -> c.stats().n()).max().orElse(0);
        double[] widths = analysis.cells().stream().filter(c -> c.stats().iqmCi().defined())
                .mapToDouble(c -> c.stats().iqmCi().high() - c.stats().iqmCi().low()).toArray();
        double[] differences = analysis.comparisons().stream().mapToDouble(c -> Math.abs(c.paired().meanDifference()))
                .filter(Double::isFinite).toArray();
        long[] planned = analysis.comparisons().stream().filter(c -> c.seedsForObserved().seeds() != null)
                .mapToLong(c -> c.seedsForObserved().seeds()).sorted().toArray();
        long[] atStep = analysis.comparisons().stream().filter(c -> c.seedsForStep().seeds() != null)
                .mapToLong(c -> c.seedsForStep().seeds()).sorted().toArray();
        StringBuilder text = new StringBuilder("Each cell has ").append(seeds).append(seeds == 1 ? " seed" : " seeds")
                .append(", every run evaluated from the same start states. ");
        if (widths.length > 0 && differences.length > 0) {
            text.append("The 95% intervals of the IQM are ").append(Html.number(Descriptive.median(widths), 3))
                    .append(" per step wide (median), the paired differences between neighbouring cells ")
                    .append(Html.number(Descriptive.median(differences), 3)).append(" (median). ");
        }
        text.append("With ").append(seeds).append(" seeds the exact test cannot give p below ")
                .append(Digits.pValue(SignFlip.smallestP(seeds))).append(seeds < 6 ? ", so no difference can be "
                        + "established, and the bootstrap intervals are too narrow at this n (83% coverage at 5). " : ". ");
        if (planned.length > 0) {
            text.append("Detecting the observed differences with 80% power would take ").append(range(planned))
                    .append(" seeds per comparison (median ").append(format(planned[planned.length / 2])).append(")");
            if (atStep.length > 0) {
                text.append("; a difference of 0.01 per step ").append(range(atStep)).append(" seeds");
            }
            text.append(" (see the comparisons).");
        }
        return text.toString();
    }

    /**
     * The update budget, when it does not grow like the iterations: then iterations and gradient
     * steps are confounded and the page says so. Empty when there is nothing to say.
     */
    String updateBudget() {
        if (!analysis.sweep().axisNames().contains("iterations")) {
            return "";
        }
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (CellSummary cell : analysis.cells()) {
            OptionalDouble updates = curves.gradientSteps(cell);
            OptionalDouble steps = curves.envSteps(cell);
            if (updates.isEmpty() || steps.isEmpty()) {
                continue;
            }
            double[] sum = sums.computeIfAbsent(cell.cell().value("iterations"), v -> new double[3]);
            sum[0] += updates.getAsDouble();
            sum[1] += steps.getAsDouble();
            sum[2]++;
        }
        if (sums.size() < 2) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        List<String> confounded = new ArrayList<>();
        double[] previous = null;
        String previousValue = "";
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            double[] s = e.getValue();
            double[] mean = {s[0] / s[2], s[1] / s[2]};
            parts.add(escape(e.getKey()) + " iterations: " + format(Math.round(mean[0])) + " gradient steps for "
                    + format(Math.round(mean[1])) + " environment steps");
            // a step along iterations whose updates grow much less than its experience
            if (previous != null && mean[0] / previous[0] < mean[1] / previous[1] / 1.5) {
                confounded.add(escape(previousValue + " → " + e.getKey()) + " iterations gives "
                        + ratio(mean[1] / previous[1]) + " the environment steps but only " + ratio(mean[0] / previous[0])
                        + " the gradient steps");
            }
            previous = mean;
            previousValue = e.getKey();
        }
        String verdict = confounded.isEmpty() ? " Updates grow with the environment steps."
                : " <b>The update budget confounds iterations</b>: " + String.join("; ", confounded) + ", so a "
                        + "longer run mostly adds experience, not learning (the replay ratio falls).";
        return "Gradient steps per run (mean over seeds): " + String.join("; ", parts) + "." + verdict;
    }

    /** The best cell, named only when the exact paired test tells it from the runner-up. */
    String best() {
        List<CellSummary> ranked = analysis.cells().stream().filter(c -> c.stats().n() > 0)
                .sorted(Comparator.comparingDouble((CellSummary c) -> -c.stats().iqm())).toList();
        if (ranked.isEmpty()) {
            return "No run completed.";
        }
        CellSummary first = ranked.get(0);
        if (ranked.size() == 1) {
            return "One cell: " + escape(first.id()) + ".";
        }
        CellSummary second = ranked.get(1);
        Comparison c = Comparisons.compare("best", new Comparisons.Side(second, analysis.data().evals()),
                new Comparisons.Side(first, analysis.data().evals()), analysis.settings());
        String iqms = escape(first.id()) + " (IQM " + Digits.withInterval(first.stats().iqm(), first.stats().iqmCi(),
                3) + ") and " + escape(second.id()) + " (" + Digits.withInterval(second.stats().iqm(),
                second.stats().iqmCi(), 3) + ")";
        if (c.test().pValue() < ALPHA) {
            return "<b>Best cell: " + escape(first.id()) + "</b>, distinguishable from the next, " + escape(second.id())
                    + " (exact p " + Digits.pValue(c.test().pValue()) + ", not adjusted). IQMs: " + iqms + ".";
        }
        int seeds = Math.max(c.paired().seeds(), 1);
        return "<b>The cells with the highest IQM are indistinguishable with " + seeds + (seeds == 1 ? " seed" : " seeds")
                + "</b>: " + iqms + " differ by " + Digits.withInterval(c.paired().meanDifference(), c.paired().ci(), 3)
                + " per step, exact p " + Digits.pValue(c.test().pValue()) + ". No cell is named best.";
    }

    private static String range(long[] sorted) {
        return sorted[0] == sorted[sorted.length - 1] ? format(sorted[0])
                : format(sorted[0]) + "\u2013" + format(sorted[sorted.length - 1]);
    }

    private static String format(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f\u00d7", value);
    }
}
