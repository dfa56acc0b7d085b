package dqnsweep.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dqnsweep.spec.SpecLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThroughputTest {

    private static List<RunPlan> plans(String yaml) {
        return GridExpander.plans(SpecLoader.parse(Path.of("t.yaml"), yaml), List.of());
    }

    @Test
    void envStepsCountTrainingAndEvaluation() {
        RunPlan run = plans("name: t\nbase: {iterations: 40, steps_per_sequence: 250, eval_episodes: 10, eval_steps: 200}\n")
                .get(0);
        assertEquals(40 * 250 + 10 * 200, Throughput.envSteps(run.config()));
    }

    @Test
    void aRunCostsItsEnvironmentStepsPlusItsGradientSteps() {
        // 2 iterations (500 steps) end before learning starts: environment steps only.
        RunPlan acting = plans("name: t\nbase: {iterations: 2, eval_episodes: 1, eval_steps: 500}\n").get(0);
        assertEquals(0, acting.config().plannedGradientSteps());
        double perEnvStep = Throughput.runSeconds(acting.config()) / 1000;
        assertEquals(1.7e-6, perEnvStep, 1e-9, "1.7 us per environment step");
        // The same steps with training: the gradient steps add 2.1 ms each, so training every 16 steps
        // costs about twice the training time of every 32.
        RunPlan every32 = plans("name: t\nbase: {iterations: 100, eval_episodes: 1, train_every: 32}\n").get(0);
        RunPlan every16 = plans("name: t\nbase: {iterations: 100, eval_episodes: 1, train_every: 16}\n").get(0);
        double envPart = Throughput.envSteps(every32.config()) * perEnvStep;
        assertEquals(2.1e-3, (Throughput.runSeconds(every32.config()) - envPart)
                / every32.config().plannedGradientSteps(), 1e-9);
        assertEquals(2.0, (Throughput.runSeconds(every16.config()) - envPart)
                / (Throughput.runSeconds(every32.config()) - envPart), 0.01);
        assertEquals(Math.round(1000 * Throughput.runSeconds(every32.config())),
                Throughput.runTime(every32.config()).toMillis());
    }

    @Test
    void wallTimeSchedulesRunsLongestFirstOnTheFirstFreeWorker() {
        // Runs of a, b < a and c > a + b, in that plan order. Longest first, c takes one worker and
        // a then b the other, so two workers end at c; in plan order they would end at b + c.
        List<RunPlan> runs = plans("name: t\nbase: {eval_episodes: 1}\n"
                + "grid:\n  iterations: [99, 98]\nseeds: [1]\ninclude:\n  - {iterations: 400}\n");
        List<Duration> times = runs.stream().map(r -> Throughput.runTime(r.config())).toList();
        Duration a = times.get(0);
        Duration b = times.get(1);
        Duration c = times.get(2);
        assertTrue(b.compareTo(a) < 0 && c.compareTo(a.plus(b)) > 0, times.toString());
        assertEquals(List.of(runs.get(2), runs.get(0), runs.get(1)), Throughput.longestFirst(runs));
        assertEquals(c, Throughput.wallTime(runs, 2));
        assertEquals(a.plus(b).plus(c), Throughput.wallTime(runs, 1));
        assertEquals(c, Throughput.wallTime(runs, 3));
        assertEquals(Duration.ZERO, Throughput.wallTime(List.of(), 2));
        assertThrows(IllegalArgumentException.class, () -> Throughput.wallTime(runs, 0));
    }

    @Test
    void equalRunsKeepTheirPlanOrder() {
        List<RunPlan> runs = plans("name: t\nbase: {eval_episodes: 1}\ngrid:\n  iterations: [5, 50]\nseeds: 3\n");
        List<RunPlan> order = Throughput.longestFirst(runs);
        assertEquals(List.of(runs.get(3), runs.get(4), runs.get(5), runs.get(0), runs.get(1), runs.get(2)), order,
                "the 50-iteration seeds first, each cell's seeds in plan order");
    }

    @Test
    void notebookRunsPayOneFitPerTrainingStep() {
        RunPlan run = plans("name: t\nbase: {algo: notebook, iterations: 36, eval_episodes: 1}\n").get(0);
        assertEquals(36 * 250 + 250, Throughput.envSteps(run.config()));
        assertEquals(36 * 250, run.config().plannedGradientSteps());
        assertEquals(9250 * 1.7e-6 + 9000 * 0.55e-3, Throughput.runSeconds(run.config()), 1e-9);
    }
}
