package dqnsweep.cli;

import dqnsweep.BadInputException;
import dqnsweep.agent.QNetwork;
import dqnsweep.config.RunConfig;
import dqnsweep.eval.EpisodeResult;
import dqnsweep.eval.Evaluator;
import dqnsweep.eval.TrajectoryRecorder;
import dqnsweep.io.Json;
import dqnsweep.run.RunFiles;
import dqnsweep.run.RunSummary;
import dqnsweep.run.Summaries;
import dqnsweep.spec.ConfigResolver;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dqn-sweep eval}: reloads a saved model and plays its greedy policy on the evaluation start states. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a saved model.zip: greedy policy, N episodes from the fixed evaluation start states.")
final class EvalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "A model.zip written by run or sweep.")
    private Path model;

    @Option(names = "--episodes", paramLabel = "N", description = "Evaluation episodes (default: the run's eval_episodes).")
    private Integer episodes;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write one row per episode to this CSV file.")
    private Path csv;

    @Override
    public Integer call() throws IOException {
        if (episodes != null && episodes < 1) {
            throw new BadInputException("--episodes must be at least 1, got " + episodes);
        }
        RunConfig config = withEpisodes(readConfig());
        QNetwork network = readNetwork();
        List<EpisodeResult> results = new Evaluator(config).evaluate(network, TrajectoryRecorder.NONE);
        if (csv != null) {
            RunFiles.writeEval(csv, results);
        }
        RunSummary.Evaluation eval = Summaries.evaluation(results);
        spec.commandLine().getOut().printf(Locale.ROOT,
                "%s on %s, %d bins: %d episodes, average reward per step %.4f, return over 200 steps %.1f, "
                        + "upright %.0f%%, solved %.0f%%%n",
                config.algo(), config.env(), config.actionCount(), eval.episodes(), eval.meanAverageReward(),
                eval.meanReturn200(), 100 * eval.meanUprightFraction(), 100 * eval.solvedRate());
        return ExitCodes.OK;
    }

    private RunConfig readConfig() {
        if (!Files.isRegularFile(model)) {
            throw new BadInputException("model file " + model + " does not exist");
        }
        try {
            return Json.MAPPER.readValue(QNetwork.loadConfigJson(model.toFile()), RunConfig.class);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("model file " + model + " is not a dqn-sweep model (" + e.getMessage() + ")");
        }
    }

    private QNetwork readNetwork() {
        File file = model.toFile();
        try {
            return QNetwork.load(file);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("model file " + model + " is corrupt or unreadable (" + e.getMessage() + ")");
        }
    }

    private RunConfig withEpisodes(RunConfig config) {
        if (episodes == null) {
            return config;
        }
        return ConfigResolver.with(config, "eval_episodes", episodes);
    }
}
