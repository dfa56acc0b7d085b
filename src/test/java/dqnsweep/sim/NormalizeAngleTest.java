package dqnsweep.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Pendulum.normalizeAngle against Python's {@code ((x + pi) % (2 * pi)) - pi}. Python's float
 * {@code a % b} is fmod(a, b) (exact), plus b when that remainder is negative (one rounding); a zero
 * remainder becomes +0.0. Java's {@code %} is the bare fmod, which would leave negative angles unwrapped.
 * Each expectation below is that recipe carried out by hand, rounding where Python rounds.
 */
class NormalizeAngleTest {

    private static final double PI = Math.PI;

    @Test
    void minusPiStaysMinusPi() {
        // -pi + pi = 0, 0 % 2pi = 0, 0 - pi
        assertEquals(-PI, Pendulum.normalizeAngle(-PI), 0.0);
    }

    @Test
    void piWrapsToMinusPi() {
        // pi + pi = 2pi exactly (doubling), fmod(2pi, 2pi) = 0, 0 - pi
        assertEquals(-PI, Pendulum.normalizeAngle(PI), 0.0);
    }

    @Test
    void threePiWrapsToMinusPi() {
        // Math.PI's significand ends in binary 000, so 3 * Math.PI is exact and 3pi + pi = 4pi exactly:
        // fmod(4pi, 2pi) = 0, 0 - pi
        assertEquals(-PI, Pendulum.normalizeAngle(3 * PI), 0.0);
    }

    @Test
    void minusThreePiWrapsToMinusPi() {
        // -3pi + pi = -2pi exactly; fmod gives -0.0, which Python turns into +0.0; either minus pi is -pi
        assertEquals(-PI, Pendulum.normalizeAngle(-3 * PI), 0.0);
    }

    @Test
    void sevenWrapsDownByTwoPi() {
        // a = 7 + pi (rounded); pi <= a < 4pi, so fmod(a, 2pi) = a - 2pi exactly (Sterbenz); then - pi (rounded).
        double a = 7.0 + PI;
        assertEquals((a - 2 * PI) - PI, Pendulum.normalizeAngle(7.0), 0.0);
        // Python 3: ((7.0 + math.pi) % (2 * math.pi)) - math.pi
        assertEquals(0.7168146928204138, Pendulum.normalizeAngle(7.0), 0.0);
    }

    @Test
    void minusSevenWrapsUpByTwoPi() {
        // a = -7 + pi (rounded) is negative and above -2pi: fmod(a, 2pi) = a, negative, so Python adds
        // 2pi (rounded), then - pi (rounded). A truncating % would return -7.0 unchanged.
        double a = -7.0 + PI;
        assertEquals((a + 2 * PI) - PI, Pendulum.normalizeAngle(-7.0), 0.0);
        // Python 3: ((-7.0 + math.pi) % (2 * math.pi)) - math.pi
        assertEquals(-0.7168146928204138, Pendulum.normalizeAngle(-7.0), 0.0);
    }

    @Test
    void justBelowMinusPiLandsOnPlusPiAsInPython() {
        // x + pi = -ulp(pi) = -2^-51 exactly; Python adds 2pi: 2pi - 2^-51 is halfway between 2pi and
        // its lower neighbour (2^-50 apart) and rounds to the even one, 2pi; 2pi - pi = pi. So Python's
        // formula returns +pi here, outside [-pi, pi); gym has this quirk too.
        assertEquals(PI, Pendulum.normalizeAngle(Math.nextDown(-PI)), 0.0);
    }

    @Test
    void manyTurnsAwayKeepsTheAngle() {
        for (int turns = -50; turns <= 50; turns++) {
            double x = 1.0 + turns * 2 * PI;
            // the multiples of 2pi carry the rounding of 2pi itself: ~1e-13 after 50 turns
            assertEquals(1.0, Pendulum.normalizeAngle(x), 1e-12, "turns " + turns);
        }
    }
}
