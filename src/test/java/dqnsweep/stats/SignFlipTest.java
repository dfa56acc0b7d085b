package dqnsweep.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SignFlipTest {

    @Test
    void fiveSeedsAllOneWayGiveTheSmallestAttainableP() {
        // only the observed pattern and its mirror reach |sum| = 15: 2 of 32
        TestResult r = SignFlip.test(new double[] {1, 2, 3, 4, 5}, 1);
        assertEquals("sign_flip_exact", r.test());
        assertEquals(0.0625, r.pValue(), 1e-15);
        assertEquals(0.0625, r.smallestP(), 1e-15);
        assertEquals(32, r.arrangements());
    }

    @Test
    void withFiveSeedsNoDataGoesBelowOneSixteenth() {
        SplittableRandom rng = new SplittableRandom(4);
        for (int trial = 0; trial < 500; trial++) {
            double[] d = new double[5];
            for (int i = 0; i < d.length; i++) {
                d[i] = rng.nextDouble(-0.2, 1);
            }
            assertTrue(SignFlip.test(d, 1).pValue() >= 0.0625, java.util.Arrays.toString(d));
        }
    }

    @Test
    void handEnumeratedPatterns() {
        // signs on (3, 1, 1): sums 5, 3, 3, 1, -1, -3, -3, -5; observed 3 - 1 + 1 = 3: six of eight reach |3|
        assertEquals(0.75, SignFlip.test(new double[] {3, -1, 1}, 1).pValue(), 1e-15);
        // (1, 2, 3): sums 6, 4, 2, 0, 0, -2, -4, -6: two reach |6|
        assertEquals(0.25, SignFlip.test(new double[] {1, 2, 3}, 1).pValue(), 1e-15);
    }

    @Test
    void noDifferenceGivesOne() {
        assertEquals(1, SignFlip.test(new double[] {0, 0, 0, 0, 0}, 1).pValue());
        assertEquals(1, SignFlip.test(new double[] {0.1, -0.1, 0.2, -0.2}, 1).pValue(), 1e-15);
    }

    @Test
    void smallestAttainableP() {
        assertEquals(1, SignFlip.smallestP(1));
        assertEquals(0.0625, SignFlip.smallestP(5));
        assertEquals(2.0 / 64, SignFlip.smallestP(6));
    }

    @Test
    void beyondTwentySeedsAFixedSeedMonteCarlo() {
        double[] d = new double[25];
        java.util.Arrays.fill(d, 0.3);
        TestResult r = SignFlip.test(d, 7);
        assertEquals("sign_flip_monte_carlo", r.test());
        // no random pattern reaches the all-positive sum: (1 + 0) / (1 + draws)
        assertEquals(1.0 / (1 + SignFlip.MONTE_CARLO_DRAWS), r.pValue(), 1e-15);
        SplittableRandom rng = new SplittableRandom(3);
        double[] noise = new double[30];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = rng.nextDouble(-1, 1);
        }
        assertEquals(SignFlip.test(noise, 9), SignFlip.test(noise, 9), "same seed, same estimate");
        // an exact count is a mirror-symmetric one; the estimate of a noise sample is far from 0
        assertTrue(SignFlip.test(noise, 9).pValue() > 0.05);
    }
}
