package dqnsweep.cli;

import dqnsweep.BadInputException;
import dqnsweep.config.Algo;
import dqnsweep.grid.Cell;
import dqnsweep.grid.CellFilter;
import dqnsweep.grid.GridExpander;
import dqnsweep.grid.RunPlan;
import dqnsweep.grid.Throughput;
import dqnsweep.io.AtomicFiles;
import dqnsweep.spec.ExperimentSpec;
import dqnsweep.spec.Overrides;
import dqnsweep.spec.SpecLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dqn-sweep plan}: checks a spec and shows what a sweep of it would run, without running anything. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Check an experiment spec and print its cells, runs, environment steps and an estimated "
                + "wall time. Runs nothing.")
final class PlanCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SPEC", description = "Experiment spec (YAML), e.g. experiments/pendulum.yaml.")
    private Path file;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override a setting in every run (repeatable); applied after the spec's base and grid.")
    private List<String> settings = new ArrayList<>();

    @Option(names = "--only", paramLabel = "FILTER",
            description = "Only cells whose grid values match, e.g. --only bins=20,iterations=100.")
    private String only;

    @Option(names = "--workers", paramLabel = "N",
            description = "Parallel runs for the estimate (default: the spec's workers:, else the number of cores).")
    private Integer workers;

    @Option(names = "--force", description = "Plan runs the cost model puts above "
            + Throughput.PLAUSIBLE_DAYS + " days (refused otherwise as a likely typo).")
    private boolean force;

    @Override
    public Integer call() {
        ExperimentSpec experiment = SpecLoader.load(file);
        List<RunPlan> plans = GridExpander.plans(experiment, List.of(Overrides.parse(settings)), force);
        AtomicFiles.folderProblem(experiment.outputFolder()).ifPresent(problem -> {
            throw experiment.out().isPresent() ? experiment.error("out", problem) : new BadInputException(problem);
        });
        List<Cell> cells = plans.stream().map(RunPlan::cell).distinct().toList();
        if (only != null) {
            CellFilter filter = CellFilter.parse(only);
            filter.requireMatchable(experiment, cells);
            plans = filter.selectPlans(plans);
            cells = filter.select(cells);
        }
        int parallel = workers != null ? workers : experiment.workers().orElse(Runtime.getRuntime().availableProcessors());
        if (parallel < 1) {
            throw new BadInputException("--workers must be at least 1, got " + parallel);
        }
        print(spec.commandLine().getOut(), experiment, cells, plans, parallel);
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, ExperimentSpec experiment, List<Cell> cells, List<RunPlan> plans, int parallel) {
        out.printf(Locale.ROOT, "%s (%s)%s%n", experiment.name(), Terminal.escape(experiment.file().toString()),
                experiment.description().isBlank() ? ""
                        : ": " + Terminal.escape(experiment.description().strip().replaceAll("[ \\t\\n\\r]+", " ")));
        out.printf(Locale.ROOT, "output folder: %s%n", Terminal.escape(experiment.outputFolder().toString()));
        out.printf(Locale.ROOT, "settings: built-in defaults < base < grid values%s%s%n",
                settings.isEmpty() ? "" : " < --set " + String.join(" ", settings),
                only == null ? "" : "; only cells with " + only);
        Map<Cell, List<RunPlan>> byCell = new LinkedHashMap<>();
        plans.forEach(plan -> byCell.computeIfAbsent(plan.cell(), c -> new ArrayList<>()).add(plan));
        int width = Math.max(4, cells.stream().mapToInt(cell -> cell.id().length()).max().orElse(4));
        out.printf(Locale.ROOT, "%n%-" + width + "s  %-12s  %14s  %16s%n", "cell", "seeds", "env steps/run", "env steps");
        long total = 0;
        long training = 0;
        for (Map.Entry<Cell, List<RunPlan>> entry : byCell.entrySet()) {
            List<RunPlan> runs = entry.getValue();
            long cellSteps = runs.stream().mapToLong(run -> Throughput.envSteps(run.config())).sum();
            total += cellSteps;
            training += runs.stream().mapToLong(run -> run.config().trainingSteps()).sum();
            out.printf(Locale.ROOT, "%-" + width + "s  %-12s  %,14d  %,16d%n", entry.getKey().id(),
                    seeds(runs), Throughput.envSteps(runs.get(0).config()), cellSteps);
        }
        out.printf(Locale.ROOT, "%ntotal: %d cell%s, %d run%s, %,d environment steps (training %,d + evaluation %,d)%n",
                cells.size(), cells.size() == 1 ? "" : "s", plans.size(), plans.size() == 1 ? "" : "s", total, training,
                total - training);
        TreeSet<Algo> algos = plans.stream().map(plan -> plan.config().algo()).collect(Collectors.toCollection(TreeSet::new));
        out.printf(Locale.ROOT, "estimated wall time: %s with %d worker%s (per worker: %s)%n",
                format(Throughput.wallTime(plans, parallel)), parallel, parallel == 1 ? "" : "s",
                algos.stream().map(Throughput::describe).collect(Collectors.joining("; ")));
        int cores = Runtime.getRuntime().availableProcessors();
        if (parallel > cores) {
            out.printf(Locale.ROOT, "note: %d workers on %d cores share the cores, so expect it to take longer%n",
                    parallel, cores);
        }
        out.flush();
    }

    /** Seeds as 1..5 when consecutive, else 1,2,7. */
    private static String seeds(List<RunPlan> runs) {
        List<Long> seeds = runs.stream().map(RunPlan::seed).toList();
        boolean consecutive = seeds.size() > 2;
        for (int i = 1; i < seeds.size() && consecutive; i++) {
            consecutive = seeds.get(i) == seeds.get(i - 1) + 1;
        }
        return consecutive ? seeds.get(0) + ".." + seeds.get(seeds.size() - 1)
                : seeds.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** 45s, 12m 5s, 3h 20m, 2d 4h. */
    static String format(Duration duration) {
        long seconds = Math.max(0, (duration.toMillis() + 999) / 1000);
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return seconds / 60 + "m " + seconds % 60 + "s";
        }
        if (seconds < 86_400) {
            return seconds / 3600 + "h " + seconds % 3600 / 60 + "m";
        }
        return seconds / 86_400 + "d " + seconds % 86_400 / 3600 + "h";
    }
}
