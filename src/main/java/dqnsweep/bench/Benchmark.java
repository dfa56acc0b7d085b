package dqnsweep.bench;

import static dqnsweep.spec.ConfigResolver.with;

import dqnsweep.BadInputException;
import dqnsweep.agent.IterationRecord;
import dqnsweep.agent.QNetwork;
import dqnsweep.agent.Trainer;
import dqnsweep.config.Algo;
import dqnsweep.config.RunConfig;
import dqnsweep.eval.EpisodeResult;
import dqnsweep.eval.Evaluator;
import dqnsweep.eval.TrajectoryRecorder;
import dqnsweep.grid.GridExpander;
import dqnsweep.grid.RunPlan;
import dqnsweep.io.AtomicFiles;
import dqnsweep.run.RunSummary;
import dqnsweep.run.Summaries;
import dqnsweep.spec.ConfigResolver;
import dqnsweep.spec.ExperimentSpec;
import dqnsweep.spec.SpecLoader;
import dqnsweep.sweep.RunOutcome;
import dqnsweep.sweep.Sweep;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code make bench}: the speed, quality and memory figures of the README, measured on this
 * machine in one JVM with the launcher's flags. Sections can be chosen by name on the command
 * line (calls, speed, tradeoff, memory, reference, curves, workers); all of these run by default. Another,
 * sweep-workers, times the default sweep on 1 and 2 workers (~14 minutes) and runs only when named.
 */
public final class Benchmark {

    /** RL4J 1.0.0-M1.1 on the same network, 25,000 steps, its best JVM flags (developers' guide). */
    private static final double RL4J_STEPS_PER_SECOND = 400;

    private Benchmark() {
    }

    /**
     * The runs of the worker-scaling section: 8 seeds of the default sweep's 1,000-iteration cell,
     * ~13 s each on one core. Shorter runs would mostly measure the workers' JIT warm-up (~4.5 s of
     * compiler CPU per worker JVM, which a lone worker spends on the idle core).
     */
    private static final String WORKERS_SPEC = """
            name: bench-workers
            description: The same runs on 1 and on 2 worker processes.
            base:
              algo: dqn
              env: pendulum
              bins: 20
              iterations: 1000
              eval_episodes: 10
            seeds: 8
            """;

    /** The sections {@code make bench} runs when none is named. */
    private static final List<String> DEFAULT_SECTIONS = List.of("calls", "speed", "tradeoff", "memory", "reference",
            "curves", "environments", "workers");

    /** Runs the named sections, or all but sweep-workers. */
    public static void run(List<String> names) {
        List<String> known = new ArrayList<>(DEFAULT_SECTIONS);
        known.add("sweep-workers");
        for (String name : names) {
            if (!known.contains(name)) {
                throw new BadInputException("bench: unknown section '" + name + "'; the sections are "
                        + String.join(", ", known) + ".");
            }
        }
        List<String> sections = names.isEmpty() ? DEFAULT_SECTIONS : names;
        if (sections.contains("calls")) {
            NetworkCallBenchmark.run();
        }
        if (sections.contains("speed")) {
            speed();
        }
        if (sections.contains("tradeoff")) {
            tradeoff();
        }
        if (sections.contains("memory")) {
            memory();
        }
        if (sections.contains("reference")) {
            EvaluationBenchmark.reference();
        }
        if (sections.contains("curves")) {
            EvaluationBenchmark.curves();
        }
        if (sections.contains("environments")) {
            EnvironmentBenchmark.run();
        }
        if (sections.contains("workers")) {
            workers();
        }
        if (sections.contains("sweep-workers")) {
            sweepWorkers();
        }
    }

