package dqnsweep.report;

import dqnsweep.analysis.Analysis;
import dqnsweep.analysis.CellSummary;
import dqnsweep.analysis.EvalEpisodes;
import dqnsweep.analysis.ResultsFolder;
import dqnsweep.analysis.RunRow;
import dqnsweep.analysis.RunRow.Status;
import dqnsweep.analysis.SweepInfo.Cell;
import dqnsweep.analysis.TrainCurve;
import dqnsweep.analysis.Trajectories;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Draws every image of the report into report/, reading train, trajectory and policy files as needed. */
final class Figures {

    static final String BEST_GIF = "animation-best.gif";
    static final String WORST_GIF = "animation-worst.gif";
    static final String WORST_SUFFIX = "-worst";

    /** The still images and the animations. */
    record Drawn(List<Figure> figures, List<Figure> animations) {
    }

    private final Analysis analysis;
    private final ResultsFolder folder;
    private final GridLayout layout;
    private final List<String> problems;

    private Figures(Analysis analysis, List<String> problems) {
        this.analysis = analysis;
        this.folder = analysis.data().folder();
        this.layout = GridLayout.of(analysis.sweep());
        this.problems = problems;
    }

    static Drawn draw(Analysis analysis, EvalCurves curves, Path reportDir, List<String> problems)
            throws IOException {
        return new Figures(analysis, problems).draw(curves, reportDir);
    }

    private Drawn draw(EvalCurves curves, Path reportDir) throws IOException {
        List<Figure> figures = new ArrayList<>();
        add(figures, AggregateChart.write(analysis, reportDir));
        add(figures, SampleEfficiencyChart.write(analysis, curves, reportDir));
        add(figures, ProfileChart.write(analysis, reportDir));
        add(figures, ImprovementChart.write(analysis.comparisons(), reportDir));
        add(figures, ScoreChart.write(analysis, reportDir));
        Map<String, List<TrainCurve>> train = trainCurves();
        add(figures, LearningCurveChart.write(analysis, learningCurves(train), reportDir));
        add(figures, DiagnosticsChart.write(analysis, train, reportDir));
        // the median run shows what a cell typically learns, the worst what can go wrong; the best flatters
        policiesAndPaths("median", "", this::typical, reportDir, figures);
        policiesAndPaths("worst", WORST_SUFFIX, this::worst, reportDir, figures);
        return new Drawn(figures, animations(reportDir));
    }

    private void policiesAndPaths(String label, String suffix, Function<CellSummary, RunRow> choose, Path reportDir,
            List<Figure> figures) throws IOException {
        List<PolicyMapChart.Panel> policies = new ArrayList<>();
        List<TrajectoryChart.Panel> paths = new ArrayList<>();
        for (CellSummary cell : gridOrder()) {
            RunRow run = cell == null || cell.best() == null ? null : choose.apply(cell);
            if (run == null) {
                policies.add(null);
                paths.add(null);
                continue;
            }
            String title = cell.id() + " (seed " + run.seed() + ", " + label + ")";
            Trajectories runTrajectories = read("trajectory.csv", run, () -> folder.trajectories(run.key()));
            Trajectories.Episode first = runTrajectories == null || runTrajectories.episodes().isEmpty() ? null
                    : runTrajectories.episodes().get(0);
            policies.add(new PolicyMapChart.Panel(title, read("policy.csv", run, () -> folder.policy(run.key())), first));
            paths.add(new TrajectoryChart.Panel(title, colour(cell.cell()), runTrajectories));
        }
        int columns = layout.panels().size();
        add(figures, PolicyMapChart.write(policies, columns, reportDir,
                PolicyMapChart.FILE.replace(".png", suffix + ".png"), label));
        add(figures, TrajectoryChart.write(paths, columns, reportDir,
                TrajectoryChart.FILE.replace(".png", suffix + ".png"), label));
    }

    /** Cells in rows of the first axis and columns of the others; null where the grid has no cell. */
    private List<CellSummary> gridOrder() {
        List<CellSummary> order = new ArrayList<>();
        for (int c = 0; c < layout.colourValues().size(); c++) {
            for (String panel : layout.panels()) {
                int colour = c;
                order.add(analysis.cells().stream().filter(s -> layout.colourIndex(s.cell()) == colour
                        && layout.panel(s.cell()).equals(panel)).findFirst().orElse(null));
            }
        }
        return order;
    }

