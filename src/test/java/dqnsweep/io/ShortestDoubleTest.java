package dqnsweep.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ShortestDoubleTest {

    /** Expected strings are Python 3's {@code repr} of the same double. */
    static Stream<Arguments> pythonRepr() {
        return Stream.of(
                Arguments.of(0.1, "0.1"),
                Arguments.of(1 / 3.0, "0.3333333333333333"),
                Arguments.of(Double.MIN_VALUE, "5e-324"),
                Arguments.of(Double.MIN_NORMAL, "2.2250738585072014e-308"),
                Arguments.of(Double.MAX_VALUE, "1.7976931348623157e+308"),
                Arguments.of(-0.0, "-0.0"),
                Arguments.of(0.0, "0.0"),
                Arguments.of(100.0, "100.0"),
                Arguments.of(-2.5, "-2.5"),
                Arguments.of(1e22, "1e+22"),
                Arguments.of(1.789473684210526, "1.789473684210526"),
                // Java 17's Double.toString gives 9.999999999999999E22 and 2.82879384806159008E17
                Arguments.of(1e23, "1e+23"),
                Arguments.of(2.82879384806159E17, "2.82879384806159e+17"),
                // powers of two whose nearest 16-digit decimal falls just outside the narrower lower gap
                Arguments.of(0x1p-24, "5.960464477539063e-08"),
                Arguments.of(0x1p-1017, "7.120236347223045e-307"),
                // plain notation for decimal points from -4 to 16, scientific outside
                Arguments.of(1e15, "1000000000000000.0"),
                Arguments.of(9999999999999998.0, "9999999999999998.0"),
                Arguments.of(1e16, "1e+16"),
                Arguments.of(1e-4, "0.0001"),
                Arguments.of(0.00012345, "0.00012345"),
                Arguments.of(1e-5, "1e-05"),
                Arguments.of(-1e-300, "-1e-300"),
                Arguments.of(Double.NaN, "nan"),
                Arguments.of(Double.POSITIVE_INFINITY, "inf"),
                Arguments.of(Double.NEGATIVE_INFINITY, "-inf"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("pythonRepr")
    void formatsLikePythonRepr(double x, String expected) {
        assertEquals(expected, ShortestDouble.format(x));
    }

    /**
     * Random bit patterns (every exponent, subnormals included): the text reads back to the same bits
     * and is never longer than Double.toString's, which also reads back.
     */
    @Test
    void randomBitPatternsReadBackExactly() {
        SplittableRandom rng = new SplittableRandom(20240611);
        int checked = 0;
        while (checked < 10_000) {
            double x = Double.longBitsToDouble(rng.nextLong());
            if (!Double.isFinite(x)) {
                continue;
            }
            String text = ShortestDouble.format(x);
            assertEquals(Double.doubleToRawLongBits(x), Double.doubleToRawLongBits(Double.parseDouble(text)), text);
            assertTrue(significantDigits(text) <= significantDigits(Double.toString(x)),
                    text + " vs " + Double.toString(x));
            checked++;
        }
    }

    /**
     * A decimal with at most 15 significant digits survives decimal -> double -> decimal (15 is
     * below the 15.95 digits a double holds), so its double must print with at most those digits.
     */
    @Test
    void shortDecimalsPrintNoLongerThanTheyWereWritten() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            int digits = rng.nextInt(1, 16);
            long mantissa = rng.nextLong((long) Math.pow(10, digits - 1), (long) Math.pow(10, digits));
            String written = String.format(Locale.ROOT, "%de%d", mantissa, rng.nextInt(-320, 290));
            double x = Double.parseDouble(written);
            if (x == 0 || Double.isInfinite(x) || Math.abs(x) < Double.MIN_NORMAL) {
                continue; // subnormals hold fewer digits
            }
            String text = ShortestDouble.format(x);
            assertEquals(x, Double.parseDouble(text), 0.0, written);
            assertTrue(significantDigits(text) <= digits, written + " printed as " + text);
        }
    }

    /** Digits from the first to the last non-zero one, sign and exponent ignored. */
    private static int significantDigits(String text) {
        String mantissa = text.toLowerCase(Locale.ROOT).split("e")[0].replace("-", "").replace(".", "");
        String trimmed = mantissa.replaceAll("^0+", "").replaceAll("0+$", "");
        return trimmed.length();
    }
}
