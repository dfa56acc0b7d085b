package dqnsweep.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dqnsweep.config.InvalidSettingException;
import dqnsweep.config.RunConfig;
import dqnsweep.grid.GridExpander;
import dqnsweep.grid.RunPlan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each environment resolves its own defaults; settings that do not apply to it are refused when written. */
class EnvironmentDefaultsTest {

    private static RunConfig resolve(String... keyValues) {
        ObjectNode layer = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < keyValues.length; i += 2) {
            layer.set(keyValues[i], SettingValues.parse(keyValues[i], keyValues[i + 1]));
        }
        return ConfigResolver.resolve(List.of(layer));
    }

    @Test
    void classicControlRunsAreAsLongAsGymsTimeLimitsWithBudgetsInSteps() {
        RunConfig cartpole = resolve("env", "cartpole");
        assertEquals(500, cartpole.stepsPerSequence());
        assertEquals(500, cartpole.evalSteps());
        assertEquals(50_000L, cartpole.totalSteps());
        assertNull(cartpole.iterations(), "the environment's budget replaces the algorithm's");
        assertNull(cartpole.bins(), "no torque bins outside the pendulums");
        assertEquals(2, cartpole.actionCount());
        assertEquals(3, resolve("env", "acrobot").actionCount());
        assertEquals(200, resolve("env", "mountaincar").evalSteps());
        RunConfig pendulum = resolve();
        assertEquals(250, pendulum.stepsPerSequence());
        assertEquals(100, pendulum.iterations());
        assertNull(pendulum.totalSteps());
        assertEquals(20, pendulum.bins());
    }

    @Test
    void aWrittenBudgetReplacesTheOtherOneButNotBoth() {
        assertEquals(7, resolve("env", "cartpole", "iterations", "7").iterations());
        assertNull(resolve("env", "cartpole", "iterations", "7").totalSteps());
        RunConfig pendulum = resolve("total_steps", "3000");
        assertEquals(3000, pendulum.trainingSteps());
        assertNull(pendulum.iterations());
        InvalidSettingException both = assertThrows(InvalidSettingException.class,
                () -> resolve("iterations", "7", "total_steps", "3000"));
        assertEquals("total_steps: and iterations are alternative training budgets: write one of them",
                both.getMessage());
    }

    @Test
    void binsWrittenForADiscreteEnvironmentIsRefusedWhereItIsWritten() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> resolve("env", "cartpole", "bins", "20"));
        assertEquals("bins: does not apply to cartpole, whose actions are gym's 2 discrete ones", e.getMessage());
        ExperimentSpec spec = SpecLoader.parse(Path.of("experiments/x.yaml"),
                "name: x\nbase:\n  env: mountaincar\ngrid:\n  bins: [10, 20]\n");
        SpecException located = assertThrows(SpecException.class, () -> GridExpander.plans(spec, List.of()));
        assertEquals("experiments/x.yaml:5:10: grid.bins[0]: bins does not apply to mountaincar, whose actions are "
                + "gym's 3 discrete ones (cell bins=10)", located.getMessage());
    }

    @Test
    void anEnvironmentAxisGivesEachCellItsOwnEnvironmentsDefaults() {
        ExperimentSpec spec = SpecLoader.parse(Path.of("experiments/x.yaml"),
                "name: x\ngrid:\n  env: [pendulum, cartpole, acrobot]\n");
        List<RunPlan> plans = GridExpander.plans(spec, List.of());
        assertEquals(List.of(25_000L, 50_000L, 100_000L),
                plans.stream().map(plan -> plan.config().trainingSteps()).toList());
        assertEquals(20, plans.get(0).config().bins());
        assertNull(plans.get(1).config().bins());
    }
}
