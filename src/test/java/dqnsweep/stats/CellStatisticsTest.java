package dqnsweep.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CellStatisticsTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void handWorkedCell() {
        List<RunScore> runs = List.of(new RunScore(-1.0, 8, 10), new RunScore(-2.0, 2, 10), new RunScore(-6.0, 0, 20));
        CellStatistics s = CellStatistics.of(runs, new Bootstrap(new SplittableRandom(1)));
        assertEquals(3, s.n());
        // (-1 - 2 - 6) / 3
        assertEquals(-3.0, s.mean(), TOLERANCE);
        // deviations 2 1 -3, squares 4 1 9 = 14, / 2 = 7
        assertEquals(Math.sqrt(7), s.std(), TOLERANCE);
        assertEquals(-2.0, s.median(), TOLERANCE);
        // n = 3: floor(0.75) = 0 cut, IQM = mean
        assertEquals(-3.0, s.iqm(), TOLERANCE);
        assertEquals(-6.0, s.min());
        assertEquals(-1.0, s.max());
        // pooled over episodes: (8 + 2 + 0) / (10 + 10 + 20)
        assertEquals(0.25, s.solvedRate(), TOLERANCE);
        // resampling runs: lowest possible rate 0 (three times the third run), highest 0.8
        assertTrue(s.solvedCi().low() >= 0 && s.solvedCi().high() <= 0.8, s.solvedCi().toString());
        assertTrue(s.solvedCi().contains(0.25));
        assertTrue(s.meanCi().low() >= -6 && s.meanCi().high() <= -1);
    }

    @Test
    void singleRunHasNoSpreadAndNoIntervals() {
        CellStatistics s = CellStatistics.of(List.of(new RunScore(-0.5, 3, 4)), new Bootstrap(new SplittableRandom(1)));
        assertEquals(-0.5, s.mean());
        assertEquals(-0.5, s.iqm());
        assertTrue(Double.isNaN(s.std()));
        assertFalse(s.meanCi().defined());
        assertFalse(s.solvedCi().defined());
        assertEquals(0.75, s.solvedRate());
    }

    @Test
    void noRunsGiveNaN() {
        CellStatistics s = CellStatistics.of(List.of(), new Bootstrap(new SplittableRandom(1)));
        assertEquals(0, s.n());
        assertTrue(Double.isNaN(s.mean()) && Double.isNaN(s.iqm()) && Double.isNaN(s.solvedRate()));
    }
}
