package dqnsweep.report;

import dqnsweep.analysis.Analysis;
import dqnsweep.analysis.CellSummary;
import dqnsweep.analysis.EvalEpisodes;
import dqnsweep.analysis.ResultsFolder;
import dqnsweep.analysis.RunRow;
import dqnsweep.analysis.RunRow.RunKey;
import dqnsweep.analysis.RunRow.Status;
import dqnsweep.analysis.SweepInfo.Cell;
import dqnsweep.analysis.TrainCurve;
import dqnsweep.analysis.Trajectories;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Draws every image of the report into report/, reading train, trajectory and policy files as needed. */
final class Figures {

    static final String BEST_GIF = "animation-best.gif";
    static final String MEDIAN_GIF = "animation-median.gif";
    static final String WORST_GIF = "animation-worst.gif";
    static final String WORST_EPISODE_GIF = "animation-worst-episode.gif";
    static final String WORST_SUFFIX = "-worst";
    static final String NO_GALLERY = "No gallery of the worst episodes: these runs predate worst_episodes.csv "
            + "(runs made since record it).";

    /** The still images, the animations (at most 4, so the build stays fast) and notes on what was left out. */
    record Drawn(List<Figure> figures, List<Figure> animations, List<String> notes) {
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
        EpisodeGallery gallery = EpisodeGallery.of(gridOrder(), analysis.data().evals(),
                run -> read("worst_episodes.csv", run, () -> folder.worstEpisodes(run.key())));
        add(figures, WorstEpisodesChart.write(gallery, this::colour, layout.panels().size(), perStep(), reportDir));
        List<String> notes = gallery.worst() == null && gallery.complete() > 0 ? List.of(NO_GALLERY) : List.of();
        return new Drawn(figures, animations(gallery.worst(), reportDir), notes);
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

    /**
     * Four animations at most: the sweep's best, median and worst run (by score over all complete
     * runs; each its first evaluation episode) and its worst recorded episode.
     */
    private List<Figure> animations(EpisodeGallery.Worst worstEpisode, Path reportDir) throws IOException {
        List<RunRow> ranked = analysis.cells().stream().flatMap(c -> c.runs().stream())
                .filter(r -> analysis.data().evals().containsKey(r.key()))
                .sorted(Comparator.comparingDouble(r -> analysis.data().evals().get(r.key()).score())).toList();
        List<Figure> gifs = new ArrayList<>();
        if (ranked.isEmpty()) {
            return gifs;
        }
        String of = " of all " + ranked.size() + " complete runs of the sweep";
        Set<RunKey> shown = new HashSet<>();
        animateRun(ranked.get(ranked.size() - 1), BEST_GIF, "Best run", "The highest score" + of, shown, reportDir, gifs);
        animateRun(ranked.get((ranked.size() - 1) / 2), MEDIAN_GIF, "Median run", "The median score" + of, shown,
                reportDir, gifs);
        animateRun(ranked.get(0), WORST_GIF, "Worst run", "The lowest score" + of, shown, reportDir, gifs);
        if (worstEpisode != null) {
            CellSummary cell = worstEpisode.cell();
            Trajectories.Episode episode = worstEpisode.episode();
            PendulumAnimation.write(episode, cell.id(), colour(cell.cell()), reportDir.resolve(WORST_EPISODE_GIF));
            gifs.add(new Figure(WORST_EPISODE_GIF, "Worst episode", "The recorded episode furthest below the "
                    + "optimum in the sweep: " + cell.id() + ", seed " + worstEpisode.run().seed() + ", evaluation "
                    + "episode " + episode.number() + " from " + WorstEpisodesChart.start(worstEpisode) + ", "
                    + WorstEpisodesChart.gap(worstEpisode, perStep()) + ", drawn from worst_episodes.csv at real time."));
        }
        return gifs;
    }

    /** Animates a run's first evaluation episode, unless the run is already shown (a sweep of few runs). */
    private void animateRun(RunRow run, String file, String title, String what, Set<RunKey> shown,
            Path reportDir, List<Figure> gifs) throws IOException {
        if (!shown.add(run.key())) {
            return;
        }
        CellSummary cell = analysis.cell(run.cell());
        Trajectories trajectories = read("trajectory.csv", run, () -> folder.trajectories(run.key()));
        if (cell == null || trajectories == null || trajectories.episodes().isEmpty()) {
            return;
        }
        Trajectories.Episode episode = trajectories.episodes().get(0);
        PendulumAnimation.write(episode, cell.id(), colour(cell.cell()), reportDir.resolve(file));
        EvalEpisodes eval = analysis.data().evals().get(run.key());
        gifs.add(new Figure(file, title, what + ": " + cell.id() + ", seed " + run.seed() + ", evaluation episode "
                + episode.number() + " (" + episode.steps() + " steps, average reward per step "
                + Html.number(eval.scoreOf(episode.number()), 3) + "), drawn from trajectory.csv at real time."));
    }

    /** Whether scores are average rewards per step (the pendulums') rather than returns. */
    private boolean perStep() {
        return analysis.cells().stream().allMatch(c -> analysis.setting(c.cell(), "env").startsWith("pendulum")
                || analysis.setting(c.cell(), "env").isEmpty());
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
