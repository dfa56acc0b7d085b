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
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds a sweep's report from its CSV files alone: aggregate.csv, summary.json and report/
 * (index.html with its PNG and GIF files, a self-contained folder with relative links).
 */
public final class Report {

    public static final String FOLDER = "report";
    public static final String INDEX = "index.html";
    /** Prefixes of the sibling folders a build works in. */
    private static final String BUILDING = FOLDER + ".tmp-";
    private static final String REPLACED = FOLDER + ".old-";

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

    /** A step of the build, run on the finished new report before it replaces the old one (tests inject failures). */
    @FunctionalInterface
    interface BeforeSwap {
        void check(Path built) throws IOException;
    }

    /**
     * @param resultsDir the sweep's results folder
     * @param displayPath how the page names the folder in the rebuild command
     */
    public static Result build(Path resultsDir, String displayPath, AnalysisSettings settings, Clock clock)
            throws IOException {
        return build(resultsDir, displayPath, settings, clock, built -> { });
    }

    /**
     * Builds report/ in a temporary sibling folder and swaps it in with renames, so a build that
     * fails (a full disk, a chart that cannot be drawn) leaves the previous report whole instead
     * of half-written.
     */
    static Result build(Path resultsDir, String displayPath, AnalysisSettings settings, Clock clock,
            BeforeSwap beforeSwap) throws IOException {
        long start = clock.millis();
        SweepData data = SweepData.load(ResultsFolder.open(resultsDir));
        data.folder().recordStatuses(data.runs());
        Analysis analysis = Analysis.of(data, settings);
        Aggregates.write(analysis);
        Path reportDir = resultsDir.resolve(FOLDER);
        Path building = startBuilding(resultsDir);
        Figures.Drawn drawn;
        try {
            EvalCurves curves = EvalCurves.load(analysis, data.problems());
            drawn = Figures.draw(analysis, curves, building, data.problems());
            String html = HtmlReport.render(analysis, new HtmlReport.Content(data.folder().specText(), displayPath,
                    drawn.figures(), drawn.animations(), drawn.notes(), generated(clock), curves, ""));
            AtomicFiles.writeString(building.resolve(INDEX), html);
            beforeSwap.check(building);
            swapIn(building, reportDir);
        } finally {
            deleteIfPresent(building);
        }
        return new Result(reportDir.resolve(INDEX), data.runs().size(), data.count(RunRow.Status.COMPLETE),
                data.count(RunRow.Status.FAILED), data.count(RunRow.Status.CORRUPT), data.count(RunRow.Status.MISSING),
                drawn.figures().size() + drawn.animations().size(), corruptRuns(data), List.copyOf(data.problems()),
                (clock.millis() - start) / 1e3);
    }

    /**
     * The light page while a sweep runs: tables and two charts, no animations, no aggregate files,
     * marked "partial: k of n runs" and reloading itself. Built and swapped in like the full report,
     * so a browser never reads a half-written page.
     */
    public static void buildLive(Path resultsDir, int ended, int total, AnalysisSettings settings, Clock clock)
            throws IOException {
        SweepData data = SweepData.load(ResultsFolder.open(resultsDir));
        Analysis analysis = Analysis.of(data, settings);
        Path building = startBuilding(resultsDir);
        try {
            List<Figure> figures = new ArrayList<>();
            for (Figure figure : new Figure[] {AggregateChart.write(analysis, building),
                    ScoreChart.write(analysis, building)}) {
                if (figure != null) {
                    figures.add(figure);
                }
            }
            String html = HtmlReport.render(analysis, new HtmlReport.Content(data.folder().specText(),
                    resultsDir.toString(), figures, List.of(), List.of(), generated(clock),
                    EvalCurves.load(analysis, data.problems()), "partial: " + ended + " of " + total + " runs"));
            AtomicFiles.writeString(building.resolve(INDEX), html);
            swapIn(building, resultsDir.resolve(FOLDER));
        } finally {
            deleteIfPresent(building);
        }
    }

    private static String generated(Clock clock) {
        return DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)
                .atOffset(ZoneOffset.UTC));
    }

    /** A fresh sibling folder to build in, after deleting what killed builds left. */
    private static Path startBuilding(Path resultsDir) throws IOException {
        deleteEarlierAttempts(resultsDir);
        Path building = Files.createTempDirectory(resultsDir, BUILDING);
        try {
            // A temporary folder is private (rwx------); a report is for anyone to read, as before.
            Files.setPosixFilePermissions(building, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: its defaults apply.
        }
        return building;
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

    /**
     * Two renames: the old report aside, the new one in its place; then the old one is deleted.
     * If the second rename fails, the old report goes back.
     */
    private static void swapIn(Path built, Path reportDir) throws IOException {
        if (!Files.exists(reportDir)) {
            Files.move(built, reportDir, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = Files.createTempDirectory(reportDir.getParent(), REPLACED);
        Files.delete(old);
        Files.move(reportDir, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(built, reportDir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, reportDir, StandardCopyOption.ATOMIC_MOVE);
            throw new IOException("cannot replace " + reportDir + ": " + e.getMessage(), e);
        }
        AtomicFiles.deleteTree(old);
    }

    /** Folders a killed build left: a report being built, or an old one being replaced. */
    private static void deleteEarlierAttempts(Path resultsDir) throws IOException {
        try (Stream<Path> files = Files.list(resultsDir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (Files.isDirectory(file) && (name.startsWith(BUILDING) || name.startsWith(REPLACED))) {
                    AtomicFiles.deleteTree(file);
                }
            }
        }
    }
}
