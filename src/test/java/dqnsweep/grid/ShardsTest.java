package dqnsweep.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dqnsweep.BadInputException;
import dqnsweep.config.Algo;
import dqnsweep.spec.SpecLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShardsTest {

    /** Uneven costs: iterations spread over a factor of 30, two algorithms, 3 seeds. */
    private static final List<RunPlan> PLANS = GridExpander.plans(SpecLoader.parse(Path.of("shards.yaml"), """
            name: shards
            base:
              env: pendulum
            grid:
              algo: [dqn, notebook]
              iterations: [10, 20, 50, 300]
              bins: [10, 20, 30]
            seeds: 3
            """), List.of());

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 7, 72, 100})
    void shardsAreDisjointCoverEveryPlanAndKeepPlanOrder(int count) {
        List<RunPlan> union = new ArrayList<>();
        Set<RunPlan> seen = new HashSet<>();
        for (int index = 1; index <= count; index++) {
            List<RunPlan> shard = Shards.select(PLANS, index, count);
            for (RunPlan plan : shard) {
                assertTrue(seen.add(plan), "in two shards: " + plan.relativeFolder());
            }
            List<RunPlan> inPlanOrder = PLANS.stream().filter(shard::contains).toList();
            assertEquals(inPlanOrder, shard);
            union.addAll(shard);
        }
        assertEquals(PLANS.size(), union.size());
        assertEquals(new HashSet<>(PLANS), seen);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 7, 10})
    void shardCostsAreWithinOneLargestRun(int count) {
        double largest = PLANS.stream().mapToDouble(Shards::cost).max().orElseThrow();
        double[] costs = new double[count];
        for (int index = 1; index <= count; index++) {
            costs[index - 1] = Shards.select(PLANS, index, count).stream().mapToDouble(Shards::cost).sum();
        }
        double max = Arrays.stream(costs).max().orElseThrow();
        double min = Arrays.stream(costs).min().orElseThrow();
        assertTrue(max - min <= largest + 1e-9, "spread " + (max - min) + " > largest run " + largest);
    }

    @Test
    void assignmentIsFixedByThePlanList() {
        assertEquals(Shards.select(PLANS, 2, 4), Shards.select(List.copyOf(PLANS), 2, 4));
        assertEquals(PLANS, Shards.select(PLANS, 1, 1));
    }

    @Test
    void equalCostsGoRoundRobinInPlanOrder() {
        List<RunPlan> dqn = PLANS.stream().filter(p -> p.config().iterations() == 10
                && p.config().algo() == Algo.DQN).toList();
        assertEquals(List.of(dqn.get(0), dqn.get(3), dqn.get(6)), Shards.select(dqn, 1, 3));
        assertEquals(List.of(dqn.get(1), dqn.get(4), dqn.get(7)), Shards.select(dqn, 2, 3));
    }

    @Test
    void parsesAndValidates() {
        assertEquals(new Shards.Shard(2, 3), Shards.parse("2/3"));
        assertEquals(new Shards.Shard(1, 1), Shards.parse(" 1 / 1 "));
        for (String bad : new String[] {"0/3", "4/3", "3", "a/b", "1/0", "-1/3", "", "1/3/4", "99999999999/1"}) {
            assertThrows(BadInputException.class, () -> Shards.parse(bad), bad);
        }
        assertThrows(BadInputException.class, () -> Shards.select(PLANS, 0, 2));
        assertThrows(BadInputException.class, () -> Shards.select(PLANS, 3, 2));
    }
}
