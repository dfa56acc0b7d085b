package dqnsweep.cli;

import dqnsweep.BadInputException;
import dqnsweep.analysis.AnalysisSettings;
import dqnsweep.io.SweepLock;
import dqnsweep.report.BaselineReport;
import dqnsweep.report.Report;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dqn-sweep report RESULTS_DIR}: statistics, charts and the HTML page from a sweep's CSV files. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Rebuild aggregate.csv, summary.json and report/index.html (with its charts) from a sweep's "
                + "results folder. Reads only the CSV and JSON files: no training, works on a partial sweep."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESULTS_DIR", description = "The sweep's results folder, e.g. results/pendulum.")
    private Path resultsDir;

    @Option(names = "--bootstrap-reps", paramLabel = "N", defaultValue = "5000",
            description = "Resamples per bootstrap interval (default: ${DEFAULT-VALUE}).")
    private int bootstrapReps;

    @Option(names = "--bootstrap-seed", paramLabel = "N", defaultValue = "20211125",
            description = "Seed of the bootstrap, for reproducible intervals (default: ${DEFAULT-VALUE}).")
    private long bootstrapSeed;

    @Option(names = "--baseline", paramLabel = "BASELINE_DIR",
            description = "Compare with another sweep's results folder (before a change): writes "
                    + "RESULTS_DIR/report/baseline.html, cell by cell, paired on seeds; the main report is left as it is.")
    private Path baseline;

    @Override
    public Integer call() throws Exception {
        AnalysisSettings settings;
        try {
            settings = new AnalysisSettings(bootstrapReps, AnalysisSettings.DEFAULT.confidence(), bootstrapSeed);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        SweepLock.refuseWhileRunning(resultsDir, "report");
        if (baseline != null) {
            BaselineReport.Result result = BaselineReport.build(resultsDir, baseline, settings);
            spec.commandLine().getOut().printf(Locale.ROOT, "report: %s (%d shared cells, %d detectably different, "
                    + "%d not comparable)%n", result.page(), result.compared(), result.different(), result.notComparable());
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        Report.Result result = Report.build(resultsDir, resultsDir.toString(), settings, Clock.systemUTC());
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "report: %s (%d runs: %d complete, %d failed, %s%d missing; %d images; %.1f s)%n",
                result.index(), result.runs(), result.complete(), result.failed(),
                result.corrupt() > 0 ? result.corrupt() + " corrupt, " : "", result.missing(), result.images(),
                result.seconds());
        for (String run : result.corruptRuns()) {
            out.println("  corrupt, not scored: " + run);
        }
        for (String problem : result.problems()) {
            out.println("  note: " + problem);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
