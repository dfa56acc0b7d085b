package dqnsweep.report;

import dqnsweep.analysis.Analysis;
import dqnsweep.analysis.CellSummary;
import dqnsweep.analysis.EvalEpisodes;
import dqnsweep.analysis.SweepInfo.Cell;
import dqnsweep.stats.Bootstrap;
import dqnsweep.stats.Interval;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.knowm.xchart.XYChart;

/**
 * performance-profile.png (Agarwal et al. 2021): per cell, the share of runs whose normalised
 * score, (score - random) / (optimum - random), exceeds each threshold tau, with a 95% bootstrap
 * band over runs; below it, the same for the episodes of those runs (each episode normalised by
 * the optimum and the random policy on its own start; the band resamples runs, pooling their
 * episodes). Each row's thresholds span its own data's range, so the axes fit the data.
 */
final class ProfileChart {

    static final String FILE = "performance-profile.png";
    private static final int THRESHOLDS = 60;
    /** The episode row's axis starts at this quantile of all episodes' normalised scores. */
    private static final double EPISODE_AXIS_FROM = 0.02;

    private ProfileChart() {
    }

    static Figure write(Analysis analysis, Path reportDir) throws IOException {
        GridLayout layout = GridLayout.of(analysis.sweep());
        Map<String, List<Cell>> byPanel = layout.byPanel(analysis.cells().stream().map(CellSummary::cell).toList());
        List<Panels.Painter> runs = row(analysis, layout, byPanel, "runs", 0, ProfileChart::runScores);
        if (runs.isEmpty()) {
            return null;
        }
        List<Panels.Painter> panels = new ArrayList<>(runs);
        panels.addAll(row(analysis, layout, byPanel, "episodes", EPISODE_AXIS_FROM, ProfileChart::episodeScores));
        Panels.writePng(Panels.grid(panels, Math.min(3, runs.size()), 440, 320, LearningCurveChart.legend(layout)),
                reportDir.resolve(FILE));
        return new Figure(FILE, "Performance profile",
                "For each threshold \u03c4 of the normalised score (0 = the random policy, 1 = the optimum), the share "
                        + "of a cell's runs scoring above it (top row) and the share of their evaluation episodes "
                        + "(bottom row, each episode against the optimum on its own start), with 95% bootstrap bands "
                        + "over runs. A curve further right is better everywhere; crossing curves mean neither cell "
                        + "dominates; the episode row shows the tail a run's mean hides. The run row's axis spans "
                        + "the runs' range, the episode row's the episodes' from their 2nd percentile up.");
    }

    /**
     * One chart per panel of cells, or none when no run has a reference (or all score alike). The
     * axis starts at the {@code lowQuantile} of all the row's scores: a handful of failed episodes
     * would otherwise squeeze every curve against the right edge.
     */
    private static List<Panels.Painter> row(Analysis analysis, GridLayout layout, Map<String, List<Cell>> byPanel,
            String unit, double lowQuantile, BiFunction<CellSummary, Analysis, double[][]> scoresOf) {
        double[] all = analysis.cells().stream().flatMap(cell -> Arrays.stream(scoresOf.apply(cell, analysis)))
                .flatMapToDouble(Arrays::stream).sorted().toArray();
        if (all.length == 0) {
            return List.of();
        }
        double lo = all[(int) Math.floor(lowQuantile * (all.length - 1))];
        double hi = all[all.length - 1];
        if (!(hi > lo)) {
            return List.of();
        }
        double[] tau = new double[THRESHOLDS];
        for (int i = 0; i < THRESHOLDS; i++) {
            tau[i] = lo + (hi - lo) * i / (THRESHOLDS - 1.0) - 1e-12;
        }
        List<Panels.Painter> panels = new ArrayList<>();
        for (Map.Entry<String, List<Cell>> panel : byPanel.entrySet()) {
            XYChart chart = ChartStyle.xy(panel.getKey().isEmpty() ? unit : panel.getKey() + " (" + unit + ")",
                    "normalised score \u03c4 (0 random, 1 optimal)", "share of " + unit + " above \u03c4");
            for (Cell cell : panel.getValue()) {
                double[][] scores = scoresOf.apply(analysis.cell(cell.id()), analysis);
                if (scores.length == 0) {
                    continue;
                }
                double[][] curve = profile(scores, tau, analysis.settings().bootstrap("profile " + unit + " "
                        + cell.id()));
                Color colour = Palette.colour(layout.colourIndex(cell));
                ChartStyle.band(chart, cell.id() + " ci", tau, curve[1], curve[2], colour);
                ChartStyle.line(chart, cell.id(), tau, curve[0], colour, 2f);
            }
            chart.getStyler().setXAxisMin(lo);
            chart.getStyler().setXAxisMax(hi);
            chart.getStyler().setYAxisMin(0.0);
            chart.getStyler().setYAxisMax(1.0);
            chart.getStyler().setXAxisDecimalPattern("0.000");
            panels.add(chart::paint);
        }
        return panels;
    }

