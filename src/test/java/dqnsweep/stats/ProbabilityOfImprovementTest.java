package dqnsweep.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProbabilityOfImprovementTest {

    private final Bootstrap bootstrap = new Bootstrap(new SplittableRandom(4));

    @Test
    void handWorkedPairs() {
        double[] x = {1, 2, 3};
        double[] y = {2, 2, 0};
        // x=1: beats 0 only -> 1; x=2: ties twice (0.5 + 0.5), beats 0 -> 2; x=3: beats all -> 3; 6 / 9
        assertEquals(6.0 / 9, ProbabilityOfImprovement.probability(x, y), 1e-12);
        // the complement: P(Y > X) = 1 - P(X > Y)
        assertEquals(3.0 / 9, ProbabilityOfImprovement.probability(y, x), 1e-12);
    }

    @Test
    void identicalSamplesGiveOneHalf() {
        double[] x = {-1.2, -0.7, -3.1, -0.9};
        ProbabilityOfImprovement p = ProbabilityOfImprovement.of(x, x.clone(), bootstrap);
        assertEquals(0.5, p.estimate(), 1e-12);
        assertTrue(p.ci().contains(0.5));
    }

    @Test
    void dominatedSamplesGiveZeroOrOne() {
        double[] better = {-0.5, -0.6, -0.4};
        double[] worse = {-7, -6.5, -7.2};
        ProbabilityOfImprovement up = ProbabilityOfImprovement.of(better, worse, bootstrap);
        assertEquals(1, up.estimate());
        assertEquals(new Interval(1, 1), up.ci(), "every resample is dominated too");
        assertEquals(0, ProbabilityOfImprovement.of(worse, better, bootstrap).estimate());
    }

    @Test
    void intervalUndefinedWithOneRunPerSide() {
        ProbabilityOfImprovement p = ProbabilityOfImprovement.of(new double[] {1}, new double[] {0, 2}, bootstrap);
        assertEquals(0.5, p.estimate());
        assertFalse(p.ci().defined());
        assertTrue(Double.isNaN(ProbabilityOfImprovement.of(new double[0], new double[] {1}, bootstrap).estimate()));
    }
}
