package dqnsweep.run;

import dqnsweep.agent.IterationRecord;
import dqnsweep.agent.QNetwork;
import dqnsweep.agent.Trainer;
import dqnsweep.config.RunConfig;
import dqnsweep.eval.EpisodeResult;
import dqnsweep.eval.Evaluator;
import dqnsweep.io.AtomicFiles;
import dqnsweep.io.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * One run from top to bottom: train, evaluate, write every output of its folder. Each file is
 * written atomically and {@code run.json} last, so an interrupted run never looks complete.
 */
public final class RunExecutor {

    private static final Properties BUILD = buildProperties();

    private final Clock clock;

    public RunExecutor(Clock clock) {
        this.clock = clock;
    }

    /** Trains and evaluates; on an exception records the failure in the folder and rethrows. */
    public RunSummary execute(RunConfig config, Path folder, TrainingProgress progress) throws IOException {
        RunOutputs outputs = new RunOutputs(AtomicFiles.requireWritableFolder(folder));
        clearPreviousAttempt(outputs);
        long start = clock.millis();
        try {
            List<IterationRecord> iterations = new ArrayList<>(config.iterations());
            QNetwork network = Trainer.create(config, clock).train(record -> {
                iterations.add(record);
                progress.advanced(record.envSteps());
            });
            long trained = clock.millis();
            RunFiles.writeTrain(outputs.train(), iterations);
            TrajectoryBuffer trajectories = new TrajectoryBuffer(config);
            List<EpisodeResult> episodes = new Evaluator(config).evaluate(network, trajectories);
            RunFiles.writeEval(outputs.eval(), episodes);
            trajectories.write(outputs.trajectory());
            RunFiles.writePolicy(outputs.policy(), network, config);
            RunFiles.writeModel(outputs.model(), network, config);
            RunSummary summary = summarize(config, iterations, episodes, trained - start, clock.millis() - start);
            AtomicFiles.writeString(outputs.summary(), Json.MAPPER.writeValueAsString(summary));
            return summary;
        } catch (IOException | RuntimeException | Error e) {
            recordFailure(outputs, config, e, clock.millis() - start);
            throw e;
        }
    }

    /** Reads a run's summary, or null when there is none or it is unreadable. */
    public static RunSummary readSummary(Path folder) {
        Path file = new RunOutputs(folder).summary();
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Json.MAPPER.readValue(file.toFile(), RunSummary.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Removes the files of an earlier, interrupted attempt, including temporary files a kill left behind. */
    private static void clearPreviousAttempt(RunOutputs outputs) throws IOException {
        AtomicFiles.deleteLeftovers(outputs.folder());
        for (String name : List.of(RunOutputs.SUMMARY, RunOutputs.ERROR, RunOutputs.TRAIN, RunOutputs.EVAL,
                RunOutputs.TRAJECTORY, RunOutputs.POLICY, RunOutputs.MODEL)) {
            Files.deleteIfExists(outputs.folder().resolve(name));
        }
    }

    private RunSummary summarize(RunConfig config, List<IterationRecord> iterations, List<EpisodeResult> episodes,
            long trainMillis, long wallMillis) {
        long envSteps = iterations.isEmpty() ? 0 : iterations.get(iterations.size() - 1).envSteps();
        double finalReward = iterations.isEmpty() ? Double.NaN
                : iterations.get(iterations.size() - 1).averageReward();
        RunSummary.Training training = new RunSummary.Training(envSteps, finalReward, trainMillis / 1e3,
                envSteps / Math.max(1e-3, trainMillis / 1e3));
        return new RunSummary(RunSummary.COMPLETE, null, ConfigHash.of(config), config, versions(), training,
                Summaries.evaluation(episodes), wallMillis / 1e3, clock.instant().toString());
    }

    /** dqn-sweep's and DL4J's versions as this build was made with them, and the running JVM's. */
    static RunSummary.Versions versions() {
        return new RunSummary.Versions(BUILD.getProperty("dqn_sweep"), BUILD.getProperty("dl4j"),
                System.getProperty("java.version"));
    }

    private static Properties buildProperties() {
        Properties properties = new Properties();
        try (InputStream in = RunExecutor.class.getResourceAsStream("build.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the build lacks dqnsweep/run/build.properties", e);
        }
        return properties;
    }

    private void recordFailure(RunOutputs outputs, RunConfig config, Throwable e, long wallMillis) {
        try {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            AtomicFiles.writeString(outputs.error(), describe(e) + "\n\n" + trace);
            RunSummary failed = new RunSummary(RunSummary.FAILED, describe(e), ConfigHash.of(config), config,
                    versions(), null, null, wallMillis / 1e3, clock.instant().toString());
            AtomicFiles.writeString(outputs.summary(), Json.MAPPER.writeValueAsString(failed));
        } catch (IOException | RuntimeException ignored) {
            // The original failure is what matters; a full disk may prevent recording it.
        }
    }

    public static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
