package dqnsweep.cli;

import dqnsweep.BadInputException;
import dqnsweep.io.Csv;
import dqnsweep.io.ShortestDouble;
import dqnsweep.sim.EnvName;
import dqnsweep.sim.Environment;
import dqnsweep.sim.Environments;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dqn-sweep simulate}: steps a simulator from a given state through given actions, one CSV row per step. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Step a simulator from a given internal state through given actions and print one CSV row "
                + "per step: state before, action, reward, state after, observation, terminated.")
final class SimulateCommand implements Callable<Integer> {

    /** Plain decimals only: Double.parseDouble would also take NaN, Infinity, hex and a trailing d or f. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    @Spec
    private CommandSpec spec;

    @Option(names = "--env", required = true, paramLabel = "ENV",
            description = "pendulum (gym Pendulum-v0), pendulum-v1 (Gymnasium) or cartpole (CartPole-v1).")
    private String env;

    @Option(names = "--state", required = true, paramLabel = "S1,S2,...",
            description = "Start state: theta,theta_dot for pendulum; x,x_dot,theta,theta_dot for cartpole "
                    + "(radians; theta = 0 is upright).")
    private String state;

    @Option(names = "--actions", required = true, paramLabel = "A1,A2,...",
            description = "One action per step: torques for pendulum (clipped to [-2, 2]), 0 (push left) or "
                    + "1 (push right) for cartpole.")
    private String actions;

    @Override
    public Integer call() throws IOException {
        EnvName name = envName();
        Environment sim = Environments.create(name);
        double[] start = numbers("--state", state);
        if (start.length != sim.stateSize()) {
            throw new BadInputException("--state for " + name + " takes " + sim.stateSize() + " values ("
                    + String.join(",", sim.stateNames()) + "), got " + start.length);
        }
        double[] steps = numbers("--actions", actions);
        if (name == EnvName.CARTPOLE) {
            requirePushes(steps);
        }
        int applied = simulate(sim, start, steps, spec.commandLine().getOut());
        if (applied < steps.length) {
            spec.commandLine().getErr().println("dqn-sweep: " + name + " terminated at step " + applied + "; the "
                    + (steps.length - applied) + " remaining action(s) were not applied");
        }
        return ExitCodes.OK;
    }

    /** Writes the CSV and returns how many actions were applied: all, or up to the terminating step. */
    private static int simulate(Environment sim, double[] start, double[] steps, PrintWriter out) throws IOException {
        double[] observation = new double[sim.observationSize()];
        double[] before = new double[sim.stateSize()];
        double[] after = new double[sim.stateSize()];
        Csv csv = Csv.open(out, header(sim));
        sim.setState(start, observation);
        try {
            for (int i = 0; i < steps.length; i++) {
                sim.copyState(before);
                double reward = sim.step(steps[i], observation);
                sim.copyState(after);
                List<Object> row = new ArrayList<>();
                row.add(i + 1);
                addAll(row, before);
                addAll(row, steps[i], reward);
                addAll(row, after);
                addAll(row, observation);
                row.add(sim.terminated());
                csv.row(row.toArray());
                // gym leaves stepping past the end undefined (CartPole would pay 0 there), so stop
                if (sim.terminated()) {
                    return i + 1;
                }
            }
            return steps.length;
        } finally {
            csv.flush();
        }
    }

    private static List<String> header(Environment sim) {
        List<String> header = new ArrayList<>();
        header.add("step");
        sim.stateNames().forEach(n -> header.add(n + "_before"));
        header.add("action");
        header.add("reward");
        sim.stateNames().forEach(n -> header.add(n + "_after"));
        header.addAll(sim.observationNames());
        header.add("terminated");
        return header;
    }

    private static void addAll(List<Object> row, double... values) {
        for (double value : values) {
            row.add(ShortestDouble.format(value));
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
        String[] parts = text.split(",", -1);
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (!NUMBER.matcher(part).matches()) {
                throw new BadInputException(option + ": '" + part + "' is not a number (value " + (i + 1) + ")");
            }
            values[i] = Double.parseDouble(part);
            if (Double.isInfinite(values[i])) {
                throw new BadInputException(option + ": '" + part + "' is too large for a double");
            }
        }
        return values;
    }

    private static void requirePushes(double[] steps) {
        for (int i = 0; i < steps.length; i++) {
            if (steps[i] != 0 && steps[i] != 1) {
                throw new BadInputException("--actions: cartpole actions are 0 (push left) or 1 (push right), got "
                        + ShortestDouble.format(steps[i]) + " (action " + (i + 1) + ")");
            }
        }
    }
}
