package dqnsweep.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairedDifferenceTest {

    private final Bootstrap bootstrap = new Bootstrap(new SplittableRandom(9));

    @Test
    void handWorkedDifferences() {
        double[][] a = {{-1, -2, -3}, {-1, -1, -1}};
        double[][] b = {{-2, -2, -1}, {-3, -1, -2}};
        // d = {{1, 0, -2}, {2, 0, 1}}: sum 2 over 6 pairs
        PairedDifference p = PairedDifference.of(a, b, bootstrap);
        assertEquals(2, p.seeds());
        assertEquals(3, p.episodes());
        assertEquals(2.0 / 6, p.meanDifference(), 1e-12);
        // wins: 1, 2, 1 -> 3; ties 0, 0 -> 1; losses -2 -> 0: 4 / 6
        assertEquals(4.0 / 6, p.winRate(), 1e-12);
        assertTrue(p.ci().low() >= -2 && p.ci().high() <= 2);
    }

    @Test
    void aConstantShiftIsKnownExactly() {
        // B is A minus 0.25 on every start state: however noisy the episodes, the pairs agree
        SplittableRandom rng = new SplittableRandom(2);
        double[][] a = new double[5][100];
        double[][] b = new double[5][100];
        for (int s = 0; s < 5; s++) {
            for (int k = 0; k < 100; k++) {
                a[s][k] = -8 * rng.nextDouble();
                b[s][k] = a[s][k] - 0.25;
            }
        }
        PairedDifference p = PairedDifference.of(a, b, bootstrap);
        assertEquals(0.25, p.meanDifference(), 1e-9);
        assertEquals(0.25, p.ci().low(), 1e-9);
        assertEquals(0.25, p.ci().high(), 1e-9);
        assertEquals(1, p.winRate());
    }

    @Test
    void pairingIsNarrowerThanTheSpreadOfEpisodes() {
        // episodes vary a lot with the start state (common to A and B); A is 0.1 better plus small noise
        SplittableRandom rng = new SplittableRandom(3);
        double[][] a = new double[3][100];
        double[][] b = new double[3][100];
        double[] startState = new double[100];
        for (int k = 0; k < 100; k++) {
            startState[k] = -6 * rng.nextDouble();
        }
        for (int s = 0; s < 3; s++) {
            for (int k = 0; k < 100; k++) {
                b[s][k] = startState[k] + 0.05 * (rng.nextDouble() - 0.5);
                a[s][k] = startState[k] + 0.1 + 0.05 * (rng.nextDouble() - 0.5);
            }
        }
        PairedDifference p = PairedDifference.of(a, b, bootstrap);
        assertTrue(p.ci().low() > 0.08 && p.ci().high() < 0.12, p.ci().toString());
        assertTrue(p.runsFixedCi().low() > 0.08 && p.runsFixedCi().high() < 0.12, p.runsFixedCi().toString());
    }

    @Test
    void oneSeedFallsBackToEpisodes() {
        double[][] a = {{1, 2, 3, 4}};
        double[][] b = {{0, 0, 0, 0}};
        PairedDifference p = PairedDifference.of(a, b, bootstrap);
        assertEquals(2.5, p.meanDifference(), 1e-12);
        assertEquals(p.runsFixedCi(), p.ci());
    }

    @Test
    void shapesMustMatch() {
        assertThrows(IllegalArgumentException.class,
                () -> PairedDifference.of(new double[][] {{1, 2}}, new double[][] {{1}}, bootstrap));
    }
}
