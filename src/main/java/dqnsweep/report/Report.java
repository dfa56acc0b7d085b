package dqnsweep.report;

import dqnsweep.analysis.Aggregates;
import dqnsweep.analysis.Analysis;
import dqnsweep.analysis.AnalysisSettings;
import dqnsweep.analysis.ResultsFolder;
import dqnsweep.analysis.RunRow;
import dqnsweep.analysis.SweepData;
import dqnsweep.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Builds a sweep's report from its CSV files alone: aggregate.csv, summary.json and report/
 * (index.html with its PNG and GIF files, a self-contained folder with relative links).
 */
public final class Report {

    public static final String FOLDER = "report";
    public static final String INDEX = "index.html";

    /**
     * What was built.
     *
     * @param corruptRuns one line per corrupt run: which, and which files do not match its run.json
     */
    public record Result(Path index, int runs, long complete, long failed, long corrupt, long missing, int images,
            List<String> corruptRuns, List<String> problems, double seconds) {
    }

    private Report() {
    }

    /**
     * @param resultsDir the sweep's results folder
     * @param displayPath how the page names the folder in the rebuild command
     */
    public static Result build(Path resultsDir, String displayPath, AnalysisSettings settings, Clock clock)
            throws IOException {
        long start = clock.millis();
        SweepData data = SweepData.load(ResultsFolder.open(resultsDir));
        data.folder().recordStatuses(data.runs());
        Analysis analysis = Analysis.of(data, settings);
        Aggregates.write(analysis);
        Path reportDir = resultsDir.resolve(FOLDER);
        Files.createDirectories(reportDir);
        removeOldImages(reportDir);
        EvalCurves curves = EvalCurves.load(analysis, data.problems());
        Figures.Drawn drawn = Figures.draw(analysis, curves, reportDir, data.problems());
        String generated = DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)
                .atOffset(ZoneOffset.UTC));
        String html = HtmlReport.render(analysis, new HtmlReport.Content(data.folder().specText(), displayPath,
                drawn.figures(), drawn.animations(), generated, curves, ""));
        Path index = reportDir.resolve(INDEX);
        AtomicFiles.writeString(index, html);
        return new Result(index, data.runs().size(), data.count(RunRow.Status.COMPLETE),
                data.count(RunRow.Status.FAILED), data.count(RunRow.Status.CORRUPT), data.count(RunRow.Status.MISSING),
                drawn.figures().size() + drawn.animations().size(), corruptRuns(data), List.copyOf(data.problems()),
                (clock.millis() - start) / 1e3);
    }

    /**
     * The light page while a sweep runs: tables and two charts, no animations, no aggregate files,
     * marked "partial: k of n runs" and reloading itself. Built in a folder of its own, then swapped
     * in for report/, so a browser never reads a half-written page.
     */
    public static void buildLive(Path resultsDir, int ended, int total, AnalysisSettings settings, Clock clock)
            throws IOException {
        SweepData data = SweepData.load(ResultsFolder.open(resultsDir));
        Analysis analysis = Analysis.of(data, settings);
        Path building = resultsDir.resolve(FOLDER + ".building");
        Path old = resultsDir.resolve(FOLDER + ".old");
        deleteIfPresent(building);
        deleteIfPresent(old);
        Files.createDirectories(building);
        List<Figure> figures = new java.util.ArrayList<>();
        for (Figure figure : new Figure[] {AggregateChart.write(analysis, building), ScoreChart.write(analysis, building)}) {
            if (figure != null) {
                figures.add(figure);
            }
        }
        String generated = DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)
                .atOffset(ZoneOffset.UTC));
        String html = HtmlReport.render(analysis, new HtmlReport.Content(data.folder().specText(), resultsDir.toString(),
                figures, List.of(), generated, EvalCurves.load(analysis, data.problems()),
                "partial: " + ended + " of " + total + " runs"));
        AtomicFiles.writeString(building.resolve(INDEX), html);
        Path report = resultsDir.resolve(FOLDER);
        if (Files.exists(report)) {
            Files.move(report, old);
        }
        Files.move(building, report);
        deleteIfPresent(old);
    }

    private static void deleteIfPresent(Path folder) throws IOException {
        if (Files.exists(folder)) {
            AtomicFiles.deleteTree(folder);
        }
    }

    private static List<String> corruptRuns(SweepData data) {
        return data.runs().stream().filter(r -> r.status() == RunRow.Status.CORRUPT)
                .map(r -> r.cell() + " seed " + r.seed() + ": " + r.error()).toList();
    }

    /** Images of an earlier build that this one might not redraw; other files in report/ are left alone. */
    private static void removeOldImages(Path reportDir) throws IOException {
        for (String name : Figures.FILES) {
            Files.deleteIfExists(reportDir.resolve(name));
        }
    }
}
