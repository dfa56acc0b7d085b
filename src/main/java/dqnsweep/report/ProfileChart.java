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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.knowm.xchart.XYChart;

/**
 * performance-profile.png (Agarwal et al. 2021): per cell, the share of runs whose normalised
 * score, (score - random) / (optimum - random), exceeds each threshold tau, with a 95% bootstrap
 * band over runs. The thresholds span the runs' own range, so the axis fits the data.
 */
final class ProfileChart {

    static final String FILE = "performance-profile.png";
    private static final int THRESHOLDS = 60;

    private ProfileChart() {
    }

    static Figure write(Analysis analysis, Path reportDir) throws IOException {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (CellSummary cell : analysis.cells()) {
            for (double v : normalised(cell, analysis)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (!(hi > lo)) {
            return null;
        }
        double[] tau = new double[THRESHOLDS];
        for (int i = 0; i < THRESHOLDS; i++) {
            tau[i] = lo + (hi - lo) * i / (THRESHOLDS - 1.0) - 1e-12;
        }
        GridLayout layout = GridLayout.of(analysis.sweep());
        List<Panels.Painter> panels = new ArrayList<>();
        Map<String, List<Cell>> byPanel = layout.byPanel(analysis.cells().stream().map(CellSummary::cell).toList());
        for (Map.Entry<String, List<Cell>> panel : byPanel.entrySet()) {
            XYChart chart = ChartStyle.xy(panel.getKey().isEmpty() ? "runs" : panel.getKey(),
                    "normalised score \u03c4 (0 random, 1 optimal)", "share of runs above \u03c4");
            for (Cell cell : panel.getValue()) {
                double[] scores = normalised(analysis.cell(cell.id()), analysis);
                if (scores.length == 0) {
                    continue;
                }
                double[][] curve = profile(scores, tau, analysis.settings().bootstrap("profile " + cell.id()));
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
        Panels.writePng(Panels.grid(panels, Math.min(3, panels.size()), 440, 320, LearningCurveChart.legend(layout)),
                reportDir.resolve(FILE));
        return new Figure(FILE, "Performance profile",
                "For each threshold \u03c4 of the normalised score (0 = the random policy, 1 = the optimum), the share "
                        + "of a cell's runs scoring above it, with a 95% bootstrap band over runs. A curve further "
                        + "right is better everywhere; crossing curves mean neither cell dominates. The axis spans "
                        + "the runs' own range.");
    }

    /** {share, low, high} at each threshold. */
    static double[][] profile(double[] scores, double[] tau, Bootstrap bootstrap) {
        double[][] out = new double[3][tau.length];
        for (int i = 0; i < tau.length; i++) {
            double t = tau[i];
            out[0][i] = share(scores, null, t);
            Interval ci = bootstrap.interval(scores.length, indices -> share(scores, indices, t));
            out[1][i] = ci.defined() ? ci.low() : out[0][i];
            out[2][i] = ci.defined() ? ci.high() : out[0][i];
        }
        return out;
    }

    /** Share of the chosen runs (all when {@code indices} is null) scoring above {@code tau}. */
    static double share(double[] scores, int[] indices, double tau) {
        int count = indices == null ? scores.length : indices.length;
        int above = 0;
        for (int i = 0; i < count; i++) {
            above += scores[indices == null ? i : indices[i]] > tau ? 1 : 0;
        }
        return (double) above / count;
    }

    /** Each complete run's normalised score; runs without a reference are left out. */
    private static double[] normalised(CellSummary cell, Analysis analysis) {
        return cell.runs().stream().map(r -> analysis.data().evals().get(r.key())).filter(Objects::nonNull)
                .mapToDouble(ProfileChart::normalised).filter(Double::isFinite).toArray();
    }

    private static double normalised(EvalEpisodes eval) {
        return (eval.score() - eval.randomScore()) / (eval.optimalScore() - eval.randomScore());
    }
}
