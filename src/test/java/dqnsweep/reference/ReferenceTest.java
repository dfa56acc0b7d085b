package dqnsweep.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dqnsweep.sim.EnvName;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceTest {

    private static final ReferenceKey KEY = new ReferenceKey(EnvName.PENDULUM_V1, 40, 4, -3, 2, 100);

    @Test
    void meansAndPerEpisodeFiguresFromScores() {
        Reference reference = Reference.of(KEY,
                List.of(new EpisodeScore(-0.5, -50, 100), new EpisodeScore(-0.7, -70, 100)),
                List.of(new EpisodeScore(-6, -600, 100), new EpisodeScore(-5, -500, 100)));
        assertEquals(-0.6, reference.meanOptimalAverageReward(), 1e-15);
        assertEquals(-60, reference.meanOptimalReturn200(), 1e-12);
        assertEquals(-5.5, reference.meanRandomAverageReward(), 0.0);
        assertEquals(-550, reference.meanRandomReturn200(), 0.0);
        assertEquals(-70, reference.optimalReturn200()[1], 0.0);
    }

    @Test
    void arraysAreCopiedInAndOut() {
        double[] optimal = {-0.5, -0.7};
        Reference reference = new Reference(KEY, optimal, new double[2], new double[2], new double[2]);
        Reference same = new Reference(KEY, optimal.clone(), new double[2], new double[2], new double[2]);
        optimal[0] = 1;
        reference.optimalAverageReward()[1] = 1;
        assertEquals(-0.5, reference.optimalAverageReward()[0], 0.0);
        assertEquals(-0.7, reference.optimalAverageReward()[1], 0.0);
        assertEquals(same, reference);
        assertEquals(same.hashCode(), reference.hashCode());
        assertNotEquals(new Reference(KEY, new double[] {-0.5, -0.8}, new double[2], new double[2], new double[2]),
                reference);
    }

    @Test
    void figuresMustMatchTheKeyAndBeFinite() {
        assertThrows(IllegalArgumentException.class,
                () -> new Reference(KEY, new double[3], new double[2], new double[2], new double[2]));
        assertThrows(IllegalArgumentException.class,
                () -> new Reference(KEY, new double[2], new double[] {0, Double.NaN}, new double[2], new double[2]));
        assertThrows(NullPointerException.class,
                () -> new Reference(KEY, null, new double[2], new double[2], new double[2]));
    }

    @Test
    void keyNamesItsFileAndRefusesNonsense() {
        assertEquals("pendulum-v1_bins40_skip4_seed-3_episodes2_steps100", KEY.fileStem());
        assertEquals(new DecisionSchedule(100, 4), KEY.schedule());
        assertThrows(IllegalArgumentException.class, () -> new ReferenceKey(EnvName.PENDULUM, 1, 1, 0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new ReferenceKey(EnvName.PENDULUM, 2, 0, 0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new ReferenceKey(EnvName.PENDULUM, 2, 1, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new ReferenceKey(EnvName.PENDULUM, 2, 1, 0, 1, 0));
        assertThrows(NullPointerException.class, () -> new ReferenceKey(null, 2, 1, 0, 1, 1));
    }
}
