package dqnsweep.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dqnsweep.BadInputException;
import dqnsweep.config.Algo;
import dqnsweep.config.EpsilonSchedule;
import dqnsweep.config.RunConfig;
import dqnsweep.sim.EnvName;
import dqnsweep.spec.ConfigResolver;
import dqnsweep.spec.ExperimentSpec;
import dqnsweep.spec.SpecException;
import dqnsweep.spec.SpecLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GridExpanderTest {

    private static final Path FILE = Path.of("experiments/x.yaml");

    private static ExperimentSpec spec(String yaml) {
        return SpecLoader.parse(FILE, yaml);
    }

    private static List<String> ids(List<Cell> cells) {
        return cells.stream().map(Cell::id).toList();
    }

    private static ObjectNode set(String key, int value) {
        return JsonNodeFactory.instance.objectNode().put(key, value);
    }

    private static ObjectNode set(String key, double value) {
        return JsonNodeFactory.instance.objectNode().put(key, value);
    }

    @Test
    void cellsAreTheProductOfTheAxesInDeclaredOrderLastAxisFastest() {
        ExperimentSpec spec = spec("name: x\ngrid:\n  bins: [10, 20, 40]\n  iterations: [100, 1000]\n  gamma: [0.9, 0.99]\nseeds: 5\n");
        List<Cell> cells = GridExpander.cells(spec);
        assertEquals(3 * 2 * 2, cells.size());
        assertEquals(List.of("bins=10_iterations=100_gamma=0.9", "bins=10_iterations=100_gamma=0.99",
                "bins=10_iterations=1000_gamma=0.9", "bins=10_iterations=1000_gamma=0.99",
                "bins=20_iterations=100_gamma=0.9"), ids(cells).subList(0, 5));
        assertEquals("bins=40_iterations=1000_gamma=0.99", cells.get(11).id());
        for (int i = 0; i < cells.size(); i++) {
            assertEquals(i, cells.get(i).index());
        }
        List<RunPlan> plans = GridExpander.plans(spec, List.of());
        assertEquals(3 * 2 * 2 * 5, plans.size());
    }

    @Test
    void runCountIsCellsTimesSeedsAndEachRunCarriesItsSeed() {
        ExperimentSpec spec = spec("name: x\ngrid:\n  bins: [10, 20]\n  iterations: [100, 1000, 10000]\nseeds: [3, 1, 7]\n");
        List<RunPlan> plans = GridExpander.plans(spec, List.of());
        assertEquals(2 * 3 * 3, plans.size());
        assertEquals(List.of(3L, 1L, 7L), plans.subList(0, 3).stream().map(RunPlan::seed).toList());
        for (RunPlan plan : plans) {
            assertEquals(plan.seed(), plan.config().seed());
            assertEquals(Path.of("cells", plan.cell().id(), Long.toString(plan.seed())), plan.relativeFolder());
            assertEquals(plan.cell().values().get("bins").intValue(), plan.config().bins());
            assertEquals(plan.cell().values().get("iterations").intValue(), plan.config().iterations());
        }
        assertEquals(Path.of("cells/bins=20_iterations=10000/7"), plans.get(plans.size() - 1).relativeFolder());
    }

    @Test
    void expansionIsStable() {
        String yaml = "name: x\ngrid:\n  learning_rate: [1e-3, 0.0005, 1.0e-7]\n  epsilon_schedule: [LINEAR, exponential]\n"
                + "  env: [pendulum-v1]\n  double_dqn: [true, false]\n";
        List<Cell> first = GridExpander.cells(spec(yaml));
        List<Cell> second = GridExpander.cells(spec(yaml));
        assertEquals(first, second);
        assertEquals("learning_rate=0.001_epsilon_schedule=linear_env=pendulum-v1_double_dqn=true", first.get(0).id());
        assertEquals("learning_rate=0.0005_epsilon_schedule=linear_env=pendulum-v1_double_dqn=true", first.get(4).id());
        assertEquals("learning_rate=0.0000001_epsilon_schedule=exponential_env=pendulum-v1_double_dqn=false",
                first.get(11).id());
    }

    @Test
    void specWithoutGridHasOneCellNamedBase() {
        ExperimentSpec spec = spec("name: x\nbase:\n  bins: 30\nseeds: 2\n");
        List<Cell> cells = GridExpander.cells(spec);
        assertEquals(1, cells.size());
        assertEquals("base", cells.get(0).id());
        assertTrue(cells.get(0).values().isEmpty());
        List<RunPlan> plans = GridExpander.plans(spec, List.of());
        assertEquals(List.of(Path.of("cells/base/1"), Path.of("cells/base/2")),
                plans.stream().map(RunPlan::relativeFolder).toList());
        assertEquals(30, plans.get(0).config().bins());
    }

    @Test
    void excludeDropsMatchingCellsAndIncludeAddsCellsAfterwards() {
        ExperimentSpec spec = spec("name: x\nbase:\n  iterations: 500\ngrid:\n  bins: [10, 20, 40]\n  iterations: [100, 1000]\n"
                + "include:\n  - {bins: 80, iterations: 1000}\n  - {bins: 5}\n  - {bins: 40, iterations: 100}\n"
                + "exclude:\n  - {bins: 40}\n  - {bins: 10, iterations: 1000}\nseeds: 2\n");
        List<Cell> cells = GridExpander.cells(spec);
        assertEquals(List.of("bins=10_iterations=100", "bins=20_iterations=100", "bins=20_iterations=1000",
                "bins=80_iterations=1000", "bins=5", "bins=40_iterations=100"), ids(cells));
        List<RunPlan> plans = GridExpander.plans(spec, List.of());
        assertEquals(cells.size() * 2, plans.size());
        RunPlan partial = plans.stream().filter(plan -> plan.cell().id().equals("bins=5")).findFirst().orElseThrow();
        assertEquals(5, partial.config().bins());
        assertEquals(500, partial.config().iterations(), "a partial include takes the other axes from base");
    }

    @Test
    void settingsResolveDefaultsThenBaseThenGridThenCommandLine() {
        ExperimentSpec spec = spec("name: x\nbase:\n  learning_rate: 0.01\n  gamma: 0.5\n  batch_size: 32\n"
                + "grid:\n  gamma: [0.7]\n  batch_size: [48]\n");
        RunConfig defaults = ConfigResolver.builtIn(Algo.DQN);
        RunConfig config = GridExpander.plans(spec, List.of(set("batch_size", 64))).get(0).config();
        assertEquals(0.7, config.gamma(), "grid beats base");
        assertTrue(defaults.gamma() != 0.7 && defaults.gamma() != 0.5 && defaults.batchSize() != 64);
        assertEquals(0.01, config.learningRate(), "base beats the built-in default");
        assertEquals(64, config.batchSize(), "--set beats grid and base");
        assertEquals(defaults.replayCapacity(), config.replayCapacity(), "built-in default where nothing is set");
        assertEquals(Algo.DQN, config.algo());
        assertTrue(defaults.learningRate() != 0.01, "the default differs from base, so the test can tell them apart");
    }

    @Test
    void laterCommandLineLayersWin() {
        ExperimentSpec spec = spec("name: x\ngrid:\n  bins: [10]\n");
        RunConfig config = GridExpander.plans(spec, List.of(set("bins", 30), set("bins", 31))).get(0).config();
        assertEquals(31, config.bins());
    }

    @Test
    void algoAxisPicksTheDefaultsOfEachAlgo() {
        ExperimentSpec spec = spec("name: x\ngrid:\n  algo: [dqn, notebook]\n");
        List<RunPlan> plans = GridExpander.plans(spec, List.of());
        assertEquals(ConfigResolver.builtIn(Algo.DQN).gamma(), plans.get(0).config().gamma());
        assertEquals(ConfigResolver.builtIn(Algo.NOTEBOOK).gamma(), plans.get(1).config().gamma());
        assertEquals(Algo.NOTEBOOK, plans.get(1).config().algo());
        assertEquals(EnvName.PENDULUM, plans.get(1).config().env());
        assertEquals(EpsilonSchedule.EXPONENTIAL, plans.get(1).config().epsilonSchedule());
    }

    @Test
    void impossibleGridValueIsReportedAtItsPosition() {
        ExperimentSpec spec = spec("name: x\ngrid:\n  bins: [1, 20]\n  iterations: [100]\n");
        SpecException e = assertThrows(SpecException.class, () -> GridExpander.plans(spec, List.of()));
        assertEquals("experiments/x.yaml:3:10: grid.bins[0]: bins must be at least 2, got 1 (cell bins=1_iterations=100)",
                e.getMessage());
    }

    @Test
    void impossibleBaseValueIsReportedAtBase() {
        ExperimentSpec spec = spec("name: x\nbase:\n  gamma: 1.5\ngrid:\n  bins: [10]\n");
        SpecException e = assertThrows(SpecException.class, () -> GridExpander.plans(spec, List.of()));
        assertEquals("experiments/x.yaml:3:10: base.gamma: gamma must be in [0, 1), got 1.5 (cell bins=10)", e.getMessage());
    }

    @Test
    void impossibleIncludeValueIsReportedAtTheInclude() {
        ExperimentSpec spec = spec("name: x\ngrid:\n  bins: [10]\ninclude:\n  - {bins: 5000}\n");
        SpecException e = assertThrows(SpecException.class, () -> GridExpander.plans(spec, List.of()));
        assertEquals("experiments/x.yaml:5:12: include[0].bins: bins must be at most 1000, got 5000 (cell bins=5000)",
                e.getMessage());
    }

    @Test
    void ruleBetweenSettingsPointsAtTheValueThatBreaksItInThatCell() {
        ExperimentSpec spec = spec("name: x\nbase:\n  replay_capacity: 100\ngrid:\n  batch_size: [64, 256]\n");
        SpecException e = assertThrows(SpecException.class, () -> GridExpander.plans(spec, List.of()));
        assertEquals("experiments/x.yaml:5:20: grid.batch_size[1]: batch_size must not exceed replay_capacity (100) "
                + "(cell batch_size=256)", e.getMessage());
    }

    @Test
    void settingTheAlgorithmDoesNotUseIsRefusedWhereItIsWritten() {
        ExperimentSpec spec = spec("name: x\nbase:\n  algo: notebook\ngrid:\n  frame_skip: [1, 2]\n");
        SpecException e = assertThrows(SpecException.class, () -> GridExpander.plans(spec, List.of()));
        assertEquals("experiments/x.yaml:5:16: grid.frame_skip[0]: frame_skip does not apply to the notebook algorithm "
                + "(cell frame_skip=1)", e.getMessage());
    }

    @Test
    void ruleBrokenByABuiltInDefaultSaysSo() {
        ExperimentSpec spec = spec("name: x\nbase:\n  replay_capacity: 64\n");
        SpecException e = assertThrows(SpecException.class, () -> GridExpander.plans(spec, List.of()));
        assertEquals("experiments/x.yaml: cell base: batch_size must not exceed replay_capacity (64); batch_size is "
                + "not set in the spec, so its built-in default 256 applies: set it in base: or grid:", e.getMessage());
    }

    @Test
    void impossibleCommandLineValueNamesTheSet() {
        ExperimentSpec spec = spec("name: x\ngrid:\n  iterations: [10]\n");
        BadInputException e = assertThrows(BadInputException.class, () -> GridExpander.plans(spec, List.of(set("bins", 1))));
        assertEquals("--set bins=1: bins must be at least 2, got 1 (in cell iterations=10 of experiments/x.yaml)",
                e.getMessage());
    }

    @Test
    void commandLineMayNotSetTheSeedOrUnknownKeys() {
        ExperimentSpec spec = spec("name: x\n");
        assertTrue(assertThrows(BadInputException.class, () -> GridExpander.plans(spec, List.of(set("seed", 3))))
                .getMessage().startsWith("--set seed: a sweep's seeds come from seeds:"));
        assertEquals("--set lerning_rate: unknown setting (did you mean 'learning_rate'?)",
                assertThrows(BadInputException.class, () -> GridExpander.plans(spec, List.of(set("lerning_rate", 0.1))))
                        .getMessage());
        assertEquals("--set bins=2.5: bins must be a whole number, got 2.5",
                assertThrows(BadInputException.class, () -> GridExpander.plans(spec, List.of(set("bins", 2.5))))
                        .getMessage());
    }

    @Test
    void overridingAnAxisWithSeveralValuesIsRefusedAsDuplicateRuns() {
        ExperimentSpec spec = spec("name: x\ngrid:\n  bins: [10, 20]\n");
        BadInputException e = assertThrows(BadInputException.class, () -> GridExpander.plans(spec, List.of(set("bins", 30))));
        assertEquals("--set bins=30 overrides the grid axis bins of experiments/x.yaml, so cells bins=10 and bins=20 "
                + "become the same run; select cells with --only bins=VALUE instead", e.getMessage());
    }

    @Test
    void includeRepeatingAGridCellIsRefused() {
        ExperimentSpec spec = spec("name: x\ngrid:\n  bins: [10, 20]\n  iterations: [100]\ninclude:\n"
                + "  - {bins: 30, iterations: 100}\n  - {iterations: 100, bins: 20}\n");
        SpecException e = assertThrows(SpecException.class, () -> GridExpander.cells(spec));
        assertEquals("experiments/x.yaml:7:5: include[1]: this include entry repeats the cell bins=20_iterations=100 of "
                + "the grid; remove it (an include adds a cell, it cannot run one twice)", e.getMessage());
    }

    @Test
    void includeRepeatingAnotherIncludeIsRefused() {
        ExperimentSpec spec = spec("name: x\ngrid:\n  gamma: [0.9]\ninclude:\n  - {gamma: 0.5}\n  - {gamma: 0.50}\n");
        SpecException e = assertThrows(SpecException.class, () -> GridExpander.cells(spec));
        assertTrue(e.getMessage().startsWith("experiments/x.yaml:6:5: include[1]: this include entry repeats the cell "
                + "gamma=0.5 of include[0]"), e.getMessage());
    }

    @Test
    void includeBringingBackAnExcludedCellIsAllowed() {
        ExperimentSpec spec = spec("name: x\ngrid:\n  bins: [10, 20]\nexclude:\n  - {bins: 20}\ninclude:\n  - {bins: 20}\n");
        assertEquals(List.of("bins=10", "bins=20"), ids(GridExpander.cells(spec)));
    }

    @Test
    void partialIncludeThatResolvesToAGridCellIsRefusedAsADuplicateRun() {
        ExperimentSpec spec = spec("name: x\nbase:\n  iterations: 100\ngrid:\n  bins: [10]\n  iterations: [100, 200]\n"
                + "include:\n  - {bins: 10}\n");
        SpecException e = assertThrows(SpecException.class, () -> GridExpander.plans(spec, List.of()));
        assertEquals("experiments/x.yaml:8:5: include[0]: cell bins=10 is the same run as cell bins=10_iterations=100 "
                + "once base and the built-in defaults fill in the rest; remove one of them", e.getMessage());
    }

    @Test
    void excludingEveryCellIsRefused() {
        ExperimentSpec spec = spec("name: x\ngrid:\n  bins: [10, 20]\nexclude:\n  - {bins: 10}\n  - {bins: 20}\n");
        SpecException e = assertThrows(SpecException.class, () -> GridExpander.cells(spec));
        assertEquals("experiments/x.yaml:5:3: exclude: exclude removes every cell of the grid", e.getMessage());
    }

    @Test
    void hugeGridsAreRefusedBeforeExpansion() {
        String axis = IntStream.rangeClosed(2, 101).mapToObj(String::valueOf)
                .collect(Collectors.joining(", ", "[", "]"));
        ExperimentSpec spec = spec("name: x\ngrid:\n  bins: " + axis + "\n  iterations: " + axis + "\n  layer1_units: "
                + axis + "\n  layer2_units: " + axis + "\n");
        SpecException e = assertThrows(SpecException.class, () -> GridExpander.cells(spec));
        assertEquals("experiments/x.yaml:3:3: grid: this spec expands to more than 1000000 runs (axes x seeds); split it "
                + "into several specs", e.getMessage());
    }

    @Test
    void longIdsAreShortenedWithAStableHash() {
        ExperimentSpec spec = spec("name: x\ngrid:\n  learning_rate: [0.001]\n  adam_beta1: [0.9]\n  adam_beta2: [0.999]\n"
                + "  adam_epsilon: [1e-7]\n  epsilon_start: [1.0]\n  epsilon_end: [0.05]\n  epsilon_fraction: [0.5]\n"
                + "  replay_capacity: [100000]\n  target_interval: [100]\n");
        String id = GridExpander.cells(spec).get(0).id();
        assertEquals(CellIds.MAX_LENGTH, id.length());
        assertTrue(id.startsWith("learning_rate=0.001_adam_beta1=0.9_"), id);
        assertTrue(id.matches(".*_[0-9a-f]{16}"), id);
        assertEquals(id, GridExpander.cells(spec).get(0).id());
    }

    @Test
    void specsBuiltInCodeExpandToo() {
        LinkedHashMap<String, List<JsonNode>> grid = new LinkedHashMap<>();
        grid.put("bins", List.of(JsonNodeFactory.instance.numberNode(10), JsonNodeFactory.instance.numberNode(20)));
        ExperimentSpec spec = new ExperimentSpec(Path.of("code"), "code", "", JsonNodeFactory.instance.objectNode(), grid,
                List.of(1L, 2L), List.of(), List.of(), Optional.empty(), Optional.empty());
        assertEquals(4, GridExpander.plans(spec, List.of()).size());
        ExperimentSpec impossible = new ExperimentSpec(Path.of("code"), "code", "",
                JsonNodeFactory.instance.objectNode().put("gamma", 2.0), grid, List.of(1L), List.of(), List.of(),
                Optional.empty(), Optional.empty());
        SpecException e = assertThrows(SpecException.class, () -> GridExpander.plans(impossible, List.of()));
        assertEquals("code: base.gamma: gamma must be in [0, 1), got 2.0 (cell bins=10)", e.getMessage());
    }

    @Test
    void recordsCheckThemselves() {
        Cell cell = new Cell(0, "bins=10", new LinkedHashMap<>());
        RunConfig config = ConfigResolver.builtIn(Algo.DQN);
        assertThrows(IllegalArgumentException.class, () -> new Cell(-1, "x", new LinkedHashMap<>()));
        assertThrows(IllegalArgumentException.class, () -> new Cell(0, "a/b", new LinkedHashMap<>()));
        assertThrows(IllegalArgumentException.class, () -> new Cell(0, "..", new LinkedHashMap<>()));
        assertThrows(IllegalArgumentException.class, () -> new RunPlan(cell, config.seed() + 1, config,
                RunPlan.folderOf(cell, config.seed() + 1)));
        assertThrows(IllegalArgumentException.class, () -> new RunPlan(cell, config.seed(), config, Path.of("elsewhere")));
        assertEquals(Path.of("cells/bins=10/1"), RunPlan.of(cell, config).relativeFolder());
    }
}
