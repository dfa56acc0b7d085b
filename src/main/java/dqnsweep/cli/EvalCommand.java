package dqnsweep.cli;

import dqnsweep.BadInputException;
import dqnsweep.agent.QNetwork;
import dqnsweep.config.RunConfig;
import dqnsweep.eval.EpisodeResult;
import dqnsweep.eval.Evaluator;
import dqnsweep.eval.TrajectoryRecorder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dqnsweep.io.Json;
import dqnsweep.reference.Reference;
import dqnsweep.reference.ReferenceCache;
import dqnsweep.run.ReferenceFolders;
import dqnsweep.run.RunExecutor;
import dqnsweep.run.RunFiles;
import dqnsweep.run.RunSummary;
import dqnsweep.run.Summaries;
import dqnsweep.spec.ConfigResolver;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
        Optional<Reference> reference = ReferenceCache.standard(ReferenceFolders.perUser())
                .get(RunExecutor.referenceKey(config));
        if (csv != null) {
            RunFiles.writeEval(csv, results, reference);
        }
        RunSummary.Evaluation eval = Summaries.evaluation(config, results, reference);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s on %s, %d actions: ", config.algo(), config.env(), config.actionCount());
        EvaluationLines.print(out, config, eval);
        return ExitCodes.OK;
    }

    private RunConfig readConfig() {
        if (!Files.isRegularFile(model)) {
            throw new BadInputException("model file " + model + " does not exist");
        }
        try {
            return ConfigResolver.fromStored((ObjectNode) Json.MAPPER.readTree(QNetwork.loadConfigJson(model.toFile())));
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
