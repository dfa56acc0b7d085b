package dqnsweep.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dqnsweep.grid.GridExpander;
import dqnsweep.grid.RunPlan;
import dqnsweep.grid.Throughput;
import dqnsweep.spec.SpecLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostMeterTest {

    /** The default sweep's 1,000- and 10,000-iteration runs: 10x the steps, far less than 10x the updates. */
    private static List<RunPlan> plans() {
        return GridExpander.plans(SpecLoader.parse(Path.of("t.yaml"),
                "name: t\nbase: {eval_episodes: 10}\ngrid:\n  iterations: [1000, 10000]\n"), List.of());
    }

    @Test
    void progressIsTheShareOfTheEstimatedCostNotOfTheSteps() {
        List<RunPlan> plans = plans();
        RunPlan shortRun = plans.get(0);
        RunPlan longRun = plans.get(1);
        CostMeter meter = new CostMeter(plans);
        double total = Throughput.runSeconds(shortRun.config()) + Throughput.runSeconds(longRun.config());
        meter.ended(shortRun);
        meter.stepped(longRun, longRun.config().trainingSteps() / 2);
        double expected = (Throughput.runSeconds(shortRun.config()) + Throughput.runSeconds(longRun.config()) / 2)
                / total;
        assertEquals(expected, meter.fraction(), 1e-9);
        // by steps the sweep would be (1 + 5) / 11 = 55% done; by cost it is further, since the short
        // run's updates made most of its cost
        long steps = shortRun.config().trainingSteps() + longRun.config().trainingSteps() / 2;
        double byCost = meter.fraction();
        double bySteps = (double) steps / (shortRun.config().trainingSteps() + longRun.config().trainingSteps());
        assertTrue(byCost > bySteps, byCost + " vs " + bySteps);
        // halfway by cost after 100 s leaves 100 s
        CostMeter half = new CostMeter(List.of(longRun));
        half.stepped(longRun, longRun.config().trainingSteps() / 2);
        assertEquals(100, half.secondsLeft(100), 1e-6);
    }

    @Test
    void aRunNeverCountsMoreThanItsEstimate() {
        RunPlan run = plans().get(0);
        CostMeter meter = new CostMeter(List.of(run));
        meter.stepped(run, 3 * run.config().trainingSteps());
        assertEquals(1, meter.fraction(), 1e-12);
        assertTrue(Double.isNaN(new CostMeter(List.of(run)).secondsLeft(10)), "no progress, no estimate");
    }
}
