package dqnsweep.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GridTest {

    private static final Grid GRID = new Grid(8, 5);

    @Test
    void nodesAreReproducedExactly() {
        float[] values = numbered();
        for (int i = 0; i < GRID.thetaPoints(); i++) {
            for (int j = 0; j < GRID.speedPoints(); j++) {
                assertEquals(values[i * 5 + j], GRID.interpolate(values, GRID.theta(i), GRID.speed(j)), 1e-12);
            }
        }
    }

    @Test
    void angleIsPeriodicAndUprightIsANode() {
        float[] values = numbered();
        assertEquals(0.0, GRID.theta(0), 0.0);
        assertEquals(GRID.interpolate(values, 0.3, 1), GRID.interpolate(values, 0.3 + 2 * Math.PI, 1), 1e-12);
        assertEquals(GRID.interpolate(values, 0.3, 1), GRID.interpolate(values, 0.3 - 4 * Math.PI, 1), 1e-12);
        // Between the last angle row (7/8 of the turn) and row 0: halfway, across the seam.
        double halfway = 2 * Math.PI * 7.5 / 8;
        assertEquals((values[7 * 5 + 2] + values[2]) / 2.0, GRID.interpolate(values, halfway, 0), 1e-6);
    }

    @Test
    void speedIsBilinearAndClampedAtTheClip() {
        float[] values = numbered();
        // speed nodes -8, -4, 0, 4, 8: speed 2 is halfway between columns 2 and 3
        assertEquals((values[5 + 2] + values[5 + 3]) / 2.0, GRID.interpolate(values, GRID.theta(1), 2), 1e-6);
        assertEquals(values[5 + 4], GRID.interpolate(values, GRID.theta(1), 8), 0.0);
        assertEquals(values[5 + 4], GRID.interpolate(values, GRID.theta(1), 9), 0.0);
        assertEquals(values[5], GRID.interpolate(values, GRID.theta(1), -9), 0.0);
    }

    @Test
    void framSkipOneGetsTheFinerGrid() {
        assertEquals(Grid.square(601), Grid.forFrameSkip(1));
        assertEquals(Grid.square(401), Grid.forFrameSkip(2));
        assertEquals(Grid.square(401), Grid.forFrameSkip(4));
        assertThrows(IllegalArgumentException.class, () -> Grid.forFrameSkip(0));
    }

    @Test
    void tooSmallGridsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Grid(2, 5));
        assertThrows(IllegalArgumentException.class, () -> new Grid(5, 1));
        assertThrows(IllegalArgumentException.class, () -> new Grid(100_000, 100_000));
    }

    /** Node (i, j) holds 10 i + j, padded with row 0 repeated. */
    private static float[] numbered() {
        float[] values = new float[GRID.paddedSize()];
        for (int i = 0; i < GRID.thetaPoints(); i++) {
            for (int j = 0; j < GRID.speedPoints(); j++) {
                values[i * GRID.speedPoints() + j] = 10 * i + j;
            }
        }
        GRID.closeSeam(values);
        return values;
    }
}
