package dqnsweep.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dqnsweep.config.Algo;
import dqnsweep.config.EpsilonSchedule;
import dqnsweep.grid.Cell;
import dqnsweep.grid.GridExpander;
import dqnsweep.grid.RunPlan;
import dqnsweep.grid.Throughput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every spec shipped in experiments/ loads and resolves, so a broken one fails the build. */
class ShippedSpecsTest {

    private static final Path FOLDER = Path.of("experiments");

    static Stream<Path> shippedSpecs() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(path -> path.toString().endsWith(".yaml") || path.toString().endsWith(".yml"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedSpecs")
    void everyShippedSpecLoadsAndResolvesEveryRun(Path file) {
        ExperimentSpec spec = SpecLoader.load(file);
        List<RunPlan> plans = GridExpander.plans(spec, List.of());
        List<Cell> cells = GridExpander.cells(spec);
        assertEquals(cells.size() * spec.seeds().size(), plans.size());
        assertEquals(file.getFileName().toString().replaceFirst("\\.ya?ml$", ""), spec.name(),
                "a shipped spec is named after its file");
        assertTrue(!spec.description().isBlank(), "a shipped spec says what it is for");
    }

    @Test
    void theFourDocumentedSpecsAreShipped() throws IOException {
        List<String> shipped = shippedSpecs().map(path -> path.getFileName().toString()).toList();
        assertTrue(shipped.containsAll(List.of("next-steps.yaml", "notebook.yaml", "pendulum.yaml", "quick.yaml")),
                shipped::toString);
    }

    @Test
    void pendulumIsTheTutorialTableWithDqn() {
        ExperimentSpec spec = SpecLoader.load(FOLDER.resolve("pendulum.yaml"));
        List<RunPlan> plans = GridExpander.plans(spec, List.of());
        assertEquals(9, GridExpander.cells(spec).size());
        assertEquals(45, plans.size());
        assertTrue(plans.stream().allMatch(plan -> plan.config().algo() == Algo.DQN));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), spec.seeds());
        assertEquals("bins=40_iterations=10000", GridExpander.cells(spec).get(8).id());
    }

    @Test
    void notebookIsTheSameGridWithTheTutorialsAlgorithm() {
        ExperimentSpec notebook = SpecLoader.load(FOLDER.resolve("notebook.yaml"));
        ExperimentSpec pendulum = SpecLoader.load(FOLDER.resolve("pendulum.yaml"));
        assertEquals(pendulum.grid(), notebook.grid());
        assertEquals(pendulum.seeds(), notebook.seeds());
        assertTrue(GridExpander.plans(notebook, List.of()).stream().allMatch(p -> p.config().algo() == Algo.NOTEBOOK));
        assertTrue(notebook.description().contains("many hours"));
    }

    @Test
    void quickFinishesWellUnderAMinuteByTheEstimate() {
        List<RunPlan> plans = GridExpander.plans(SpecLoader.load(FOLDER.resolve("quick.yaml")), List.of());
        assertEquals(8, plans.size());
        assertTrue(Throughput.wallTime(plans, 1).compareTo(Duration.ofSeconds(20)) < 0, Throughput.wallTime(plans, 1)::toString);
    }

    @Test
    void nextStepsCrossesFrameSkipWithEpsilonSchedules() {
        ExperimentSpec spec = SpecLoader.load(FOLDER.resolve("next-steps.yaml"));
        List<RunPlan> plans = GridExpander.plans(spec, List.of());
        assertEquals(3 * 2 * 3, plans.size());
        assertTrue(plans.stream().allMatch(p -> p.config().bins() == 20 && p.config().iterations() == 1000));
        assertEquals(List.of(1, 2, 4), plans.stream().map(p -> p.config().frameSkip()).distinct().toList());
        assertEquals(List.of(EpsilonSchedule.LINEAR, EpsilonSchedule.EXPONENTIAL),
                plans.stream().map(p -> p.config().epsilonSchedule()).distinct().toList());
        // the exponential schedule reaches the linear one's floor halfway, as the spec's comment says
        double decay = plans.get(0).config().epsilonDecay();
        assertEquals(plans.get(0).config().epsilonEnd(), Math.pow(decay, 500), 0.005);
    }

    @Test
    void classicControlRunsEachEnvironmentAtItsPublishedBudgetWithItsOwnDefaults() {
        List<RunPlan> plans = GridExpander.plans(SpecLoader.load(FOLDER.resolve("classic-control.yaml")), List.of());
        assertEquals(20, plans.size());
        assertEquals(List.of(50_000L, 100_000L, 120_000L, 250_000L),
                plans.stream().map(p -> p.config().trainingSteps()).distinct().toList());
        RunPlan pendulum = plans.get(plans.size() - 1);
        assertEquals(20, pendulum.config().bins());
        assertEquals(250, pendulum.config().stepsPerSequence(), "the pendulum's 1,000 iterations as steps");
        assertEquals(500, plans.get(0).config().evalSteps(), "CartPole evaluates up to its time limit");
    }
}
