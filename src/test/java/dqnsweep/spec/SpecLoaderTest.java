package dqnsweep.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dqnsweep.BadInputException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpecLoaderTest {

    private static final Path FILE = Path.of("experiments/x.yaml");

    private static ExperimentSpec parse(String yaml) {
        return SpecLoader.parse(FILE, yaml);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(SpecLoaderTest.class.getResource(name).toURI());
    }

    @Test
    void readsEveryPartOfTheFullExample() throws Exception {
        ExperimentSpec spec = SpecLoader.load(resource("full-example.yaml"));
        assertEquals("pendulum-wide", spec.name());
        assertEquals("Torque bins x training length, DQN", spec.description());
        assertEquals(List.of("algo", "env", "eval_episodes", "learning_rate"), fieldNames(spec.base()));
        assertEquals("dqn", spec.base().get("algo").asText());
        assertEquals(0.001, spec.base().get("learning_rate").doubleValue());
        assertEquals(List.of("bins", "iterations"), spec.axes());
        assertEquals(List.of(10, 20, 40), spec.axis("bins").stream().map(JsonNode::intValue).toList());
        assertEquals(List.of(100, 1000), spec.axis("iterations").stream().map(JsonNode::intValue).toList());
        assertEquals(List.of(1L, 2L, 3L), spec.seeds());
        assertEquals(2, spec.include().size());
        assertEquals(80, spec.include().get(0).get("bins").intValue());
        assertEquals(List.of("bins"), fieldNames(spec.include().get(1)));
        assertEquals(1, spec.exclude().size());
        assertEquals(Optional.of(2), spec.workers());
        assertEquals(Optional.of(Path.of("results/wide")), spec.out());
        assertEquals(Path.of("results/wide"), spec.outputFolder());
        assertEquals(Optional.of(new SourceMap.Location(9, 10)), spec.sources().value("grid.bins[0]"));
        assertEquals(spec, SpecLoader.load(resource("full-example.yaml")), "loading is deterministic");
    }

    @Test
    void optionalPartsHaveDefaults() {
        ExperimentSpec spec = parse("name: tiny\n");
        assertEquals("", spec.description());
        assertTrue(spec.base().isEmpty());
        assertTrue(spec.grid().isEmpty());
        assertEquals(List.of(1L), spec.seeds());
        assertEquals(List.of(), spec.include());
        assertEquals(List.of(), spec.exclude());
        assertEquals(Optional.empty(), spec.workers());
        assertEquals(Path.of("results", "tiny"), spec.outputFolder());
    }

    @Test
    void seedsMayBeAnExplicitList() {
        assertEquals(List.of(1L, 2L, 7L), parse("name: x\nseeds: [1, 2, 7]\n").seeds());
        assertEquals(List.of(0L), parse("name: x\nseeds: [0]\n").seeds());
    }

    @Test
    void theSnapshotCannotBeChangedThroughItsAccessors() {
        ExperimentSpec spec = parse("name: x\nbase: {bins: 10}\ngrid: {iterations: [1, 2]}\n");
        spec.base().put("bins", 99);
        spec.grid().put("gamma", List.of(JsonNodeFactory.instance.numberNode(0.5)));
        assertEquals(10, spec.base().get("bins").intValue());
        assertEquals(List.of("iterations"), spec.axes());
    }

    @Test
    void recordRefusesASeedInBaseEvenWhenBuiltInCode() {
        var base = JsonNodeFactory.instance.objectNode().put("seed", 3);
        assertThrows(IllegalArgumentException.class, () -> new ExperimentSpec(FILE, "x", "", base,
                new LinkedHashMap<>(), List.of(1L), List.of(), List.of(), Optional.empty(), Optional.empty()));
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("value out of the type: float for an int", "name: x\ngrid:\n  bins: [10, 2.5]\n",
                        "experiments/x.yaml:3:14: grid.bins[1]: bins must be a whole number, got 2.5"),
                Arguments.of("quoted number", "name: x\ngrid:\n  bins: [\"20\"]\n",
                        "experiments/x.yaml:3:10: grid.bins[0]: bins must be a whole number, got the text '20' "
                                + "(numbers are written without quotes)"),
                Arguments.of("quoted number in base", "name: x\nbase:\n  bins: \"20\"\n",
                        "experiments/x.yaml:3:9: base.bins: bins must be a whole number, got the text '20' "
                                + "(numbers are written without quotes)"),
                Arguments.of("int overflow", "name: x\nbase:\n  iterations: 3000000000\n",
                        "experiments/x.yaml:3:15: base.iterations: iterations must be a whole number between "
                                + "-2147483648 and 2147483647, got 3000000000"),
                Arguments.of("yes is not a boolean", "name: x\nbase:\n  double_dqn: yes\n",
                        "experiments/x.yaml:3:15: base.double_dqn: double_dqn must be true or false, got the text 'yes'"),
                Arguments.of("on is not silently a boolean for a text setting", "name: x\nbase:\n  env: on\n",
                        "experiments/x.yaml:3:8: base.env: env must be one of pendulum, pendulum-v1, cartpole, "
                                + "acrobot, mountaincar, got the text 'on'"),
                Arguments.of("choice typo", "name: x\ngrid:\n  epsilon_schedule: [linear, exponentail]\n",
                        "experiments/x.yaml:3:30: grid.epsilon_schedule[1]: epsilon_schedule must be one of "
                                + "exponential, linear, got the text 'exponentail' (did you mean 'exponential'?)"),
                Arguments.of("infinite double", "name: x\nbase:\n  gamma: 1e400\n",
                        "experiments/x.yaml:3:10: base.gamma: gamma must be a finite number, got Infinity"),
                Arguments.of("list in base", "name: x\nbase:\n  bins: [10, 20]\n",
                        "experiments/x.yaml:3:9: base.bins: bins must be a single value here; to try several "
                                + "values, list them under grid: (grid: {bins: [...]})"),
                Arguments.of("negative seeds", "name: x\nseeds: -1\n",
                        "experiments/x.yaml:2:8: seeds: seeds must be a count between 1 and 10000 (seeds 1..N) or "
                                + "a list of seeds such as [1, 2, 7], got -1"),
                Arguments.of("zero seeds", "name: x\nseeds: 0\n",
                        "experiments/x.yaml:2:8: seeds: seeds must be a count between 1 and 10000 (seeds 1..N) or "
                                + "a list of seeds such as [1, 2, 7], got 0"),
                Arguments.of("seed as text", "name: x\nseeds: five\n",
                        "experiments/x.yaml:2:8: seeds: seeds must be a count (seeds: 5 means seeds 1..5) or a "
                                + "non-empty list of seeds such as [1, 2, 7], got the text 'five'"),
                Arguments.of("fractional seed in a list", "name: x\nseeds: [1, 2.5]\n",
                        "experiments/x.yaml:2:12: seeds[1]: a seed must be a whole number of at least 0, got 2.5"),
                Arguments.of("duplicate seed", "name: x\nseeds: [1, 2, 1]\n",
                        "experiments/x.yaml:2:15: seeds[2]: duplicate seed 1 (already at seeds[0])"),
                Arguments.of("axis not a list", "name: x\ngrid:\n  bins: 10\n",
                        "experiments/x.yaml:3:9: grid.bins: an axis must be a list of values, e.g. bins: [10, ...], "
                                + "got 10"),
                Arguments.of("empty axis", "name: x\ngrid:\n  bins: []\n",
                        "experiments/x.yaml:3:9: grid.bins: the axis bins is empty; give at least one value (or "
                                + "remove the axis)"),
                Arguments.of("empty grid", "name: x\ngrid: {}\n",
                        "experiments/x.yaml:2:7: grid: grid must be a mapping of settings to lists of values (e.g. "
                                + "grid: {bins: [10, 20]}), got an empty mapping; leave grid out for a single cell"),
                Arguments.of("duplicate axis value", "name: x\ngrid:\n  bins: [10, 20, 10]\n",
                        "experiments/x.yaml:3:18: grid.bins[2]: duplicate value 10 in the axis bins (already at "
                                + "grid.bins[0])"),
                Arguments.of("duplicate by meaning", "name: x\ngrid:\n  learning_rate: [0.001, 1e-3]\n",
                        "experiments/x.yaml:3:26: grid.learning_rate[1]: duplicate value 0.001 in the axis "
                                + "learning_rate (already at grid.learning_rate[0])"),
                Arguments.of("unknown setting in base", "name: x\nbase:\n  lerning_rate: 0.1\n",
                        "experiments/x.yaml:3:3: base.lerning_rate: unknown setting lerning_rate (did you mean "
                                + "'learning_rate'?)"),
                Arguments.of("unknown axis", "name: x\ngrid:\n  binz: [10]\n",
                        "experiments/x.yaml:3:3: grid.binz: unknown setting binz (did you mean 'bins'?)"),
                Arguments.of("unknown top-level key", "name: x\nseed: 5\n",
                        "experiments/x.yaml:2:1: seed: unknown key (did you mean 'seeds'?)"),
                Arguments.of("setting at the top level", "name: x\niterations: 5\n",
                        "experiments/x.yaml:2:1: iterations: unknown key: iterations is a setting; put it under "
                                + "base: to fix it for every run, or under grid: to vary it"),
                Arguments.of("seed in base", "name: x\nbase:\n  seed: 3\n",
                        "experiments/x.yaml:3:3: base.seed: a run's seed comes from seeds:, so base must not set it"),
                Arguments.of("seed as an axis", "name: x\ngrid:\n  seed: [1, 2]\n",
                        "experiments/x.yaml:3:3: grid.seed: seeds are given by seeds:, not by a grid axis"),
                Arguments.of("include names a non-axis", "name: x\ngrid:\n  bins: [10]\ninclude:\n  - {iterations: 5}\n",
                        "experiments/x.yaml:5:6: include[0].iterations: iterations is not a grid axis (axes: bins); "
                                + "settings shared by every run belong in base:"),
                Arguments.of("exclude typo", "name: x\ngrid:\n  bins: [10]\nexclude:\n  - {binz: 10}\n",
                        "experiments/x.yaml:5:6: exclude[0].binz: binz is not a grid axis (axes: bins); did you mean "
                                + "'bins'?"),
                Arguments.of("exclude value not on the axis", "name: x\ngrid:\n  bins: [10, 20]\nexclude:\n  - {bins: 30}\n",
                        "experiments/x.yaml:5:12: exclude[0].bins: 30 is not a value of the axis bins (10, 20), so "
                                + "this entry excludes nothing"),
                Arguments.of("include without grid", "name: x\ninclude:\n  - {bins: 30}\n",
                        "experiments/x.yaml:3:3: include: include names values of grid axes, but this spec has no grid:"),
                Arguments.of("empty include entry", "name: x\ngrid:\n  bins: [10]\ninclude:\n  - {}\n",
                        "experiments/x.yaml:5:5: include[0]: each entry of include must be a non-empty mapping of "
                                + "axes to values, e.g. {bins: ...}, got an empty mapping"),
                Arguments.of("include value of the wrong type", "name: x\ngrid:\n  bins: [10]\ninclude:\n  - bins: 2.5\n",
                        "experiments/x.yaml:5:11: include[0].bins: bins must be a whole number, got 2.5"),
                Arguments.of("missing name", "grid:\n  bins: [10]\n",
                        "experiments/x.yaml:1:1: name: is missing; every spec needs a name (letters, digits, '.', "
                                + "'_', '-'), which also names its output folder results/<name>/"),
                Arguments.of("name with a slash", "name: ../x\n",
                        "experiments/x.yaml:1:7: name: name may contain only letters, digits, '.', '_' and '-' (it "
                                + "names the output folder), got '../x'"),
                Arguments.of("name as a number", "name: 2024\n",
                        "experiments/x.yaml:1:7: name: name must be text, got 2024 (quote it: name: \"2024\")"),
                Arguments.of("workers zero", "name: x\nworkers: 0\n",
                        "experiments/x.yaml:2:10: workers: workers must be a whole number between 1 and 1024, got 0"),
                Arguments.of("description a list", "name: x\ndescription: [a]\n",
                        "experiments/x.yaml:2:14: description: description must be text, got a list"),
                Arguments.of("root is a list", "- name: x\n",
                        "experiments/x.yaml:1:1: a spec is a mapping of keys (name:, description:, base:, grid:, "
                                + "seeds:, include:, exclude:, workers:, out:), got a list"),
                Arguments.of("malformed: tab", "name: x\ngrid:\n\tbins: [10]\n",
                        "experiments/x.yaml:3:1: grid: YAML syntax error: a tab character here; indent with spaces, "
                                + "never tabs"),
                Arguments.of("malformed: two values on a line", "name: x\nbase:\n  bins: 10 iterations: 20\n",
                        "experiments/x.yaml:3:22: base: YAML syntax error: mapping values are not allowed here; "
                                + "check the indentation and that every 'key: value' is on its own line"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void everyMistakeNamesFileLineColumnAndKeyPath(String what, String yaml, String message) {
        SpecException e = assertThrows(SpecException.class, () -> parse(yaml), what);
        assertEquals(message, e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one paragraph");
        assertTrue(e instanceof BadInputException);
    }

    @Test
    void emptyFileIsRefused(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("empty.yaml"), "");
        SpecException e = assertThrows(SpecException.class, () -> SpecLoader.load(file));
        assertEquals(file + ":1:1: the file is empty; a spec needs at least name:, and usually base:, grid: and seeds:",
                e.getMessage());
    }

    @Test
    void missingFileIsRefusedAndNearbySpecsAreListed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("pendulum.yaml"), "name: p\n");
        Path file = dir.resolve("pendulm.yaml");
        SpecException e = assertThrows(SpecException.class, () -> SpecLoader.load(file));
        assertEquals(file + ": no such file (specs in " + dir + ": pendulum.yaml)", e.getMessage());
    }

    @Test
    void directoryIsRefused(@TempDir Path dir) {
        SpecException e = assertThrows(SpecException.class, () -> SpecLoader.load(dir));
        assertEquals(dir + ": is a directory, not a spec file; give the path of a .yaml file", e.getMessage());
    }

    @Test
    void nonUtf8FileIsRefused(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("latin1.yaml"), new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9, '\n'});
        SpecException e = assertThrows(SpecException.class, () -> SpecLoader.load(file));
        assertEquals(file + ": is not UTF-8 text", e.getMessage());
    }

    @Test
    void oversizedFileIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("big.yaml"), "name: x\n# " + "x".repeat((int) SpecLoader.MAX_BYTES) + "\n");
        SpecException e = assertThrows(SpecException.class, () -> SpecLoader.load(file));
        assertTrue(e.getMessage().startsWith(file + ": is larger than 1024 KiB"), e.getMessage());
    }

    @Test
    void byteOrderMarkIsIgnored(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bom.yaml"), "\uFEFFname: bom\n");
        assertEquals("bom", SpecLoader.load(file).name());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