    /**
     * {share, low, high} at each threshold: the share of all the runs' scores above it, the band
     * from resampling whole runs (a run's episodes stay together).
     */
    static double[][] profile(double[][] runs, double[] tau, Bootstrap bootstrap) {
        double[][] out = new double[3][tau.length];
        for (int i = 0; i < tau.length; i++) {
            // counted once per run, so a resample only adds counts
            int[] above = new int[runs.length];
            int[] size = new int[runs.length];
            for (int r = 0; r < runs.length; r++) {
                above[r] = above(runs[r], tau[i]);
                size[r] = runs[r].length;
            }
            out[0][i] = share(above, size, null);
            Interval ci = bootstrap.interval(runs.length, indices -> share(above, size, indices));
            out[1][i] = ci.defined() ? ci.low() : out[0][i];
            out[2][i] = ci.defined() ? ci.high() : out[0][i];
        }
        return out;
    }

    /** Share of the chosen runs' scores (all runs when {@code indices} is null) above {@code tau}. */
    static double share(double[][] runs, int[] indices, double tau) {
        int[] above = new int[runs.length];
        int[] size = new int[runs.length];
        for (int r = 0; r < runs.length; r++) {
            above[r] = above(runs[r], tau);
            size[r] = runs[r].length;
        }
        return share(above, size, indices);
    }

    private static double share(int[] above, int[] size, int[] indices) {
        int count = indices == null ? above.length : indices.length;
        long aboveTotal = 0;
        long total = 0;
        for (int i = 0; i < count; i++) {
            int r = indices == null ? i : indices[i];
            aboveTotal += above[r];
            total += size[r];
        }
        return (double) aboveTotal / total;
    }

    private static int above(double[] scores, double tau) {
        int above = 0;
        for (double v : scores) {
            above += v > tau ? 1 : 0;
        }
        return above;
    }

    /** Each complete run's normalised score, as a run of one; runs without a reference are left out. */
    private static double[][] runScores(CellSummary cell, Analysis analysis) {
        return evals(cell, analysis).mapToDouble(e -> normalised(e.score(), e.optimalScore(), e.randomScore()))
                .filter(Double::isFinite).mapToObj(v -> new double[] {v}).toArray(double[][]::new);
    }

    /** Each complete run's episodes, normalised on their own starts; runs without a reference are left out. */
    private static double[][] episodeScores(CellSummary cell, Analysis analysis) {
        return evals(cell, analysis).map(e -> {
            double[] v = new double[e.size()];
            for (int k = 0; k < v.length; k++) {
                v[k] = normalised(e.scores()[k], e.optimalScores()[k], e.randomScores()[k]);
            }
            return v;
        }).filter(v -> v.length > 0 && Arrays.stream(v).allMatch(Double::isFinite)).toArray(double[][]::new);
    }

    private static Stream<EvalEpisodes> evals(CellSummary cell, Analysis analysis) {
        return cell.runs().stream().map(r -> analysis.data().evals().get(r.key())).filter(Objects::nonNull);
    }

    private static double normalised(double score, double optimal, double random) {
        return (score - random) / (optimal - random);
    }
}
