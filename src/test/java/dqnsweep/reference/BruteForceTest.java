package dqnsweep.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dqnsweep.sim.ActionSet;
import dqnsweep.sim.EnvName;
import dqnsweep.sim.Environment;
import dqnsweep.sim.Environments;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dynamic program plus lookahead against exhaustive search: with 4 bins and 5 or 6 decisions
 * there are 1024 or 4096 action sequences, each played on the exact simulator, so the true optimum
 * of each start is known.
 */
class BruteForceTest {

    private static final int BINS = 4;
    /**
     * Sums of the same rewards in another order: the search adds decision by decision from the end,
     * the episode step by step from the start.
     */
    private static final double SUMMATION = 1e-9;

    /**
     * On 401 x 401 points the controller plays an optimal sequence from every start: the value
     * error at this horizon is far below the return gap between different sequences.
     */
    @ParameterizedTest
    @CsvSource({"pendulum, 15, 3", "pendulum-v1, 15, 3", "pendulum, 11, 2", "pendulum-v1, 11, 2", "pendulum, 5, 1"})
    void fineGridReachesTheOptimum(String env, int steps, int frameSkip) {
        EnvName name = EnvName.of(env);
        double[][] figures = reachedAndBest(name, new DecisionSchedule(steps, frameSkip), Grid.square(401));
        for (int e = 0; e < figures[0].length; e++) {
            assertEquals(figures[1][e], figures[0][e], SUMMATION, "start " + e);
        }
    }

    /**
     * On 101 x 101 points a near-tie can go the wrong way (one of 16 starts loses 0.028 of -100),
     * but no start loses more than 0.1 % of its optimum, and none beats it.
     */
    @Test
    void coarseGridComesClose() {
        double[][] figures = reachedAndBest(EnvName.PENDULUM, new DecisionSchedule(15, 3), Grid.square(101));
        for (int e = 0; e < figures[0].length; e++) {
            double reached = figures[0][e];
            double best = figures[1][e];
            assertTrue(reached <= best + SUMMATION, "start " + e + " beats the optimum");
            assertTrue(reached >= best - 1e-3 * Math.abs(best), "start " + e + ": " + reached + " vs " + best);
        }
    }

    /** Per start: the controller's return, and the best return of all sequences. */
    private static double[][] reachedAndBest(EnvName name, DecisionSchedule schedule, Grid grid) {
        Environment simulator = Environments.create(name);
        ActionSet actions = simulator.actions(BINS);
        ValueFunctions values = ValueFunctions.solve(Environments.create(name), actions, schedule, grid);
        List<double[]> starts = starts(name);
        List<EpisodeScore> scores = Episodes.play(simulator, actions, schedule, starts,
                new LookaheadController(values, Environments.create(name), actions, schedule));
        double[][] figures = new double[2][starts.size()];
        for (int e = 0; e < starts.size(); e++) {
            figures[0][e] = scores.get(e).averageReward() * schedule.steps();
            figures[1][e] = exhaustive(simulator, actions, schedule, starts.get(e), 0);
        }
        return figures;
    }

    /** Twelve evaluation starts, plus fast ones that reach the speed clip (where v0 and v1 differ) and one near the seam. */
    private static List<double[]> starts(EnvName name) {
        List<double[]> starts = new ArrayList<>(Episodes.starts(name, 20211125L, 12));
        starts.addAll(List.of(new double[] {0.1, 7.9}, new double[] {-0.1, -7.95}, new double[] {3.1, 7.5},
                new double[] {-3.14, 0}));
        return starts;
    }

    /** The best sum of rewards over the remaining decisions from {@code state}, trying every sequence. */
    private static double exhaustive(Environment simulator, ActionSet actions, DecisionSchedule schedule,
            double[] state, int decision) {
        if (decision == schedule.count()) {
            return 0;
        }
        double[] observation = new double[simulator.observationSize()];
        double best = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < actions.size(); a++) {
            double[] next = state.clone();
            double rewards = Decision.apply(simulator, next, observation, actions.value(a), schedule.length(decision));
            best = Math.max(best, rewards + exhaustive(simulator, actions, schedule, next, decision + 1));
        }
        return best;
    }
}
