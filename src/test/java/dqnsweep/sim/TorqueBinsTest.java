package dqnsweep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TorqueBinsTest {

    /** Torques the tutorial printed from numpy.linspace(-2.0, 2.0, bins), bit for bit. */
    @ParameterizedTest(name = "linspace(-2, 2, {0})[{1}] == {2}")
    @CsvSource({
        "20, 18, 1.789473684210526",
        "20, 1, -1.7894736842105263",
        "10, 3, -0.6666666666666667",
        "10, 4, -0.22222222222222232",
        "40, 38, 1.8974358974358974",
        "40, 13, -0.6666666666666667",
        "40, 0, -2.0",
    })
    void matchesNumpyLinspaceExactly(int bins, int index, double torque) {
        assertEquals(torque, new TorqueBins(bins, 2).value(index), 0.0);
    }

    @Test
    void endsAreExactlyMinusAndPlusMaxTorque() {
        for (int bins = 2; bins <= 100; bins++) {
            TorqueBins torques = new TorqueBins(bins, 2);
            assertEquals(bins, torques.size());
            assertEquals(-2.0, torques.value(0), 0.0);
            assertEquals(2.0, torques.value(bins - 1), 0.0);
        }
    }

    /** linspace(-2, 2, 5) = [-2, -1, 0, 1, 2]: exact values, so the midpoints are exact ties. */
    @ParameterizedTest(name = "nearest({0}) = {1}")
    @CsvSource({
        "0.1, 2",
        "-0.9, 1",
        "0.5, 2", // tie between 0 and 1: argmin keeps the first
        "-0.5, 1", // tie between -1 and 0
        "1.5, 3", // tie between 1 and 2
        "2.0, 4",
        "2.5, 4", // beyond the range: the end bin
        "1000, 4",
        "-2.5, 0",
        "-1000, 0",
    })
    void nearestBreaksTiesTowardsTheLowerIndex(double action, int index) {
        assertEquals(index, new TorqueBins(5, 2).nearest(action));
    }

    @Test
    void everyBinIsNearestToItself() {
        TorqueBins torques = new TorqueBins(40, 2);
        for (int i = 0; i < torques.size(); i++) {
            assertEquals(i, torques.nearest(torques.value(i)));
        }
    }

    @Test
    void needsAtLeastTwoBins() {
        assertThrows(IllegalArgumentException.class, () -> new TorqueBins(1, 2));
    }
}
