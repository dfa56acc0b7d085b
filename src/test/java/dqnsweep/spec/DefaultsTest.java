package dqnsweep.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dqnsweep.config.Algo;
import dqnsweep.config.InvalidSettingException;
import dqnsweep.config.RunConfig;
import dqnsweep.sim.EnvName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The built-in settings file: complete, consistent with the README, and checked like a spec. */
class DefaultsTest {

    private final Defaults defaults = Defaults.builtIn();

    /** Setting to {dqn column, notebook column} of the README's settings table. */
    private static Map<String, String[]> readmeSettings() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("### Settings");
        assertTrue(start >= 0, "README.md has a '### Settings' section");
        Map<String, String[]> table = new LinkedHashMap<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("#")) {
                break;
            }
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|");
            String[] keys = cells[1].trim().replace("`", "").split(",\\s*");
            String[] dqn = cells[2].trim().split(",\\s*");
            String[] notebook = cells[3].trim().split(",\\s*");
            for (int i = 0; i < keys.length; i++) {
                table.put(keys[i], new String[] {cell(dqn, i), cell(notebook, i)});
            }
        }
        return table;
    }

    private static String cell(String[] values, int i) {
        return values.length == 1 && values[0].equals("-") ? "-" : values[i];
    }

    @Test
    void theReadmesSettingsTableShowsTheDefaultsFile() throws IOException {
        Map<String, String[]> readme = readmeSettings();
        assertEquals(new TreeSet<>(ConfigResolver.KEYS), new TreeSet<>(readme.keySet()),
                "the README's table lists every setting, once");
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, String[]> row : readme.entrySet()) {
            String key = row.getKey();
            for (Algo algo : Algo.values()) {
                String shown = row.getValue()[algo.ordinal() == Algo.DQN.ordinal() ? 0 : 1];
                JsonNode value = key.equals("algo") ? JsonNodeFactory.instance.textNode(algo.id())
                        : defaults.settings(algo, defaults.defaultEnv(algo)).get(key);
                boolean same = value == null ? shown.equals("-")
                        : !shown.equals("-") && SettingValues.same(SettingValues.parse(key, shown), value);
                if (!same) {
                    differences.add(key + " for " + algo + ": README " + shown + ", defaults.yaml " + value);
                }
            }
        }
        assertEquals(List.of(), differences);
    }

    @Test
    void eachAlgorithmsDefaultsResolveToAValidRun() {
        for (Algo algo : Algo.values()) {
            RunConfig config = ConfigResolver.builtIn(algo);
            assertEquals(algo, config.algo());
            assertEquals(EnvName.PENDULUM, config.env());
        }
        assertEquals(Algo.DQN, ConfigResolver.resolve(List.of()).algo());
        RunConfig notebook = ConfigResolver.builtIn(Algo.NOTEBOOK);
        assertNull(notebook.replayCapacity(), "a setting notebook does not use is absent");
        assertEquals(1, notebook.actionRepeat());
        assertNull(ConfigResolver.builtIn(Algo.DQN).amaxQuirk());
        assertFalse(ConfigResolver.toTree(notebook).has("frame_skip"), "and absent from its JSON");
    }

    @Test
    void aSettingTheAlgorithmDoesNotUseIsRefusedWhenWritten() {
        ObjectNode layer = JsonNodeFactory.instance.objectNode().put("algo", "notebook").put("batch_size", 32);
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> ConfigResolver.resolve(List.of(layer)));
        assertEquals("batch_size: does not apply to the notebook algorithm", e.getMessage());
        RunConfig dqn = ConfigResolver.builtIn(Algo.DQN);
        RunConfig switched = ConfigResolver.with(dqn, "algo", "notebook");
        assertNull(switched.batchSize(), "changing the algorithm drops what the new one does not use");
        assertEquals(dqn.learningRate(), switched.learningRate(), "and keeps what it does");
    }

    @Test
    void anEnvironmentsBlockOverridesTheFallback() {
        Defaults custom = Defaults.parse(Path.of("d.yaml"), """
                algo: notebook
                dqn:
                  default: {env: pendulum, gamma: 0.95}
                notebook:
                  default: {env: pendulum, gamma: 0.9, bins: 20}
                  cartpole: {gamma: 0.99}
                """);
        assertEquals(Algo.NOTEBOOK, custom.defaultAlgo());
        assertEquals(0.99, custom.settings(Algo.NOTEBOOK, EnvName.CARTPOLE).get("gamma").doubleValue());
        assertEquals(0.9, custom.settings(Algo.NOTEBOOK, EnvName.PENDULUM).get("gamma").doubleValue());
        assertEquals(20, custom.settings(Algo.NOTEBOOK, EnvName.CARTPOLE).get("bins").intValue());
        assertTrue(custom.uses(Algo.NOTEBOOK, "bins"));
        assertFalse(custom.uses(Algo.DQN, "bins"));
    }

    @Test
    void aMalformedDefaultsFileIsReportedLikeASpec() {
        assertEquals("d.yaml:4:14: notebook.cartpole.gama: unknown setting gama", parseError("""
                algo: dqn
                dqn: {default: {env: pendulum}}
                notebook:
                  cartpole: {gama: 1}
                  default: {env: pendulum}
                """));
        assertEquals("d.yaml:2:39: dqn.default.gamma: gamma must be a number, got the text 'high'", parseError("""
                algo: dqn
                dqn: {default: {env: pendulum, gamma: high}}
                notebook: {default: {env: pendulum}}
                """));
        assertEquals("d.yaml:3:49: notebook.cartpole.gamma: gamma is not in the algorithm's default block; an "
                + "environment's block only changes settings the algorithm uses", parseError("""
                algo: dqn
                dqn: {default: {env: pendulum}}
                notebook: {default: {env: pendulum}, cartpole: {gamma: 0.9}}
                """));
        assertEquals("d.yaml:1:1: no block for the notebook algorithm", parseError("""
                algo: dqn
                dqn: {default: {env: pendulum}}
                """));
    }

    private static String parseError(String text) {
        return assertThrows(SpecException.class, () -> Defaults.parse(Path.of("d.yaml"), text)).getMessage();
    }
}
