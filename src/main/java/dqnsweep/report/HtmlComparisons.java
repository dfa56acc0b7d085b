package dqnsweep.report;

import static dqnsweep.report.Html.escape;

import dqnsweep.analysis.Analysis;
import dqnsweep.analysis.Comparison;
import dqnsweep.stats.PairedDifference;
import dqnsweep.stats.SeedPlan;
import java.util.List;

/**
 * The comparisons section: per pair of cells that differ on one axis, the probability of
 * improvement, the paired difference, the exact test with its Holm-adjusted p-value and how many
 * seeds would detect the difference.
 */
final class HtmlComparisons {

    static final double ALPHA = 0.05;

    private final List<Comparison> comparisons;
    private final StringBuilder out;

    HtmlComparisons(Analysis analysis, StringBuilder out) {
        this(analysis.comparisons(), out);
    }

    HtmlComparisons(List<Comparison> comparisons, StringBuilder out) {
        this.comparisons = comparisons;
        this.out = out;
    }

    void write() {
        out.append("<section id=\"comparisons\">\n<h2>Comparisons</h2>\n");
        if (comparisons.isEmpty()) {
            out.append("<p class=\"muted\">No two cells with complete runs differ on exactly one axis.</p>\n")
                    .append("</section>\n");
            return;
        }
        out.append("<p>").append(summary()).append("</p>\n");
        table(comparisons, out);
        out.append("</section>\n");
    }

    /** How many comparisons, how many detected after Holm, and the floor the seed count puts on p. */
    String summary() {
        long detected = comparisons.stream().filter(c -> c.detected(ALPHA)).count();
        double smallest = comparisons.stream().mapToDouble(c -> c.test().smallestP()).filter(Double::isFinite).min()
                .orElse(Double.NaN);
        int seeds = comparisons.stream().mapToInt(c -> c.paired().seeds()).max().orElse(0);
        StringBuilder text = new StringBuilder().append(comparisons.size()).append(comparisons.size() == 1
                ? " comparison" : " comparisons").append(", each tested exactly for \u201cno difference\u201d; ")
                .append("p-values are adjusted for all ").append(comparisons.size()).append(" together (Holm). ")
                .append(detected).append(" of ").append(comparisons.size()).append(detected == 1 ? " is" : " are")
                .append(" detectable at 5% after the adjustment.");
        if (Double.isFinite(smallest) && smallest > ALPHA / comparisons.size()) {
            text.append(" With ").append(seeds).append(" paired seeds no test can give p below ")
                    .append(Digits.pValue(smallest)).append(", so a difference cannot be established however large ")
                    .append("it is: the last columns say how many seeds would detect it.");
        }
        return text.toString();
    }

    /** The table, also used by the baseline page. */
    static void table(List<Comparison> comparisons, StringBuilder out) {
        out.append("<p class=\"muted\"><b>P(to &gt; from)</b>: the chance a run of <i>to</i> scores higher than a run ")
                .append("of <i>from</i> (ties count half). <b>Paired \u0394</b>: episode k of <i>to</i> minus episode ")
                .append("k of <i>from</i> at the same seed (identical start states), averaged; both with 95% ")
                .append("bootstrap intervals over seeds. <b>p</b>: exact sign-flip test over the paired seeds ")
                .append("(permutation test when the seeds do not pair); <b>Holm</b>: adjusted for every row. ")
                .append("<b>Seeds for 80%</b>: seeds a paired comparison needs to detect the observed \u0394 (and a ")
                .append("\u0394 of 0.01 per step) with 80% power at 5%.</p>\n")
                .append("<div class=\"scroll\"><table class=\"sortable\" id=\"comparison-table\"><thead><tr>")
                .append("<th class=\"l\">axis</th><th class=\"l\">from</th><th class=\"l\">to</th>")
                .append("<th>P(to &gt; from)</th><th>95% CI</th><th>paired \u0394</th><th>95% CI</th>")
                .append("<th>episodes won</th><th>p</th><th>Holm</th><th class=\"l\">verdict</th>")
                .append("<th>seeds for 80%</th><th>at \u0394 0.01</th><th>seeds \u00d7 episodes</th></tr></thead>\n")
                .append("<tbody>\n");
        for (Comparison c : comparisons) {
            PairedDifference p = c.paired();
            out.append("<tr>").append(Td.text(c.axis())).append(Td.text(c.from().id())).append(Td.text(c.to().id()))
                    .append(Td.estimate(c.improvement().estimate(), c.improvement().ci(), 2))
                    .append(Td.interval(c.improvement().ci(), 2, c.improvement().ci().low()))
                    .append(Td.estimate(p.meanDifference(), p.ci(), 3)).append(Td.interval(p.ci(), 3, p.ci().low()))
                    .append(Td.percent(p.winRate())).append(Td.pValue(c.test().pValue())).append(Td.pValue(c.pHolm()))
                    .append(Td.text(verdict(c))).append(seeds(c.seedsForObserved()))
                    .append(seeds(c.seedsForStep())).append("<td data-v=\"").append(p.seeds() * p.episodes())
                    .append("\">").append(p.seeds()).append(" \u00d7 ").append(p.episodes()).append("</td></tr>\n");
        }
        out.append("</tbody></table></div>\n");
    }

    static String verdict(Comparison c) {
        if (!Double.isFinite(c.pHolm())) {
            return "not tested";
        }
        if (c.paired().meanDifference() == 0) {
            return "no difference";
        }
        if (c.detected(ALPHA)) {
            return c.paired().meanDifference() > 0 ? "to is better" : "from is better";
        }
        return "not detectable with " + c.test().n() + (c.test().test().startsWith("sign_flip") ? " seeds" : " runs");
    }

    private static String seeds(SeedPlan plan) {
        if (plan.seeds() == null) {
            return "<td data-v=\"\" title=\"" + escape(plan.note()) + "\">" + Html.DASH + "</td>";
        }
        return "<td data-v=\"" + plan.seeds() + "\">" + String.format(java.util.Locale.ROOT, "%,d", plan.seeds())
                + "</td>";
    }
}
