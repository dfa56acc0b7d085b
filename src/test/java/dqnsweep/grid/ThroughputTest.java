package dqnsweep.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dqnsweep.agent.Algo;
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
    void tableHoldsTheMeasuredRates() {
        assertEquals(25_000.0, Throughput.stepsPerSecond(Algo.DQN));
        assertEquals(900.0, Throughput.stepsPerSecond(Algo.NOTEBOOK));
    }

    @Test
    void envStepsCountTrainingAndEvaluation() {
        RunPlan run = plans("name: t\nbase: {iterations: 40, steps_per_sequence: 250, eval_episodes: 10, eval_steps: 200}\n")
                .get(0);
        assertEquals(40 * 250 + 10 * 200, Throughput.envSteps(run.config()));
        assertEquals(Duration.ofMillis(480), Throughput.runTime(run.config()), "12,000 steps at 25,000 steps/s");
    }

    @Test
    void wallTimeSchedulesRunsInOrderOnTheFirstFreeWorker() {
        // runs of 1 s, 0.99 s, 2 s: in order, the 2 s run waits for the first free worker (at 0.99 s), so the
        // sweep ends at 2.99 s, not at total / workers (2 s) as a perfectly balanced pool would.
        List<RunPlan> runs = plans("name: t\nbase: {eval_episodes: 1, eval_steps: 250, steps_per_sequence: 250}\n"
                + "grid:\n  iterations: [99, 98]\nseeds: [1]\ninclude:\n  - {iterations: 199}\n");
        assertEquals(List.of(25_000L, 24_750L, 50_000L), runs.stream().map(r -> Throughput.envSteps(r.config())).toList());
        assertEquals(Duration.ofMillis(990 + 2000), Throughput.wallTime(runs, 2));
        assertEquals(Duration.ofMillis(1000 + 990 + 2000), Throughput.wallTime(runs, 1));
        assertEquals(Duration.ofMillis(2000), Throughput.wallTime(runs, 3));
        assertEquals(Duration.ZERO, Throughput.wallTime(List.of(), 2));
        assertThrows(IllegalArgumentException.class, () -> Throughput.wallTime(runs, 0));
    }

    @Test
    void notebookRunsAreEstimatedAtTheNotebookRate() {
        RunPlan run = plans("name: t\nbase: {algo: notebook, iterations: 36, eval_episodes: 1}\n").get(0);
        assertEquals(36 * 250 + 250, Throughput.envSteps(run.config()));
        assertEquals(Duration.ofMillis(Math.round(1000.0 * 9250 / 900)), Throughput.runTime(run.config()));
    }
}
