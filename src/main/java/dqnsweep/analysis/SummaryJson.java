package dqnsweep.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dqnsweep.analysis.RunRow.Status;
import dqnsweep.io.AtomicFiles;
import dqnsweep.io.Json;
import dqnsweep.stats.CellStatistics;
import dqnsweep.stats.Interval;
import dqnsweep.stats.PairedDifference;
import dqnsweep.stats.SeedPlan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code summary.json}: the statistics for programs, every cell and comparison with its
 * intervals as [low, high]. Numbers that cannot be estimated are null.
 */
public final class SummaryJson {

    static final String FILE = "summary.json";

    private SummaryJson() {
    }

    public static void write(Analysis analysis, Path file) throws IOException {
        AtomicFiles.writeString(file, Json.MAPPER.writeValueAsString(tree(analysis)) + "\n");
    }

    public static ObjectNode tree(Analysis analysis) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        SweepInfo sweep = analysis.sweep();
        root.put("name", sweep.name());
        root.put("description", sweep.description());
        root.set("statistics", definitions(analysis.settings()));
        ObjectNode axes = root.putObject("axes");
        sweep.axes().forEach(axis -> axis.values().forEach(axes.putArray(axis.name())::add));
        ObjectNode runs = root.putObject("runs");
        runs.put("total", analysis.data().runs().size());
        for (Status status : Status.values()) {
            runs.put(status.label(), analysis.data().count(status));
        }
        ArrayNode cells = root.putArray("cells");
        analysis.cells().forEach(cell -> cells.add(cell(cell, analysis)));
        ArrayNode comparisons = root.putArray("comparisons");
        analysis.comparisons().forEach(c -> comparisons.add(comparison(c)));
        ArrayNode problems = root.putArray("problems");
        analysis.data().problems().forEach(problems::add);
        return root;
    }

    private static ObjectNode definitions(AnalysisSettings settings) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("unit", "a run's mean evaluation average_reward per step (eval.csv)");
        node.put("std", "sample standard deviation, n-1");
        node.put("iqm", "scipy.stats.trim_mean(scores, 0.25): floor(n/4) runs cut from each end (rliable)");
        node.put("intervals", "percentile bootstrap over runs, quantiles by linear interpolation (numpy default)");
        node.put("confidence", settings.confidence());
        node.put("bootstrap_reps", settings.bootstrapReps());
        node.put("bootstrap_seed", settings.seed());
        node.put("solved", "episode with upright_fraction >= " + AnalysisSettings.SOLVED_UPRIGHT_FRACTION
                + ", pooled over the cell's runs; interval resamples runs");
        node.put("p_improvement", "P(run of 'to' > run of 'from') + ties/2 over all pairs of runs; bootstrap "
                + "resamples both sides");
        node.put("paired", "episode k of 'to' minus episode k of 'from' at the same seed; ci: seeds and episodes "
                + "resampled (pigeonhole bootstrap); runs_fixed_ci: episodes only");
        node.put("test", "exact two-sided test of no difference: sign_flip_exact (per-seed mean paired differences, "
                + "all 2^n sign patterns, so p >= 2/2^n), sign_flip_monte_carlo beyond 20 seeds (100,000 fixed-seed "
                + "draws), permutation_exact / permutation_monte_carlo (difference of mean run scores, every split) "
                + "when the two cells' seeds do not pair");
        node.put("p_value_holm", "Holm's step-down adjustment over every comparison in this file");
        node.put("seeds_for_80_percent_power", "seeds for 80% power, two-sided alpha 0.05, paired: normal "
                + "approximation with Guenther's t correction, n = (z_0.975 + z_0.8)^2 (sd/diff)^2 + z_0.975^2/2, "
                + "sd of the per-seed differences, at least 6 (the exact sign-flip test cannot reach 0.05 with 5); "
                + "_at_0_01 for a difference of 0.01 per step; null with a note when the difference or sd is 0");
        node.put("optimal_score", "the optimal controller's mean average reward per step on the same start states "
                + "(dynamic programming on the exact simulator, then one-step lookahead)");
        node.put("optimality_gap", "optimal_score minus the mean score, per step; its interval mirrors the mean's");
        node.put("normalized_score", "(mean - random_score) / (optimal_score - random_score): 0 random, 1 optimal");
        return node;
    }

    private static ObjectNode cell(CellSummary cell, Analysis analysis) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", cell.id());
        ObjectNode values = node.putObject("values");
        cell.cell().values().forEach(values::put);
        CellStatistics s = cell.stats();
        node.put("n_complete", cell.complete());
        node.put("n_failed", cell.failed());
        node.put("n_missing", cell.missing());
        node.put("n_corrupt", cell.corrupt());
        number(node, "mean", s.mean());
        number(node, "std", s.std());
        number(node, "median", s.median());
        number(node, "iqm", s.iqm());
        node.set("mean_ci", interval(s.meanCi()));
        node.set("iqm_ci", interval(s.iqmCi()));
        number(node, "min", s.min());
        number(node, "max", s.max());
        number(node, "solved_rate", s.solvedRate());
        node.set("solved_ci", interval(s.solvedCi()));
        number(node, "mean_return_200", cell.meanReturn200());
        number(node, "mean_upright_fraction", cell.meanUprightFraction());
        number(node, "optimal_score", cell.reference().optimalScore());
        number(node, "random_score", cell.reference().randomScore());
        number(node, "optimality_gap", cell.optimalityGap());
        node.set("optimality_gap_ci", interval(cell.optimalityGapCi()));
        number(node, "normalized_score", cell.normalizedScore());
        node.set("normalized_score_ci", interval(cell.normalizedScoreCi()));
        number(node, "mean_steps_to_upright", cell.pendulum().stepsToUpright());
        number(node, "mean_hold_angle", cell.pendulum().holdAngle());
        number(node, "mean_hold_torque", cell.pendulum().holdTorque());
        number(node, "mean_steps_per_second", cell.meanStepsPerSecond());
        ObjectNode seeds = node.putObject("run_scores");
        for (RunRow run : cell.runs()) {
            EvalEpisodes eval = analysis.data().evals().get(run.key());
            if (eval != null) {
                seeds.put(Long.toString(run.seed()), eval.score());
            }
        }
        if (cell.best() != null) {
            node.put("best_seed", cell.best().seed());
            node.put("best_folder", analysis.data().folder().relativeRunFolder(cell.best().key()));
        }
        return node;
    }

    private static ObjectNode comparison(Comparison c) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("axis", c.axis());
        node.put("from", c.from().id());
        node.put("to", c.to().id());
        number(node, "p_improvement", c.improvement().estimate());
        node.set("p_improvement_ci", interval(c.improvement().ci()));
        PairedDifference p = c.paired();
        ObjectNode paired = node.putObject("paired");
        paired.put("seeds", p.seeds());
        paired.put("episodes", p.episodes());
        number(paired, "mean_difference", p.meanDifference());
        paired.set("ci", interval(p.ci()));
        paired.set("runs_fixed_ci", interval(p.runsFixedCi()));
        number(paired, "win_rate", p.winRate());
        significance(node, c);
        return node;
    }

    /** The exact test, its Holm-adjusted p-value and seed planning; a null value comes with a note. */
    private static void significance(ObjectNode node, Comparison c) {
        List<String> notes = new ArrayList<>();
        node.put("test", c.test().test());
        number(node, "p_value", c.test().pValue());
        number(node, "p_value_holm", c.pHolm());
        number(node, "p_value_smallest_attainable", c.test().smallestP());
        if (Double.isNaN(c.test().pValue())) {
            notes.add("no runs to test");
        }
        seeds(node, "seeds_for_80_percent_power", c.seedsForObserved(), notes);
        seeds(node, "seeds_for_80_percent_power_at_0_01", c.seedsForStep(), notes);
        if (!notes.isEmpty()) {
            node.put("note", String.join("; ", notes));
        }
    }

    private static void seeds(ObjectNode node, String field, SeedPlan plan, List<String> notes) {
        if (plan.seeds() == null) {
            node.putNull(field);
            if (!notes.contains(plan.note())) {
                notes.add(plan.note());
            }
        } else {
            node.put(field, plan.seeds());
        }
    }

    private static void number(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }

    private static JsonNode interval(Interval interval) {
        if (!interval.defined()) {
            return Json.MAPPER.nullNode();
        }
        ArrayNode node = Json.MAPPER.createArrayNode();
        node.add(interval.low());
        node.add(interval.high());
        return node;
    }
}
