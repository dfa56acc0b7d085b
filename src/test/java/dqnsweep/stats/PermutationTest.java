package dqnsweep.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PermutationTest {

    @Test
    void handEnumeratedSplits() {
        // {1,2,3,4} into two pairs, |mean difference|: {1,2} 2, {1,3} 1, {1,4} 0, {2,3} 0, {2,4} 1, {3,4} 2
        TestResult r = Permutation.test(new double[] {1, 2}, new double[] {3, 4}, 1);
        assertEquals("permutation_exact", r.test());
        assertEquals(6, r.arrangements());
        assertEquals(2.0 / 6, r.pValue(), 1e-15);
        assertEquals(2.0 / 6, r.smallestP(), 1e-15);
        // {1,2,3} against {10}: the four splits give 8, 4/3, 8/3, 4; only the observed reaches 8
        TestResult unequal = Permutation.test(new double[] {1, 2, 3}, new double[] {10}, 1);
        assertEquals(0.25, unequal.pValue(), 1e-15);
        assertEquals(0.25, unequal.smallestP(), 1e-15);
    }

    @Test
    void fiveAgainstFiveSeparatedCompletely() {
        TestResult r = Permutation.test(new double[] {1, 2, 3, 4, 5}, new double[] {11, 12, 13, 14, 15}, 1);
        assertEquals(2.0 / 252, r.pValue(), 1e-15);
    }

    @Test
    void identicalGroupsGiveOne() {
        assertEquals(1, Permutation.test(new double[] {1, 2, 3}, new double[] {3, 2, 1}, 1).pValue(), 1e-15);
    }

    @Test
    void largeGroupsFallBackToMonteCarlo() {
        double[] x = new double[15];
        double[] y = new double[15];
        for (int i = 0; i < 15; i++) {
            x[i] = i;
            y[i] = 100 + i;
        }
        TestResult r = Permutation.test(x, y, 3);
        assertEquals("permutation_monte_carlo", r.test());
        assertEquals(1.0 / (1 + Permutation.MONTE_CARLO_DRAWS), r.pValue(), 1e-15);
    }

    @Test
    void binomialCoefficients() {
        assertEquals(252, Permutation.choose(10, 5));
        assertEquals(184_756, Permutation.choose(20, 10));
        assertEquals(Long.MAX_VALUE, Permutation.choose(200, 100));
    }
}
