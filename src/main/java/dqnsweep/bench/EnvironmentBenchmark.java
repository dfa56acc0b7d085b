package dqnsweep.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dqnsweep.config.RunConfig;
import dqnsweep.io.AtomicFiles;
import dqnsweep.reference.ReferenceCache;
import dqnsweep.run.RunExecutor;
import dqnsweep.run.RunSummary;
import dqnsweep.run.TrainingProgress;
import dqnsweep.spec.ConfigResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Speed per environment at 50,000 environment steps with each environment's built-in settings,
 * and where a run's time goes: training, the evaluations during training, the final evaluation,
 * and what a run costs whatever its length (a 5,000-step run of the same settings gives the
 * intercept of cost = fixed + per step x steps).
 */
final class EnvironmentBenchmark {

    private static final List<String> ENVIRONMENTS = List.of("pendulum", "cartpole", "acrobot", "mountaincar");
    private static final long STEPS = 50_000;
    private static final long SHORT_STEPS = 5_000;

    private EnvironmentBenchmark() {
    }

    static void run() {
        System.out.println();
        System.out.println("## Speed per environment: 50,000 steps, built-in settings, seed 1 (warm JVM, one core)");
        System.out.println("| env | sequences | gradient steps | training s | training steps/s | curve s | final eval s "
                + "| run s | fixed s per run |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        try {
            Path folder = Files.createTempDirectory("dqn-sweep-bench");
            try {
                ReferenceCache references = ReferenceCache.standard(folder.resolve("references"));
                RunExecutor executor = new RunExecutor(Clock.systemUTC(), references);
                // Warm-up: the first run of a JVM loads ND4J's native code and compiles the hot paths.
                executor.execute(config("cartpole", SHORT_STEPS), folder.resolve("warm-up"), TrainingProgress.NONE);
                for (String env : ENVIRONMENTS) {
                    RunConfig config = config(env, STEPS);
                    references.get(RunExecutor.referenceKey(config));
                    Path runFolder = folder.resolve(env);
                    RunSummary full = executor.execute(config, runFolder, TrainingProgress.NONE);
                    long sequences = Files.readAllLines(runFolder.resolve("train.csv")).size() - 1L;
                    RunSummary brief = executor.execute(config(env, SHORT_STEPS), folder.resolve(env + "-short"),
                            TrainingProgress.NONE);
                    double perStep = (full.wallSeconds() - brief.wallSeconds()) / (STEPS - SHORT_STEPS);
                    double fixed = full.wallSeconds() - perStep * STEPS;
                    RunSummary.Training training = full.training();
                    System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %.1f | %,.0f | %.1f | %.1f | %.1f | %.1f |%n", env,
                            sequences, config.plannedGradientSteps(), training.trainSeconds(),
                            training.stepsPerSecond(), training.evalCurveSeconds(),
                            full.wallSeconds() - training.trainSeconds() - training.evalCurveSeconds(),
                            full.wallSeconds(), fixed);
                }
            } finally {
                AtomicFiles.deleteTree(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The built-in dqn settings of {@code env} with a budget of {@code steps} environment steps. */
    private static RunConfig config(String env, long steps) {
        ObjectNode written = JsonNodeFactory.instance.objectNode().put("algo", "dqn").put("env", env)
                .put("total_steps", steps);
        return ConfigResolver.resolve(List.of(written));
    }
}