    /** Each cell's train.csv files, read once for the learning curves and the diagnostics. */
    private Map<String, List<TrainCurve>> trainCurves() {
        Map<String, List<TrainCurve>> curves = new LinkedHashMap<>();
        for (CellSummary cell : analysis.cells()) {
            List<TrainCurve> runs = new ArrayList<>();
            for (RunRow run : cell.runs()) {
                if (run.status() == Status.COMPLETE && analysis.data().evals().containsKey(run.key())) {
                    TrainCurve curve = read("train.csv", run, () -> folder.train(run.key()));
                    if (curve != null) {
                        runs.add(curve);
                    }
                }
            }
            if (!runs.isEmpty()) {
                curves.put(cell.id(), runs);
            }
        }
        return curves;
    }

    private Map<String, LearningCurve> learningCurves(Map<String, List<TrainCurve>> train) {
        Map<String, LearningCurve> curves = new LinkedHashMap<>();
        train.forEach((cell, runs) -> curves.put(cell, LearningCurve.of(runs, LearningCurveChart.WINDOWS,
                analysis.settings().bootstrap("curve " + cell))));
        return curves;
    }

    /** The best run of the best cell and a typical run of the worst, each as a GIF of its first episode. */
    private List<Figure> animations(Path reportDir) throws IOException {
        List<Figure> gifs = new ArrayList<>();
        CellSummary best = analysis.bestCell();
        CellSummary worst = analysis.worstCell();
        if (best != null) {
            animate(best, best.best(), BEST_GIF, "Best cell, best run",
                    "The best run (highest score) of the cell with the highest IQM", reportDir, gifs);
        }
        if (worst != null && worst != best) {
            animate(worst, typical(worst), WORST_GIF, "Worst cell, typical run",
                    "The run with the median score in the cell with the lowest IQM", reportDir, gifs);
        }
        return gifs;
    }

    private void animate(CellSummary cell, RunRow run, String file, String title, String what, Path reportDir,
            List<Figure> gifs) throws IOException {
        Trajectories trajectories = read("trajectory.csv", run, () -> folder.trajectories(run.key()));
        if (trajectories == null || trajectories.episodes().isEmpty()) {
            return;
        }
        Trajectories.Episode episode = trajectories.episodes().get(0);
        PendulumAnimation.write(episode, cell.id(), colour(cell.cell()), reportDir.resolve(file));
        EvalEpisodes eval = analysis.data().evals().get(run.key());
        double reward = eval == null ? Double.NaN : eval.scoreOf(episode.number());
        gifs.add(new Figure(file, title, what + ": " + cell.id() + ", seed " + run.seed() + ", evaluation episode "
                + episode.number() + " (" + episode.steps() + " steps, average reward per step "
                + Html.number(reward, 3) + "), drawn from trajectory.csv at real time."));
    }

    /** The complete run whose score is the median of the cell (the lower one for an even count). */
    private RunRow typical(CellSummary cell) {
        List<RunRow> complete = cell.runs().stream().filter(r -> analysis.data().evals().containsKey(r.key()))
                .sorted(Comparator.comparingDouble(r -> analysis.data().evals().get(r.key()).score())).toList();
        return complete.get((complete.size() - 1) / 2);
    }

    /** The complete run with the lowest score. */
    private RunRow worst(CellSummary cell) {
        return cell.runs().stream().filter(r -> analysis.data().evals().containsKey(r.key()))
                .min(Comparator.comparingDouble(r -> analysis.data().evals().get(r.key()).score())).orElse(null);
    }

    private Color colour(Cell cell) {
        return Palette.colour(layout.colourIndex(cell));
    }

    /** Reads one file of a run; a missing or malformed file is noted and skipped, not fatal. */
    private <T> T read(String name, RunRow run, IoSupplier<T> reader) {
        try {
            return reader.get();
        } catch (IOException | RuntimeException e) {
            problems.add("run " + run.cell() + " seed " + run.seed() + ": " + name + " not drawn ("
                    + ResultsFolder.firstLine(e.getMessage()) + ")");
            return null;
        }
    }

    private static void add(List<Figure> figures, Figure figure) {
        if (figure != null) {
            figures.add(figure);
        }
    }

    @FunctionalInterface
    private interface IoSupplier<T> {
        T get() throws IOException;
    }
}
