package dqnsweep.report;

import static dqnsweep.report.Html.escape;
import static dqnsweep.report.Html.number;

import dqnsweep.analysis.Analysis;
import dqnsweep.analysis.AnalysisSettings;

/** The method section: how every number of the page is computed. */
final class HtmlMethod {

    private final Analysis analysis;
    private final StringBuilder out;

    HtmlMethod(Analysis analysis, StringBuilder out) {
        this.analysis = analysis;
        this.out = out;
    }

    void write() {
        method();
    }

    private void method() {
        var s = analysis.settings();
        out.append("<section id=\"method\">\n<h2>How the numbers are computed</h2>\n<dl class=\"defs\">\n")
                .append("<dt>Score</dt><dd>A run's mean, over its greedy evaluation episodes (eval.csv), of the ")
                .append("average reward per step. Every run plays the same start states (eval_seed), so episode k ")
                .append("of one run and episode k of another begin identically.</dd>\n")
                .append("<dt>Mean, std, median, min, max</dt><dd>Over the complete runs of a cell (n of them); std ")
                .append("divides by n\u22121.</dd>\n")
                .append("<dt>IQM</dt><dd>Interquartile mean as in rliable (Agarwal et al., NeurIPS 2021): ")
                .append("<code>scipy.stats.trim_mean(scores, 0.25)</code>, the mean after cutting floor(n/4) runs ")
                .append("from each end. With fewer than 4 runs nothing is cut; with 5 runs it is the mean of the ")
                .append("middle 3.</dd>\n")
                .append("<dt>95% intervals</dt><dd>Percentile bootstrap over runs (").append(s.bootstrapReps())
                .append(" resamples, seed ").append(s.seed()).append(", quantiles interpolated as numpy does). With ")
                .append("few runs they are too narrow: for normal data and 5 runs a 95% percentile interval of the ")
                .append("mean covers the truth about 83% of the time (93% at 20 runs). Undefined below 2 runs.</dd>\n")
                .append("<dt>Solved</dt><dd>Share of evaluation episodes with upright_fraction \u2265 ")
                .append(AnalysisSettings.SOLVED_UPRIGHT_FRACTION).append(" (pole within 0.2 rad of upright for ")
                .append("90% of the episode's last 100 steps), pooled over the cell's runs; the interval resamples ")
                .append("runs.</dd>\n")
                .append("<dt>P(to &gt; from)</dt><dd>Probability of improvement: over all pairs of runs, the share ")
                .append("where the run of <i>to</i> scores higher, ties counting half (Mann\u2013Whitney U / nm); ")
                .append("the interval resamples the runs of both cells independently.</dd>\n")
                .append("<dt>Paired \u0394</dt><dd>Mean over seeds s and episodes k of score(to, s, k) \u2212 ")
                .append("score(from, s, k), using the seeds and episodes both cells have. Its interval resamples ")
                .append("seeds and episodes independently (pigeonhole bootstrap, Owen 2007), so it includes ")
                .append("training luck.</dd>\n")
                .append("<dt>p (exact test)</dt><dd>Two-sided sign-flip test over seeds: each seed contributes its ")
                .append("mean paired difference, and under \u201cno difference\u201d each of the 2<sup>n</sup> sign ")
                .append("patterns is equally likely; p is the share of patterns whose |sum| reaches the observed one. ")
                .append("Every pattern is enumerated up to 20 seeds (beyond, 100,000 fixed-seed draws). The observed ")
                .append("pattern and its mirror always count, so p \u2265 2/2<sup>n</sup>: 0.0625 with 5 seeds, ")
                .append("which no difference can beat. When the two cells' seeds do not pair (a failed run), an exact ")
                .append("permutation test of the run scores' means over every split.</dd>\n")
                .append("<dt>Holm</dt><dd>The p-values of all comparisons shown are adjusted together by Holm's ")
                .append("step-down method (the k-th smallest times m\u2212k+1, kept in order, capped at 1), so the ")
                .append("chance of any false \u201cdetectable\u201d among them stays at most 5%.</dd>\n")
                .append("<dt>Seeds for 80% power</dt><dd>From the standard deviation s of the per-seed differences: ")
                .append("n = (z<sub>0.975</sub> + z<sub>0.8</sub>)\u00b2 (s/\u0394)\u00b2 + z<sub>0.975</sub>\u00b2/2 ")
                .append("(normal approximation with Guenther's correction for the paired t test; within one seed of ")
                .append("the exact noncentral-t answer), at least 6 because the sign-flip test cannot reach 0.05 ")
                .append("with fewer. For the observed \u0394 and for \u0394 = 0.01 per step; a dash where the ")
                .append("difference or the spread is 0. It plans from 5 seeds' spread, itself uncertain, and ")
                .append("ignores the Holm adjustment: a lower bound for the next sweep.</dd>\n")
                .append("<dt>Digits</dt><dd>An interval is printed with the decimals its width needs for its two ")
                .append("ends to differ, and its estimate with the same decimals.</dd>\n")
                .append("<dt>Learning curves</dt><dd>train.csv's average reward per step of each training sequence ")
                .append("(with exploration), averaged in up to ").append(LearningCurveChart.WINDOWS)
                .append(" windows per run, then the mean across seeds with a bootstrap band.</dd>\n</dl>\n</section>\n");
    }
}
