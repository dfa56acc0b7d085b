package dqnsweep.cli;

import dqnsweep.BadInputException;
import dqnsweep.sim.EnvName;
import dqnsweep.sim.Environment;
import dqnsweep.sim.Environments;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dqn-sweep simulate}: steps a simulator from given states, one CSV row per step. Either one
 * trajectory ({@code --state} through {@code --actions}) or many independent transitions, one per
 * input line ({@code --input}).
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Step a simulator from exact internal states and print one CSV row per step: step, state "
                + "before, action, reward, state after, observation, terminated.",
            "Either one trajectory: --state S --actions A1,A2,... (it stops at a terminating step); or many "
                + "independent transitions: --input FILE, each line a state's values then one action, "
                + "comma-separated (blank lines and lines starting with # are skipped; - reads standard input). "
                + "In bulk mode step is the line's record number, and a malformed line stops the run with exit "
                + "code 2 and a message naming it, after the rows of the lines before it."})
final class SimulateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--env", required = true, paramLabel = "ENV",
            description = "pendulum (gym Pendulum-v0), pendulum-v1 (Gymnasium), cartpole (CartPole-v1), "
                    + "acrobot (Acrobot-v1) or mountaincar (MountainCar-v0).")
    private String env;

    @Option(names = "--state", paramLabel = "S1,S2,...",
            description = "Start state: theta,theta_dot for pendulum; x,x_dot,theta,theta_dot for cartpole "
                    + "(radians; theta = 0 is upright); theta1,theta2,theta1_dot,theta2_dot for acrobot "
                    + "(radians; 0,0 hangs straight down; theta2 is relative to the first link); "
                    + "position,velocity for mountaincar.")
    private String state;

    @Option(names = "--actions", paramLabel = "A1,A2,...",
            description = "One action per step: torques for pendulum (clipped to [-2, 2]); gym's action index "
                    + "otherwise: cartpole 0 (push left) or 1 (push right); acrobot 0, 1 or 2 (torque -1, 0, "
                    + "+1); mountaincar 0, 1 or 2 (accelerate left, not at all, right).")
    private String actions;

    @Option(names = "--input", paramLabel = "FILE",
            description = "Bulk mode, instead of --state and --actions: one transition per line, the state's "
                    + "values then one action; - reads standard input.")
    private String input;

    @Override
    public Integer call() throws IOException {
        requireOneMode();
        EnvName name = envName();
        Environment sim = Environments.create(name);
        if (input != null) {
            return bulk(name, sim);
        }
        return trajectory(name, sim);
    }

    private void requireOneMode() {
        boolean single = state != null || actions != null;
        if (input != null && single) {
            throw new BadInputException("simulate takes either --input or --state with --actions, not both");
        }
        if (input == null && (state == null || actions == null)) {
            String missing = state == null && actions == null ? "" : " (" + (state == null ? "--state" : "--actions")
                    + " is missing)";
            throw new BadInputException("simulate needs --input FILE, or --state and --actions" + missing);
        }
    }

    /** From --state through --actions: writes the CSV, and a note on stderr if it terminated early. */
    private int trajectory(EnvName name, Environment sim) throws IOException {
        double[] start = numbers("--state", state);
        if (start.length != sim.stateSize()) {
            throw new BadInputException("--state for " + name + " takes " + sim.stateSize() + " values ("
                    + String.join(",", sim.stateNames()) + "), got " + start.length);
        }
        double[] steps = numbers("--actions", actions);
        for (int i = 0; i < steps.length; i++) {
            GymActions.require(name, steps[i], "--actions", "action " + (i + 1));
        }
        TransitionCsv table = new TransitionCsv(sim, spec.commandLine().getOut());
        table.start(start);
        int applied = 0;
        try {
            // gym leaves stepping past the end undefined (CartPole would pay 0 there), so stop
            boolean terminated = false;
            while (applied < steps.length && !terminated) {
                terminated = step(table, applied + 1, steps[applied], "--state, step " + (applied + 1));
                applied++;
            }
        } finally {
            table.flush();
        }
        if (applied < steps.length) {
            spec.commandLine().getErr().println("dqn-sweep: " + name + " terminated at step " + applied + "; the "
                    + (steps.length - applied) + " remaining action(s) were not applied");
        }
        return ExitCodes.OK;
    }

    /** Standard input is not ours to close; a file is. */
    private int bulk(EnvName name, Environment sim) throws IOException {
        if ("-".equals(input)) {
            return bulk(name, sim, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                    "standard input");
        }
        try (BufferedReader reader = openInput()) {
            return bulk(name, sim, reader, input);
        }
    }

    /** One transition per input line, each from the line's own state; nothing carries over between lines. */
    private int bulk(EnvName name, Environment sim, BufferedReader reader, String source) throws IOException {
        BulkInput lines = new BulkInput(reader, source, name, sim.stateNames());
        TransitionCsv table = new TransitionCsv(sim, spec.commandLine().getOut());
        try {
            int record = 0;
            for (BulkInput.Transition t = lines.next(); t != null; t = lines.next()) {
                record++;
                table.start(t.state());
                step(table, record, t.action(), lines.where());
            }
        } finally {
            table.flush();
        }
        return ExitCodes.OK;
    }

    /** A simulator refuses a state it cannot step (Acrobot: an angle too far out to wrap): the user's input. */
    private static boolean step(TransitionCsv table, int step, double action, String where) throws IOException {
        try {
            return table.step(step, action);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(where + ": " + e.getMessage(), e);
        }
    }

    private BufferedReader openInput() {
        try {
            return Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException("--input: no such file: " + input);
        } catch (IOException e) {
            throw new BadInputException("--input: cannot read " + input + ": " + e.getMessage(), e);
        }
    }

    private EnvName envName() {
        try {
            return EnvName.of(env);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--env: " + e.getMessage());
        }
    }

    private static double[] numbers(String option, String text) {
        if (text.isBlank()) {
            throw new BadInputException(option + " is empty: give comma-separated numbers");
        }
        return Decimals.parse(text, option, "value");
    }
}
