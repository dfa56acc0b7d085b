package dqnsweep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dqnsweep.stats.Interval;
import org.junit.jupiter.api.Test;

class DigitsTest {

    @Test
    void enoughDecimalsThatTheEndsDiffer() {
        assertEquals("[-0.624, -0.618]", Digits.interval(new Interval(-0.6241, -0.6183), 2));
        assertEquals("[-0.6204, -0.6196]", Digits.interval(new Interval(-0.62041, -0.61962), 2));
        assertEquals("[-1.10, -0.62]", Digits.interval(new Interval(-1.1, -0.62), 2), "wide: the minimum");
        assertEquals("[0.50, 0.50]", Digits.interval(new Interval(0.5, 0.5), 2), "a point stays short");
        assertEquals(Html.DASH, Digits.interval(Interval.UNDEFINED, 2));
    }

    @Test
    void theEstimateTakesItsIntervalsDecimals() {
        // printed with 2 decimals the IQM -0.6196 would read -0.62 while the interval says [-0.624, -0.618]
        assertEquals("-0.620 [-0.624, -0.618]", Digits.withInterval(-0.6196, new Interval(-0.6241, -0.6183), 2));
    }

    @Test
    void stopsAtSixDecimals() {
        assertEquals(6, Digits.decimals(new Interval(1, 1 + 1e-12), 2));
    }

    @Test
    void pValues() {
        assertEquals("0.0625", Digits.pValue(0.0625));
        assertEquals("0.267", Digits.pValue(4.0 / 15));
        assertEquals("1", Digits.pValue(1));
        assertEquals("0.00391", Digits.pValue(0.00390625));
        assertEquals("&lt; 0.001", Digits.pValue(0.0001));
        assertEquals(Html.DASH, Digits.pValue(Double.NaN));
    }
}
