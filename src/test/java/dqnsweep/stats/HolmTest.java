package dqnsweep.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HolmTest {

    @Test
    void handComputedList() {
        // sorted 0.01, 0.03, 0.04 times 3, 2, 1: 0.03, 0.06, 0.04 -> running max 0.03, 0.06, 0.06
        assertArrayEquals(new double[] {0.03, 0.06, 0.06}, Holm.adjust(new double[] {0.01, 0.04, 0.03}), 1e-15);
    }

    @Test
    void cappedAtOneAndOrderKept() {
        // 0.01 x 3, 0.02 x 2, 0.6 x 1
        assertArrayEquals(new double[] {0.03, 0.04, 0.6}, Holm.adjust(new double[] {0.01, 0.02, 0.6}), 1e-15);
        // 0.6 x 2 = 1.2 capped at 1; 0.7 x 1 lifted to the running maximum 1
        assertArrayEquals(new double[] {1, 1}, Holm.adjust(new double[] {0.7, 0.6}), 1e-15);
    }

    @Test
    void untestedEntriesStayNaNAndDoNotCount() {
        double[] adjusted = Holm.adjust(new double[] {0.02, Double.NaN, 0.01});
        assertEquals(0.02, adjusted[0], 1e-15);
        assertTrue(Double.isNaN(adjusted[1]));
        assertEquals(0.02, adjusted[2], 1e-15);
    }

    @Test
    void singleTestUnchanged() {
        assertArrayEquals(new double[] {0.0625}, Holm.adjust(new double[] {0.0625}));
    }
}
