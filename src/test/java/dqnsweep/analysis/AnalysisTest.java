package dqnsweep.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisTest {

    @TempDir
    Path dir;

    private Analysis analyse() throws IOException {
        new SweepFixture(dir).axis("bins", 10, 20, 40).axis("iterations", 100, 1000, 10000).seeds(1L, 2L)
                .outcomes((values, seed) -> SweepFixture.synthetic(values, seed, 4)).write();
        return Analysis.of(SweepData.load(ResultsFolder.open(dir)), new AnalysisSettings(200, 0.95, 3));
    }

    @Test
    void comparesEveryPairThatDiffersOnOneAxis() throws IOException {
        Analysis analysis = analyse();
        // per axis: 3 slices x 3 pairs of values
        assertEquals(18, analysis.comparisons().size());
        for (Comparison c : analysis.comparisons()) {
            String other = c.axis().equals("bins") ? "iterations" : "bins";
            assertEquals(c.from().value(other), c.to().value(other));
            assertTrue(Integer.parseInt(c.from().value(c.axis())) < Integer.parseInt(c.to().value(c.axis())),
                    "from the earlier value to the later one");
            assertEquals(2, c.paired().seeds());
            assertEquals(4, c.paired().episodes());
            // every seed of both cells pairs: the exact sign-flip test over 2 seeds cannot go below 2/4
            assertEquals("sign_flip_exact", c.test().test());
            assertEquals(0.5, c.test().smallestP());
            assertTrue(c.test().pValue() >= 0.5, c.test().toString());
            assertTrue(c.pHolm() >= c.test().pValue() && c.pHolm() <= 1, "Holm only raises p");
            assertTrue(!c.detected(0.05), "two seeds detect nothing");
        }
    }

    @Test
    void identicalCellsHaveNoDifferenceAndNoSeedPlan() throws IOException {
        // both cells get the same evaluation files: bins is not an input of the outcome
        new SweepFixture(dir).axis("bins", 10, 20).seeds(1L, 2L, 3L)
                .outcomes((values, seed) -> SweepFixture.synthetic(java.util.Map.of("bins", 10), seed, 4)).write();
        Comparison c = Analysis.of(SweepData.load(ResultsFolder.open(dir)), new AnalysisSettings(200, 0.95, 3))
                .comparisons().get(0);
        assertEquals(0, c.paired().meanDifference());
        assertEquals(1, c.test().pValue(), "every sign pattern sums to 0");
        assertEquals(null, c.seedsForObserved().seeds());
        assertEquals("no difference to detect", c.seedsForObserved().note());
        assertEquals(null, c.seedsForStep().seeds(), "no spread between seeds either");
    }

    @Test
    void bestAndWorstCellsFollowTheIqm() throws IOException {
        Analysis analysis = analyse();
        // the fixture's level peaks at 20 bins and grows with iterations
        assertEquals("bins=20_iterations=10000", analysis.bestCell().id());
        assertTrue(analysis.worstCell().id().endsWith("iterations=100"));
        assertEquals("20", analysis.setting(analysis.bestCell().cell(), "bins"));
        assertEquals("dqn", analysis.setting(analysis.bestCell().cell(), "algo"), "from the runs' config");
    }
}
