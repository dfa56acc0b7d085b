package dqnsweep.cli;

import dqnsweep.BadInputException;
import dqnsweep.jvm.BlasKernel;
import dqnsweep.jvm.ParentWatch;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dqn-sweep} command: subcommands for one run, evaluation, simulation and sweeps. */
@Command(name = "dqn-sweep", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Trains Deep-Q-Networks on classic-control simulators and runs experiment grids.",
        subcommands = {RunCommand.class, EvalCommand.class, SimulateCommand.class, PlanCommand.class,
                SweepCommand.class, MergeCommand.class, ReportCommand.class, VerifyCommand.class, BenchCommand.class})
public final class Main {

    public static void main(String[] args) {
        ParentWatch.startIfAsked();
        int exitCode = Launcher.relaunchIfNeeded(args).orElseGet(() -> executeGuarded(args));
        System.exit(exitCode);
    }

    /** Commands whose results depend on OpenBLAS's kernel: they refuse to run in a JVM that does not pin it. */
    private static final Set<String> COMPUTING = Set.of("run", "eval", "sweep", "verify", "bench");

    /** Errors (not Exceptions) escape picocli's handler; they still get one line, not a stack trace. */
    private static int executeGuarded(String[] args) {
        if (args.length > 0 && COMPUTING.contains(args[0])) {
            Optional<String> problem = BlasKernel.problemInThisJvm();
            if (problem.isPresent()) {
                System.err.println(Terminal.line("dqn-sweep: " + problem.get()));
                return ExitCodes.BAD_INPUT;
            }
        }
        try {
            return newCommandLine().execute(args);
        } catch (Error e) {
            System.err.println(Terminal.line("dqn-sweep: failed: " + describe(e)));
            return ExitCodes.RUN_FAILED;
        }
    }

    /** The configured command line; tests call {@code execute} on it with their own writers. */
    public static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler(Main::handleFailure);
        return commandLine;
    }

    private static int handleFailure(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof BadInputException) {
            err.println(Terminal.line("dqn-sweep: " + e.getMessage()));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        err.println(Terminal.line("dqn-sweep: failed: " + describe(e)));
        err.flush();
        return ExitCodes.RUN_FAILED;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
