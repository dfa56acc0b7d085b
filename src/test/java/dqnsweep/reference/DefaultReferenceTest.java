package dqnsweep.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dqnsweep.sim.EnvName;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The default evaluation (Pendulum-v0, 20 bins, frame skip 2, eval seed 20211125, 100 episodes of
 * 250 steps) on the standard grid: a few seconds. An independent computation found -0.5568 per
 * step at 301 points and -0.5552 at 801, return_200 near -139.
 */
class DefaultReferenceTest {

    private static final ReferenceKey DEFAULT = new ReferenceKey(EnvName.PENDULUM, 20, 2, 20211125L, 100, 250);

    @Test
    void optimumOfTheDefaultEvaluation() {
        Reference reference = PendulumOptimum.standard().compute(DEFAULT).orElseThrow();

        assertTrue(reference.meanOptimalAverageReward() >= -0.560 && reference.meanOptimalAverageReward() <= -0.550,
                "mean " + reference.meanOptimalAverageReward());
        assertEquals(-139, reference.meanOptimalReturn200(), 1.5);
        // the random floor is an order of magnitude lower, on every start
        assertEquals(-6.1, reference.meanRandomAverageReward(), 0.5);
        double[] optimal = reference.optimalAverageReward();
        double[] random = reference.randomAverageReward();
        for (int e = 0; e < optimal.length; e++) {
            assertTrue(optimal[e] > random[e], "episode " + (e + 1));
        }
    }

    @Test
    void randomFloorIsReproducible() {
        ReferenceKey key = new ReferenceKey(EnvName.PENDULUM, 20, 2, 20211125L, 30, 250);
        List<EpisodeScore> first = RandomFloor.scores(key);
        assertEquals(first, RandomFloor.scores(key));
        assertEquals(30, first.size());
        for (EpisodeScore score : first) {
            assertEquals(250, score.steps());
            assertTrue(score.averageReward() < -2 && score.averageReward() > -11, "average " + score.averageReward());
        }
    }

    @Test
    void onlyPendulumHasAnOptimum() {
        PendulumOptimum optimum = PendulumOptimum.standard();
        assertTrue(optimum.covers(EnvName.PENDULUM));
        assertTrue(optimum.covers(EnvName.PENDULUM_V1));
        assertTrue(optimum.compute(new ReferenceKey(EnvName.CARTPOLE, 2, 1, 1, 3, 10)).isEmpty());
        assertEquals("dp601x601", optimum.version(new ReferenceKey(EnvName.PENDULUM, 20, 1, 1, 3, 10)));
        assertEquals("dp401x401", optimum.version(DEFAULT));
    }
}