    /** Steps per second of whole training runs (learning included), after a warm-up run. */
    private static void speed() {
        System.out.println("## Training speed (one core, warm JVM)");
        System.out.println("| run | env steps | seconds | steps/s | vs RL4J (400 steps/s) | eval avg reward/step |");
        System.out.println("|---|---|---|---|---|---|");
        RunConfig dqn = with(ConfigResolver.builtIn(Algo.DQN), "iterations", 100);
        train(with(dqn, "iterations", 10));
        for (long seed = 1; seed <= 3; seed++) {
            row("dqn, bins 20, defaults, seed " + seed, with(dqn, "seed", seed));
        }
        RunConfig notebook = with(ConfigResolver.builtIn(Algo.NOTEBOOK), "iterations", 4);
        train(with(notebook, "iterations", 1));
        row("notebook, bins 20, 4 iterations", notebook);
    }

    /** Score against seconds for several update schedules, 100 iterations (25,000 steps), 3 seeds each. */
    private static void tradeoff() {
        System.out.println();
        System.out.println("## Update schedule trade-off (dqn, bins 20, 100 iterations, seeds 1-3)");
        System.out.println("| train_every | gradient steps | mean seconds | mean steps/s | eval avg reward/step per seed |");
        System.out.println("|---|---|---|---|---|");
        for (int every : new int[] {8, 16, 32, 48, 64, 1_000_000}) {
            double seconds = 0;
            List<String> scores = new ArrayList<>();
            long updates = 0;
            for (long seed = 1; seed <= 3; seed++) {
                RunConfig config = with(ConfigResolver.builtIn(Algo.DQN), "iterations", 100, "train_every", every,
                        "seed", seed);
                Result result = train(config);
                seconds += result.seconds / 3;
                scores.add(String.format(Locale.ROOT, "%.3f", result.score));
                updates = config.plannedGradientSteps();
            }
            System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.0f | %s |%n", every >= 1_000_000 ? "never" : every,
                    updates, seconds, 25_000 / seconds, String.join(", ", scores));
        }
    }

    /** Resident memory during a long run: it must stay flat (no native leak). */
    private static void memory() {
        System.out.println();
        System.out.println("## Resident memory over a 1000-iteration dqn run (250,000 steps)");
        RunConfig config = with(ConfigResolver.builtIn(Algo.DQN), "iterations", 1000);
        List<String> samples = new ArrayList<>();
        Trainer.create(config, Clock.systemUTC()).train(record -> {
            if (record.iteration() % 100 == 0) {
                samples.add(record.iteration() + ": " + residentMegabytes() + " MB");
            }
        });
        System.out.println("RSS by iteration: " + String.join(", ", samples));
    }

    /** Worker scaling on a short sweep (~2.5 minutes for both), where JIT warm-up weighs most. */
    private static void workers() {
        try {
            Path folder = Files.createTempDirectory("dqn-sweep-bench");
            Path specFile = folder.resolve("workers.yaml");
            Files.writeString(specFile, WORKERS_SPEC);
            compareWorkers("8 dqn runs, bins 20, 1000 iterations each, whole sweeps", SpecLoader.load(specFile), folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The default sweep ({@code experiments/pendulum.yaml}, 45 runs) on 1 and on 2 workers: the
     * scaling a user of {@code make sweep} gets. About 14 minutes, so it runs only when named.
     */
    private static void sweepWorkers() {
        try {
            ExperimentSpec spec = SpecLoader.load(Path.of("experiments", "pendulum.yaml"));
            compareWorkers("the default sweep, experiments/pendulum.yaml, whole sweeps", spec,
                    Files.createTempDirectory("dqn-sweep-bench"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The spec's sweep on 1 and on 2 worker processes in {@code folder}, timed whole (JVM starts
     * and warm-up included, as in any sweep): how much a second core buys. The runs' own times,
     * each worker's first run apart, show where a shortfall comes from: a worker's first run also
     * pays its JIT compiler, which a lone worker runs on the idle core. Checks that both sweeps
     * gave the same results, then deletes the folder.
     */
    private static void compareWorkers(String title, ExperimentSpec spec, Path folder) throws IOException {
        System.out.println();
        System.out.println("## Worker scaling (" + title + ")");
        System.out.println("| workers | seconds | env steps/s | vs 1 worker | seconds per run: first on each worker / later |");
        System.out.println("|---|---|---|---|---|");
        List<RunPlan> plans = GridExpander.plans(spec, List.of());
        long steps = plans.stream().mapToLong(plan -> plan.config().trainingSteps()).sum();
        double oneWorker = Double.NaN;
        try {
            for (int workers = 1; workers <= 2; workers++) {
                long start = System.nanoTime();
                List<RunOutcome> outcomes = new Sweep(spec, plans, folder.resolve("workers-" + workers), workers,
                        "dqn-sweep bench workers").run(false, true, new PrintWriter(Writer.nullWriter()));
                double seconds = (System.nanoTime() - start) / 1e9;
                if (!outcomes.stream().allMatch(outcome -> outcome instanceof RunOutcome.Completed)) {
                    throw new IllegalStateException("a benchmark run did not complete: " + outcomes);
                }
                oneWorker = workers == 1 ? seconds : oneWorker;
                double[] runSeconds = runSecondsInStartOrder(outcomes);
                System.out.printf(Locale.ROOT, "| %d | %.1f | %.0f | %.2fx | %.1f / %.1f |%n", workers, seconds,
                        steps / seconds, oneWorker / seconds, mean(runSeconds, 0, workers),
                        mean(runSeconds, workers, runSeconds.length));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        int compared = requireSameEvaluations(folder.resolve("workers-1"), folder.resolve("workers-2"));
        System.out.println("Evaluations on 1 and 2 workers: identical (" + compared + " eval.csv files compared)");
        AtomicFiles.deleteTree(folder);
    }

    /**
     * Fails unless every run's eval.csv is byte for byte the same in both sweep folders (it must
     * be, whatever the worker count); returns how many were compared.
     */
    private static int requireSameEvaluations(Path oneWorker, Path twoWorkers) throws IOException {
        List<Path> evaluations;
        try (Stream<Path> files = Files.walk(oneWorker)) {
            evaluations = files.filter(file -> file.getFileName().toString().equals("eval.csv")).toList();
        }
        for (Path evaluation : evaluations) {
            Path other = twoWorkers.resolve(oneWorker.relativize(evaluation));
            if (Files.mismatch(evaluation, other) != -1) {
                throw new IllegalStateException("the worker count changed a result: " + evaluation + " vs " + other);
            }
        }
        return evaluations.size();
    }

    /**
     * The runs' own wall times in the order they started (finish time minus wall time), so the
     * first {@code workers} are each worker's first run, which pays its JIT warm-up.
     */
    private static double[] runSecondsInStartOrder(List<RunOutcome> outcomes) {
        return outcomes.stream().map(outcome -> ((RunOutcome.Completed) outcome).summary())
                .sorted(Comparator.comparingDouble(Benchmark::startSeconds)).mapToDouble(RunSummary::wallSeconds)
                .toArray();
    }

    private static double startSeconds(RunSummary run) {
        Instant finished = Instant.parse(run.finishedAt());
        return finished.getEpochSecond() + finished.getNano() / 1e9 - run.wallSeconds();
    }

    private static double mean(double[] values, int from, int to) {
        return Arrays.stream(values, from, to).average().orElse(Double.NaN);
    }

    private static void row(String label, RunConfig config) {
        Result result = train(config);
        double rate = config.trainingSteps() / result.seconds;
        System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.0f | %.1fx | %.3f |%n", label, config.trainingSteps(),
                result.seconds, rate, rate / RL4J_STEPS_PER_SECOND, result.score);
    }

    private record Result(double seconds, double score) {
    }

    private static Result train(RunConfig config) {
        long start = System.nanoTime();
        List<IterationRecord> ignored = new ArrayList<>();
        QNetwork network = Trainer.create(config, Clock.systemUTC()).train(ignored::add);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<EpisodeResult> episodes = new Evaluator(config).evaluate(network, TrajectoryRecorder.NONE);
        return new Result(seconds, Summaries.evaluation(config, episodes, Optional.empty()).score());
    }

    private static long residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }
}
