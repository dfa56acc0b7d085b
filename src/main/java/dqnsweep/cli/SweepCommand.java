package dqnsweep.cli;

import dqnsweep.analysis.AnalysisSettings;
import dqnsweep.grid.CellFilter;
import dqnsweep.grid.GridExpander;
import dqnsweep.grid.RunPlan;
import dqnsweep.grid.Shards;
import dqnsweep.report.Report;
import dqnsweep.spec.ExperimentSpec;
import dqnsweep.spec.Overrides;
import dqnsweep.spec.SpecLoader;
import dqnsweep.sweep.RunBackend;
import dqnsweep.sweep.RunBackends;
import dqnsweep.sweep.RunOutcome;
import dqnsweep.sweep.Sweep;
import dqnsweep.sweep.SweepListener;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dqn-sweep sweep SPEC}: runs a whole experiment grid; re-running the same command resumes. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run every cell x seed of an experiment spec on a worker pool. Re-running resumes.")
final class SweepCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SPEC", description = "Experiment spec (YAML), e.g. experiments/pendulum.yaml.")
    private Path specFile;

    @Option(names = "--workers", paramLabel = "N", description = "Parallel runs (default: the spec's, else the cores).")
    private Integer workers;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a setting in every run (repeatable).")
    private List<String> settings = new ArrayList<>();

    @Option(names = "--only", paramLabel = "FILTER", description = "Only cells matching key=value[,key=value].")
    private String only;

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/<spec name>/).")
    private Path out;

    @Option(names = "--fresh", description = "Delete previous results in the folder and start over.")
    private boolean fresh;

    @Option(names = "--no-report", description = "Build no report: neither the live page while the sweep runs "
            + "nor the full report at the end.")
    private boolean noReport;

    @Option(names = "--fail-fast", description = "Stop at the first failed run.")
    private boolean failFast;

    @Option(names = "--force", description = "Run runs the cost model puts above 30 days (refused otherwise as a "
            + "likely typo), and take over a lock file left in the results folder by a sweep on another host (one "
            + "on this host is taken over when its process is gone).")
    private boolean force;

    @Option(names = "--shard", paramLabel = "I/N",
            description = "Run only shard I of N (1-based), balanced by estimated cost; for job arrays. Shards may "
                    + "share --out, or use separate folders joined later by 'dqn-sweep merge'.")
    private String shard;

    @Option(names = "--executor", paramLabel = "pool|spark", defaultValue = RunBackends.POOL,
            description = "Where runs are computed: pool (this machine, default) or spark (one Spark task per run; "
                    + "run under spark-submit).")
    private String executor;

    @Option(names = "--spark-master", paramLabel = "URL",
            description = "Spark master, e.g. local[2] (default: Spark's configuration, i.e. spark-submit --master).")
    private String sparkMaster;

    @Override
    public Integer call() throws Exception {
        ExperimentSpec experiment = SpecLoader.load(specFile);
        List<RunPlan> plans = GridExpander.plans(experiment, List.of(Overrides.parse(settings)), force);
        if (only != null) {
            CellFilter filter = CellFilter.parse(only);
            filter.requireMatchable(experiment, plans.stream().map(RunPlan::cell).distinct().toList());
            plans = filter.selectPlans(plans);
        }
        List<RunPlan> selected = plans;
        Shards.Shard part = shard == null ? null : Shards.parse(shard);
        if (part != null) {
            if (fresh) {
                throw new dqnsweep.BadInputException("--fresh cannot be combined with --shard: it would delete the "
                        + "other shards' runs; delete the folder yourself before starting the shards");
            }
            selected = Shards.select(plans, part.index(), part.count());
        }
        if (!RunBackends.POOL.equals(executor) && !RunBackends.SPARK.equals(executor)) {
            throw new dqnsweep.BadInputException("--executor must be pool or spark, got '" + executor + "'");
        }
        if (sparkMaster != null && !RunBackends.SPARK.equals(executor)) {
            throw new dqnsweep.BadInputException("--spark-master needs --executor spark");
        }
        if (workers != null && workers < 1) {
            throw new dqnsweep.BadInputException("--workers must be at least 1, got " + workers);
        }
        int workerCount = workers != null ? workers
                : experiment.workers().orElse(Runtime.getRuntime().availableProcessors());
        Path root = out != null ? out : experiment.outputFolder();
        PrintWriter err = spec.commandLine().getErr();
        List<RunOutcome> outcomes;
        // shards write into a folder other shards share or that merge joins: the report comes after
        boolean reporting = !noReport && part == null;
        LiveReport live = new LiveReport(root, Clock.systemUTC());
        try (RunBackend backend = RunBackends.open(executor, workerCount, sparkMaster); live) {
            Sweep sweep = new Sweep(experiment, plans, selected, part == null ? null : part.toString(), root,
                    workerCount, backend, String.join(" ", commandLine()));
            outcomes = sweep.run(fresh, failFast, force, err, reporting ? live : SweepListener.NONE);
        }
        int exit = report(outcomes, root, part, spec.commandLine().getOut());
        if (reporting) {
            Report.Result result = Report.build(root, root.toString(), AnalysisSettings.DEFAULT, Clock.systemUTC());
            spec.commandLine().getOut().printf(Locale.ROOT, "report: %s (%.1f s); %s%n", result.index(),
                    result.seconds(), live.summary());
            spec.commandLine().getOut().flush();
        }
        return exit;
    }

    private List<String> commandLine() {
        List<String> words = new ArrayList<>(List.of("dqn-sweep", "sweep", specFile.toString()));
        settings.forEach(setting -> words.addAll(List.of("--set", setting)));
        if (only != null) {
            words.addAll(List.of("--only", only));
        }
        if (out != null) {
            words.addAll(List.of("--out", out.toString()));
        }
        if (shard != null) {
            words.addAll(List.of("--shard", shard));
        }
        if (!RunBackends.POOL.equals(executor)) {
            words.addAll(List.of("--executor", executor));
        }
        return words;
    }

    private static int report(List<RunOutcome> outcomes, Path root, Shards.Shard part, PrintWriter out) {
        long complete = outcomes.stream().filter(o -> o instanceof RunOutcome.Completed).count();
        List<RunOutcome.Failed> failed = outcomes.stream().filter(o -> o instanceof RunOutcome.Failed)
                .map(o -> (RunOutcome.Failed) o).toList();
        long notRun = outcomes.size() - complete - failed.size();
        out.printf("sweep%s: %d of %d runs complete, %d failed, %d not run; results in %s%n",
                part == null ? "" : " shard " + part, complete,
                outcomes.size(), failed.size(), notRun, root);
        for (RunOutcome.Failed failure : failed) {
            Path error = root.resolve(failure.plan().relativeFolder()).resolve("error.txt");
            // Point to error.txt only if it exists: on a full disk it may not have been written.
            out.printf("  FAILED %s seed %d: %s (%s)%n", failure.plan().cell().id(), failure.plan().seed(),
                    failure.reason(), Files.isRegularFile(error) ? "see " + error : "no error.txt: it could not be "
                            + "written, or the run was stopped");
        }
        out.flush();
        return failed.isEmpty() && notRun == 0 ? ExitCodes.OK : ExitCodes.RUN_FAILED;
    }
}
