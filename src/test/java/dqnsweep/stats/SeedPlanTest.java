package dqnsweep.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeedPlanTest {

    @Test
    void knownCasesOfThePairedTTest() {
        // the exact noncentral-t answers (80% power, two-sided 0.05) are 34, 10 and 128 seeds for
        // effect sizes 0.5, 1 and 0.25; Guenther's formula gives (1.96 + 0.8416)^2 / d^2 + 1.92
        assertEquals(34L, SeedPlan.forDifference(0.05, 0.1).seeds());
        assertEquals(10L, SeedPlan.forDifference(-0.3, 0.3).seeds());
        assertEquals(128L, SeedPlan.forDifference(0.01, 0.04).seeds());
    }

    @Test
    void neverFewerThanTheSignFlipTestNeedsToReachAlpha() {
        // effect size 2: the formula says 4, but 5 seeds cannot give p < 0.0625; 6 seeds reach 2/64
        assertEquals(6L, SeedPlan.forDifference(0.2, 0.1).seeds());
        assertEquals(6, SeedPlan.smallestExact(0.05));
    }

    @Test
    void zeroDifferenceOrSpreadIsNullWithANote() {
        SeedPlan none = SeedPlan.forDifference(0, 0.1);
        assertNull(none.seeds());
        assertTrue(none.note().contains("no difference"), none.note());
        SeedPlan flat = SeedPlan.forDifference(0.1, 0);
        assertNull(flat.seeds());
        assertTrue(!flat.note().isEmpty());
        assertNull(SeedPlan.forDifference(0.1, Double.NaN).seeds());
    }

    @Test
    void normalQuantiles() {
        assertEquals(1.959963984540054, Normal.quantile(0.975), 1e-8);
        assertEquals(0.8416212335729143, Normal.quantile(0.8), 1e-8);
        assertEquals(-2.326347874040841, Normal.quantile(0.01), 1e-8);
        assertEquals(0, Normal.quantile(0.5), 1e-12);
    }
}
