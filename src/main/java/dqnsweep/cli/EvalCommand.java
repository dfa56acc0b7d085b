package dqnsweep.cli;

import dqnsweep.BadInputException;
import dqnsweep.agent.ModelFile;
import dqnsweep.agent.QNetwork;
import dqnsweep.config.InvalidSettingException;
import dqnsweep.config.RunConfig;
import dqnsweep.eval.EpisodeResult;
import dqnsweep.eval.Evaluator;
import dqnsweep.eval.TrajectoryRecorder;
import dqnsweep.io.AtomicFiles;
import dqnsweep.reference.Reference;
import dqnsweep.reference.ReferenceCache;
import dqnsweep.run.ReferenceFolders;
import dqnsweep.run.RunExecutor;
import dqnsweep.run.RunFiles;
import dqnsweep.run.RunSummary;
import dqnsweep.run.Summaries;
import dqnsweep.spec.ConfigResolver;
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
        if (csv != null) {
            // Checked before the evaluation, which can take minutes, rather than after it.
            Path folder = csv.toAbsolutePath().getParent();
            if (Files.isDirectory(csv)) {
                throw new BadInputException("--csv " + csv + ": is a folder; give a file name");
            }
            AtomicFiles.folderProblem(folder).ifPresent(problem -> {
                throw new BadInputException("--csv " + csv + ": " + problem);
            });
        }
        RunConfig config;
        QNetwork network;
        try (ModelFile file = open()) {
            config = readConfig(file);
            network = readNetwork(file, config);
        }
        config = withEpisodes(config);
        List<EpisodeResult> results = new Evaluator(config).evaluate(network, TrajectoryRecorder.NONE);
        Optional<Reference> reference = ReferenceCache.standard(ReferenceFolders.perUser())
                .get(RunExecutor.referenceKey(config));
        if (csv != null) {
            try {
                RunFiles.writeEval(csv, results, reference);
            } catch (IOException e) {
                throw new BadInputException("--csv " + csv + ": " + e.getMessage());
            }
        }
        RunSummary.Evaluation eval = Summaries.evaluation(config, results, reference);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s on %s, %d actions: ", config.algo(), config.env(), config.actionCount());
        EvaluationLines.print(out, config, eval);
        return ExitCodes.OK;
    }

    /** A model file is untrusted input: {@link ModelFile} reads it without Java deserialisation, every length bounded. */
    private ModelFile open() {
        if (Files.isDirectory(model)) {
            throw new BadInputException("model file " + model + " is a folder; give its model.zip");
        }
        if (!Files.isRegularFile(model)) {
            throw new BadInputException("model file " + model + " does not exist");
        }
        try {
            return ModelFile.open(model);
        } catch (IOException | RuntimeException e) {
            throw refused(e);
        }
    }

    private RunConfig readConfig(ModelFile file) {
        try {
            return ConfigResolver.fromStored(file.configuration());
        } catch (InvalidSettingException e) {
            throw new BadInputException("model file " + model + " is refused: its configuration is invalid: "
                    + oneLine(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            throw refused(e);
        }
    }

    private QNetwork readNetwork(ModelFile file, RunConfig config) {
        try {
            return file.network(config);
        } catch (IOException | RuntimeException e) {
            throw refused(e);
        }
    }

    private BadInputException refused(Exception e) {
        return new BadInputException("model file " + model + " is refused: " + oneLine(e.getMessage()), e);
    }

    private static String oneLine(String message) {
        String line = message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    private RunConfig withEpisodes(RunConfig config) {
        if (episodes == null) {
            return config;
        }
        return ConfigResolver.with(config, "eval_episodes", episodes);
    }
}
