package dqnsweep.report;

import dqnsweep.stats.Interval;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Numbers printed with the digits their interval needs: enough decimals that the two ends of an
 * interval print differently (so "[-0.62, -0.62]" becomes "[-0.624, -0.618]"), and the estimate
 * with the same decimals, so it never seems to fall outside its own interval through rounding.
 */
final class Digits {

    /** More would claim a precision no bootstrap over a handful of runs has. */
    static final int MAX = 6;

    private Digits() {
    }

    /** The fewest decimals, at least {@code min}, at which the ends print differently ({@code min} for a point). */
    static int decimals(Interval interval, int min) {
        if (!interval.defined() || interval.low() == interval.high()) {
            return min;
        }
        int digits = min;
        while (digits < MAX && Html.number(interval.low(), digits).equals(Html.number(interval.high(), digits))) {
            digits++;
        }
        return digits;
    }

    /** "[low, high]" with {@link #decimals}, or a dash when undefined. */
    static String interval(Interval interval, int min) {
        int digits = decimals(interval, min);
        return interval.defined() ? "[" + Html.number(interval.low(), digits) + ", "
                + Html.number(interval.high(), digits) + "]" : Html.DASH;
    }

    /** The estimate with its interval's decimals. */
    static String estimate(double value, Interval interval, int min) {
        return Html.number(value, decimals(interval, min));
    }

    /** "value [low, high]" with matching decimals. */
    static String withInterval(double value, Interval interval, int min) {
        return estimate(value, interval, min) + (interval.defined() ? " " + interval(interval, min) : "");
    }

    /**
     * A p-value to three significant digits without trailing zeros (exact tests give values such
     * as 2/32 = 0.0625, which rounding to 3 decimals would misstate), or "&lt; 0.001" (HTML).
     */
    static String pValue(double p) {
        if (!Double.isFinite(p)) {
            return Html.DASH;
        }
        return p < 0.001 ? "&lt; 0.001"
                : new BigDecimal(p).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
