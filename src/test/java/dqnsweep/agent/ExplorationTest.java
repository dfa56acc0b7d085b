package dqnsweep.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dqnsweep.config.Algo;
import dqnsweep.config.RunConfig;
import dqnsweep.spec.ConfigResolver;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplorationTest {

    /** The tutorial prints epsilon per sequence ("epoch e, sequence s", 25 sequences per epoch). */
    @Test
    void exponentialScheduleReproducesTheTutorialsPrintedEpsilons() {
        Exploration exploration = new Exploration(ConfigResolver.builtIn(Algo.NOTEBOOK));
        double[] epsilons = new double[200];
        for (int i = 0; i < epsilons.length; i++) {
            epsilons[i] = exploration.startSequence();
        }
        assertEquals(0.9999, epsilons[0]);
        assertEquals(0.9998000100000001, epsilons[1]);
        assertEquals(0.9997000299990001, epsilons[2]);
        assertEquals(0.9909408287818039, epsilons[3 * 25 + 15]);
        assertEquals(0.9732625914072018, sequence(10 * 25 + 20), 0.0);
        assertEquals(0.9727760574280252, sequence(11 * 25), 0.0);
        assertEquals(0.9300623749532828, sequence(28 * 25 + 24), 0.0);
    }

    @Test
    void exponentialScheduleStopsAtTheFloorLikeTheTutorial() {
        RunConfig config = ConfigTestSupport.with(ConfigResolver.builtIn(Algo.NOTEBOOK), "epsilon_decay", 0.5,
                "epsilon_end", 0.2);
        Exploration exploration = new Exploration(config);
        List<Double> values = List.of(exploration.startSequence(), exploration.startSequence(),
                exploration.startSequence(), exploration.startSequence());
        // 1 -> 0.5 -> 0.25 -> 0.125 (0.25 > 0.2 so one more decay), then stays.
        assertEquals(List.of(0.5, 0.25, 0.125, 0.125), values);
    }

    @Test
    void linearScheduleFallsOverItsFractionOfAllSteps() {
        RunConfig config = ConfigTestSupport.with(ConfigResolver.builtIn(Algo.DQN), "iterations", 4,
                "epsilon_fraction", 0.5, "epsilon_start", 1.0, "epsilon_end", 0.1);
        Exploration exploration = new Exploration(config);
        // 4 sequences x 250 steps = 1000 steps; the fall ends at step 500.
        assertEquals(1.0, exploration.epsilon(0, 0), 1e-12);
        assertEquals(0.55, exploration.epsilon(0, 250), 1e-12);
        assertEquals(0.1, exploration.epsilon(0, 500), 1e-12);
        assertEquals(0.1, exploration.epsilon(0, 999), 1e-12);
    }

    private static double sequence(int index) {
        Exploration exploration = new Exploration(ConfigResolver.builtIn(Algo.NOTEBOOK));
        double epsilon = 0;
        for (int i = 0; i <= index; i++) {
            epsilon = exploration.startSequence();
        }
        return epsilon;
    }
}
