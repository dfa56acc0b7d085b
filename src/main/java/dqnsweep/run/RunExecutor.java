package dqnsweep.run;

import dqnsweep.agent.IterationRecord;
import dqnsweep.agent.QNetwork;
import dqnsweep.agent.Trainer;
import dqnsweep.agent.TrainingListener;
import dqnsweep.config.RunConfig;
import dqnsweep.eval.EpisodeResult;
import dqnsweep.eval.Evaluator;
import dqnsweep.io.AtomicFiles;
import dqnsweep.io.FileDigest;
import dqnsweep.io.Json;
import dqnsweep.jvm.Machine;
import dqnsweep.reference.Reference;
import dqnsweep.reference.ReferenceCache;
import dqnsweep.reference.ReferenceKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * One run from top to bottom: train, evaluate, write every output of its folder. Each file is
 * written atomically and {@code run.json} last, so an interrupted run never looks complete.
 */
public final class RunExecutor {

    private static final Properties BUILD = buildProperties();

    private final Clock clock;
    private final ReferenceCache references;

    /** A single run: references come from the per-user cache ({@link ReferenceFolders#perUser()}). */
    public RunExecutor(Clock clock) {
        this(clock, ReferenceCache.standard(ReferenceFolders.perUser()));
    }

    /** {@code references}: where the run finds (or computes and keeps) the optimum it is held against. */
    public RunExecutor(Clock clock, ReferenceCache references) {
        this.clock = clock;
        this.references = references;
    }

    /** Trains and evaluates; on an exception records the failure in the folder and rethrows. */
    public RunSummary execute(RunConfig config, Path folder, TrainingProgress progress) throws IOException {
        RunOutputs outputs = new RunOutputs(AtomicFiles.requireWritableFolder(folder));
        clearPreviousAttempt(outputs);
        long start = clock.millis();
        try {
            List<IterationRecord> iterations = new ArrayList<>();
            Evaluator evaluator = new Evaluator(config);
            EvalCurve curve = new EvalCurve(config, evaluator, clock);
            QNetwork network = Trainer.create(config, clock).train(new TrainingListener() {
                @Override
                public void sequenceFinished(IterationRecord record) {
                    iterations.add(record);
                    progress.advanced(record.envSteps());
                }

                @Override
                public void reached(long envSteps, long gradientSteps, int completed, QNetwork online) {
                    curve.reached(envSteps, gradientSteps, completed, online);
                }
            });
            long trained = clock.millis();
            RunFiles.writeTrain(outputs.train(), iterations, config);
            TrajectoryBuffer trajectories = TrajectoryBuffer.first(config);
            List<EpisodeResult> episodes = evaluator.evaluate(network, trajectories);
            IterationRecord last = iterations.get(iterations.size() - 1);
            curve.finish(last.envSteps(), last.gradientSteps(), iterations.size(), episodes);
            Optional<Reference> reference = references.get(referenceKey(config));
            RunFiles.writeEval(outputs.eval(), episodes, reference);
            if (config.evalPoints() > 0) {
                RunFiles.writeEvalCurve(outputs.evalCurve(), curve.points(),
                        Optimum.of(config, reference, config.evalCurveEpisodes()));
            }
            trajectories.write(outputs.trajectory());
            WorstEpisodes.write(outputs.worstEpisodes(), config, evaluator, network, episodes, reference);
            RunFiles.writePolicy(outputs.policy(), network, config);
            RunFiles.writeModel(outputs.model(), network, config);
            Map<String, FileDigest> files = FileDigest.of(outputs.folder(), RunOutputs.CHECKED);
            RunSummary summary = summarize(config, iterations, Summaries.evaluation(config, episodes, reference),
                    trained - start, curve.seconds(), clock.millis() - start, files);
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
        for (String name : RunOutputs.FILES) {
            Files.deleteIfExists(outputs.folder().resolve(name));
        }
    }

    /** What a run's reference depends on: its environment, actions, decision interval and evaluation. */
    public static ReferenceKey referenceKey(RunConfig config) {
        return new ReferenceKey(config.env(), config.actionCount(), config.actionRepeat(), config.evalSeed(),
                config.evalEpisodes(), config.evalSteps());
    }

    private RunSummary summarize(RunConfig config, List<IterationRecord> iterations, RunSummary.Evaluation evaluation,
            long trainMillis, double curveSeconds, long wallMillis, Map<String, FileDigest> files) {
        long envSteps = iterations.isEmpty() ? 0 : iterations.get(iterations.size() - 1).envSteps();
        double finalReward = iterations.isEmpty() ? Double.NaN
                : iterations.get(iterations.size() - 1).averageReward();
        // Training time without the evaluations during training, which eval_curve_seconds counts.
        double trainSeconds = Math.max(0, trainMillis / 1e3 - curveSeconds);
        RunSummary.Training training = new RunSummary.Training(envSteps, finalReward, trainSeconds,
                envSteps / Math.max(1e-3, trainSeconds), curveSeconds);
        return new RunSummary(RunSummary.COMPLETE, null, ConfigHash.of(config), config, versions(), Machine.current(), training,
                evaluation, wallMillis / 1e3, clock.instant().toString(), files);
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
                    versions(), Machine.current(), null, null, wallMillis / 1e3, clock.instant().toString(), null);
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
