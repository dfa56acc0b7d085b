package dqnsweep.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dqnsweep.sim.ActionSet;
import dqnsweep.sim.Environment;
import dqnsweep.sim.Pendulum;
import dqnsweep.sim.TorqueBins;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The gathered backups against a plain recursion: {@code V_m(node) = max_a [rewards + bilinear
 * V_{m-1} at the successor]}, with the grid geometry (wrap-around of the angle, clamped speed
 * columns) written out again here, node values recomputed on demand and no tables.
 */
class ValueFunctionsTest {

    /** Coarse and lopsided, so successors land in the middle of cells, across the seam and on the speed ends. */
    private static final Grid GRID = new Grid(24, 17);
    private static final ActionSet ACTIONS = new TorqueBins(3, 2);
    /** Tables hold floats: the values match to float precision, relative. */
    private static final double FLOAT = 1e-6;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void lastDecisionIsTheBestExactReward(boolean v1) {
        Supplier<Environment> pendulum = v1 ? Pendulum::v1 : Pendulum::v0;
        DecisionSchedule schedule = new DecisionSchedule(3, 3);
        ValueFunctions values = ValueFunctions.solve(pendulum.get(), ACTIONS, schedule, GRID);
        Environment model = pendulum.get();
        for (int i = 0; i < GRID.thetaPoints(); i++) {
            for (int j = 0; j < GRID.speedPoints(); j++) {
                double best = Double.NEGATIVE_INFINITY;
                for (int a = 0; a < ACTIONS.size(); a++) {
                    double[] state = {GRID.theta(i), GRID.speed(j)};
                    best = Math.max(best, Decision.apply(model, state, new double[3], ACTIONS.value(a), 3));
                }
                assertEquals(best, values.atNode(1, i, j), FLOAT * Math.abs(best));
            }
        }
    }

    /** 5 steps at frame skip 2: decisions of 2, 2 and 1 steps, the short one last. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void backupsMatchADirectRecursion(boolean v1) {
        Supplier<Environment> pendulum = v1 ? Pendulum::v1 : Pendulum::v0;
        DecisionSchedule schedule = new DecisionSchedule(5, 2);
        ValueFunctions values = ValueFunctions.solve(pendulum.get(), ACTIONS, schedule, GRID);
        Recursion recursion = new Recursion(pendulum.get(), schedule);
        for (int m = 0; m <= schedule.count(); m++) {
            for (int i = 0; i < GRID.thetaPoints(); i++) {
                for (int j = 0; j < GRID.speedPoints(); j++) {
                    double expected = recursion.node(m, i, j);
                    assertEquals(expected, values.atNode(m, i, j), FLOAT * Math.abs(expected) + 1e-9,
                            "V_" + m + " at " + i + ", " + j);
                }
            }
        }
    }

    /** Kept and recomputed values are the same floats, whatever the block size and reading order. */
    @ParameterizedTest
    @ValueSource(ints = {2, 3, 7, 40})
    void checkpointsGiveTheValuesOfAFullStore(int blockSize) {
        DecisionSchedule schedule = new DecisionSchedule(39, 2);
        ValueFunctions full = ValueFunctions.solve(Pendulum.v0(), ACTIONS, schedule, GRID, 1);
        ValueFunctions checkpointed = ValueFunctions.solve(Pendulum.v0(), ACTIONS, schedule, GRID, blockSize);
        for (int pass = 0; pass < 2; pass++) {
            for (int step = 0; step <= schedule.count(); step++) {
                int m = pass == 0 ? schedule.count() - step : step;
                for (int i = 0; i < GRID.thetaPoints(); i++) {
                    for (int j = 0; j < GRID.speedPoints(); j++) {
                        assertEquals(full.atNode(m, i, j), checkpointed.atNode(m, i, j), 0.0);
                    }
                }
                assertEquals(full.value(m, 0.3, -1.7), checkpointed.value(m, 0.3, -1.7), 0.0);
            }
        }
    }

    /** The least recomputation that fits: the smallest block size whose arrays fit the budget. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 126, 251})
    void blockSizeIsTheSmallestThatFits(int decisions) {
        long arrayBytes = 4L * GRID.paddedSize();
        for (long arrays : new long[] {1000, 130, 40}) {
            int size = ValueFunctions.blockSize(decisions, GRID, arrays * arrayBytes);
            int smallest = 1; // 40 arrays hold any of these horizons: 2 sqrt(251) < 32
            while (stored(decisions, smallest) > arrays) {
                smallest++;
            }
            assertEquals(smallest, size, decisions + " decisions, " + arrays + " arrays");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {126, 251})
    void blockSizeNeedsLeastMemoryWhenNothingFits(int decisions) {
        int size = ValueFunctions.blockSize(decisions, GRID, 1);
        for (int other = 1; other <= decisions; other++) {
            assertTrue(stored(decisions, size) <= stored(decisions, other));
        }
    }

    /** Checkpoints plus the block above one. */
    private static long stored(int decisions, int blockSize) {
        return (decisions + blockSize - 1) / blockSize + blockSize - 1;
    }

    /** The Bellman recursion on node values, memoised; nothing shared with the code under test but {@link Grid}'s node positions. */
    private static final class Recursion {
        private final Environment model;
        private final DecisionSchedule schedule;
        private final Map<Long, Double> memo = new HashMap<>();

        Recursion(Environment model, DecisionSchedule schedule) {
            this.model = model;
            this.schedule = schedule;
        }

        /** V_m at node (i, j); the decision that leaves m - 1 after it is decision count - m. */
        double node(int m, int i, int j) {
            if (m == 0) {
                return 0;
            }
            long key = ((long) m * GRID.thetaPoints() + i) * GRID.speedPoints() + j;
            Double known = memo.get(key);
            if (known != null) {
                return known;
            }
            int length = schedule.length(schedule.count() - m);
            double best = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < ACTIONS.size(); a++) {
                double[] state = {2 * Math.PI * i / GRID.thetaPoints(), -8 + 16.0 * j / (GRID.speedPoints() - 1)};
                double rewards = Decision.apply(model, state, new double[3], ACTIONS.value(a), length);
                best = Math.max(best, rewards + bilinear(m - 1, state[0], state[1]));
            }
            memo.put(key, best);
            return best;
        }

        private double bilinear(int m, double theta, double thetaDot) {
            int n = GRID.thetaPoints();
            double turn = theta % (2 * Math.PI);
            double u = (turn < 0 ? turn + 2 * Math.PI : turn) / (2 * Math.PI / n);
            int i0 = (int) Math.floor(u);
            double f = u - i0;
            i0 = Math.floorMod(i0, n);
            int i1 = (i0 + 1) % n;
            double v = (Math.max(-8, Math.min(8, thetaDot)) + 8) / (16.0 / (GRID.speedPoints() - 1));
            int j0 = Math.min((int) Math.floor(v), GRID.speedPoints() - 2);
            double g = v - j0;
            return (1 - f) * ((1 - g) * node(m, i0, j0) + g * node(m, i0, j0 + 1))
                    + f * ((1 - g) * node(m, i1, j0) + g * node(m, i1, j0 + 1));
        }
    }
}
