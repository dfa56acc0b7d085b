package dqnsweep.analysis;

import dqnsweep.analysis.RunRow.RunKey;
import dqnsweep.analysis.SweepInfo.Cell;
import dqnsweep.stats.Bootstrap;
import dqnsweep.stats.Descriptive;
import dqnsweep.stats.Holm;
import dqnsweep.stats.PairedDifference;
import dqnsweep.stats.Permutation;
import dqnsweep.stats.ProbabilityOfImprovement;
import dqnsweep.stats.SeedPlan;
import dqnsweep.stats.SignFlip;
import dqnsweep.stats.TestResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Builds comparisons of two cells: probability of improvement, paired differences, the exact
 * test, Holm's adjustment and seed planning. The two cells may come from different results
 * folders (a baseline), so each side brings its own evaluations.
 */
public final class Comparisons {

    /** One side of a comparison: a cell and the evaluations of its complete runs. */
    public record Side(CellSummary cell, Map<RunKey, EvalEpisodes> evals) {

        double[] scores() {
            return cell.runs().stream().map(r -> evals.get(r.key())).filter(Objects::nonNull)
                    .mapToDouble(EvalEpisodes::score).toArray();
        }

        EvalEpisodes eval(long seed) {
            return evals.get(new RunKey(cell.id(), seed));
        }
    }

    private Comparisons() {
    }

    /** Every pair of cells that differ on exactly one axis, earlier value first, Holm-adjusted together. */
    static List<Comparison> alongAxes(List<CellSummary> cells, SweepData data, AnalysisSettings settings) {
        List<Comparison> comparisons = new ArrayList<>();
        for (SweepInfo.Axis axis : data.sweep().axes()) {
            for (CellSummary from : cells) {
                for (CellSummary to : cells) {
                    if (differOnlyOn(axis, from.cell(), to.cell(), data.sweep().axisNames())
                            && from.stats().n() > 0 && to.stats().n() > 0) {
                        comparisons.add(compare(axis.name(), new Side(from, data.evals()), new Side(to, data.evals()),
                                settings));
                    }
                }
            }
        }
        return adjusted(comparisons);
    }

    /** The comparisons with Holm's adjustment over all of them. */
    public static List<Comparison> adjusted(List<Comparison> comparisons) {
        double[] p = comparisons.stream().mapToDouble(c -> c.test().pValue()).toArray();
        double[] holm = Holm.adjust(p);
        List<Comparison> out = new ArrayList<>();
        for (int i = 0; i < comparisons.size(); i++) {
            out.add(comparisons.get(i).withHolm(holm[i]));
        }
        return out;
    }

    /** {@code to} against {@code from}; not yet adjusted for multiplicity. */
    public static Comparison compare(String axis, Side from, Side to, AnalysisSettings settings) {
        String id = from.cell().id() + "|" + to.cell().id();
        Bootstrap bootstrap = settings.bootstrap(id);
        ProbabilityOfImprovement improvement = ProbabilityOfImprovement.of(to.scores(), from.scores(), bootstrap);
        double[][][] ab = pairedEpisodes(from, to);
        PairedDifference paired = PairedDifference.of(ab[0], ab[1], bootstrap);
        double[] perSeed = PairedDifference.seedMeans(ab[0], ab[1]);
        long testSeed = settings.seed() ^ id.hashCode();
        boolean allPaired = perSeed.length >= 2 && perSeed.length == from.scores().length
                && perSeed.length == to.scores().length;
        TestResult test = allPaired ? SignFlip.test(perSeed, testSeed)
                : Permutation.test(to.scores(), from.scores(), testSeed);
        double sd = Descriptive.sampleStd(perSeed);
        return new Comparison(axis, from.cell().cell(), to.cell().cell(), improvement, paired, test, Double.NaN,
                SeedPlan.forDifference(Descriptive.mean(perSeed), sd),
                SeedPlan.forDifference(Comparison.PLANNED_DIFFERENCE, sd));
    }

    /** True when the cells agree on every axis but {@code axis}, and {@code from} comes earlier on it. */
    private static boolean differOnlyOn(SweepInfo.Axis axis, Cell from, Cell to, List<String> axes) {
        for (String other : axes) {
            if (!other.equals(axis.name()) && !Objects.equals(from.values().get(other), to.values().get(other))) {
                return false;
            }
        }
        int a = axis.values().indexOf(from.value(axis.name()));
        int b = axis.values().indexOf(to.value(axis.name()));
        return a >= 0 && b >= 0 && a < b;
    }

    /**
     * Pairs runs by seed and episodes by number, keeping the seeds and episodes both sides have:
     * {to episodes, from episodes}, each [seed][episode].
     */
    private static double[][][] pairedEpisodes(Side from, Side to) {
        List<EvalEpisodes[]> pairs = new ArrayList<>();
        for (RunRow run : to.cell().runs()) {
            EvalEpisodes a = to.evals().get(run.key());
            EvalEpisodes b = from.eval(run.seed());
            if (a != null && b != null) {
                pairs.add(new EvalEpisodes[] {a, b});
            }
        }
        TreeSet<Integer> episodes = new TreeSet<>();
        if (!pairs.isEmpty()) {
            for (int number : pairs.get(0)[0].episode()) {
                episodes.add(number);
            }
        }
        episodes.removeIf(k -> pairs.stream().anyMatch(p -> Double.isNaN(p[0].scoreOf(k))
                || Double.isNaN(p[1].scoreOf(k))));
        double[][] a = new double[pairs.size()][episodes.size()];
        double[][] b = new double[pairs.size()][episodes.size()];
        for (int s = 0; s < pairs.size(); s++) {
            int k = 0;
            for (int number : episodes) {
                a[s][k] = pairs.get(s)[0].scoreOf(number);
                b[s][k] = pairs.get(s)[1].scoreOf(number);
                k++;
            }
        }
        return new double[][][] {a, b};
    }
}
