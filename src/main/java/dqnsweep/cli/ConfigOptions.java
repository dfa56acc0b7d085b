package dqnsweep.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dqnsweep.BadInputException;
import dqnsweep.config.InvalidSettingException;
import dqnsweep.config.RunConfig;
import dqnsweep.spec.ConfigResolver;
import dqnsweep.spec.Overrides;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that build one run configuration: shortcuts for common settings and {@code --set key=value}. */
final class ConfigOptions {

    @Option(names = "--env", paramLabel = "ENV", description = "pendulum (gym Pendulum-v0), pendulum-v1 or cartpole.")
    private String env;

    @Option(names = "--algo", paramLabel = "ALGO", description = "dqn (default) or notebook (the tutorial's algorithm).")
    private String algo;

    @Option(names = "--bins", paramLabel = "N", description = "Torque bins, linspace(-2, 2, N).")
    private String bins;

    @Option(names = "--iterations", paramLabel = "N", description = "Training sequences of 250 steps.")
    private String iterations;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the run.")
    private String seed;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Any setting, e.g. --set learning_rate=0.001 (repeatable; see the README's table).")
    private List<String> settings = new ArrayList<>();

    /** Built-in defaults &lt; the shortcut options &lt; {@code --set}. */
    RunConfig resolve() {
        List<String> shortcuts = new ArrayList<>();
        add(shortcuts, "env", env);
        add(shortcuts, "algo", algo);
        add(shortcuts, "bins", bins);
        add(shortcuts, "iterations", iterations);
        add(shortcuts, "seed", seed);
        ObjectNode shortcutLayer = Overrides.parse(shortcuts);
        ObjectNode setLayer = Overrides.parse(settings);
        try {
            return ConfigResolver.resolve(List.of(shortcutLayer, setLayer));
        } catch (InvalidSettingException e) {
            throw new BadInputException("invalid setting " + e.getMessage());
        }
    }

    private static void add(List<String> assignments, String key, String value) {
        if (value != null) {
            assignments.add(key + "=" + value);
        }
    }
}
