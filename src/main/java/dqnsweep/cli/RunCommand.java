package dqnsweep.cli;

import dqnsweep.BadInputException;
import dqnsweep.config.RunConfig;
import dqnsweep.run.RunExecutor;
import dqnsweep.run.RunSummary;
import dqnsweep.run.TrainingProgress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dqn-sweep run}: one training run with evaluation, written to a folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Train one agent, evaluate it and write train.csv, eval.csv, model.zip and run.json.")
final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ConfigOptions configOptions;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder of the run.")
    private Path out;

    @Override
    public Integer call() throws Exception {
        RunConfig config = configOptions.resolve();
        RunSummary summary;
        try {
            summary = new RunExecutor(Clock.systemUTC()).execute(config, out, TrainingProgress.NONE);
        } catch (BadInputException e) {
            throw e;
        } catch (Exception e) {
            spec.commandLine().getErr().println("dqn-sweep: run failed: " + RunExecutor.describe(e)
                    + " (details in " + out.resolve("error.txt") + ")");
            return ExitCodes.RUN_FAILED;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "trained %d steps in %.1f s (%.0f steps/s); ", summary.training().envSteps(),
                summary.training().trainSeconds(), summary.training().stepsPerSecond());
        EvaluationLines.print(out, config, summary.evaluation());
        return ExitCodes.OK;
    }
}
