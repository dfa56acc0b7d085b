package dqnsweep.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats a double like Python's {@code repr}: the fewest significant digits that read back to the
 * same bits (0.1, not 0.1000000000000000055...), in plain notation for decimal exponents from -4 to
 * 15 and as {@code 1e+16} / {@code 1e-05} outside. Java 17's {@link Double#toString} reads back
 * too but sometimes carries extra digits (2.82879384806159008E17), and its layout is Java's own.
 */
public final class ShortestDouble {

    /** Seventeen significant digits always identify a double. */
    private static final int MAX_DIGITS = 17;

    private ShortestDouble() {
    }

    public static String format(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return Double.doubleToRawLongBits(x) < 0 ? "-0.0" : "0.0";
        }
        return layout(shortest(x).stripTrailingZeros());
    }

    /** Among the decimals with the fewest digits that read back to x, the one closest to x. */
    private static BigDecimal shortest(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int digits = 1; digits < MAX_DIGITS; digits++) {
            BigDecimal nearest = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (nearest.doubleValue() == x) {
                return nearest;
            }
            // At a power of two the gap to the next double down is half the gap up, so the nearest
            // decimal can fall out below while the one on the other side of x still reads back.
            RoundingMode away = nearest.compareTo(exact) < 0 ? RoundingMode.CEILING : RoundingMode.FLOOR;
            BigDecimal other = exact.round(new MathContext(digits, away));
            if (other.doubleValue() == x) {
                return other;
            }
        }
        return exact.round(new MathContext(MAX_DIGITS, RoundingMode.HALF_EVEN));
    }

    /** Python's layout: plain when the decimal point falls within -4 < point <= 16, else d.ddde+XX. */
    private static String layout(BigDecimal value) {
        String digits = value.unscaledValue().abs().toString();
        int point = digits.length() - value.scale();
        String sign = value.signum() < 0 ? "-" : "";
        if (point > -4 && point <= 16) {
            return sign + plain(digits, point);
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        int exponent = point - 1;
        int magnitude = Math.abs(exponent);
        return sign + mantissa + (exponent < 0 ? "e-" : "e+") + (magnitude < 10 ? "0" : "") + magnitude;
    }

    /** The digits with the decimal point {@code point} places from their start (negative: leading zeros). */
    private static String plain(String digits, int point) {
        if (point <= 0) {
            return "0." + "0".repeat(-point) + digits;
        }
        if (point >= digits.length()) {
            return digits + "0".repeat(point - digits.length()) + ".0";
        }
        return digits.substring(0, point) + "." + digits.substring(point);
    }
}
