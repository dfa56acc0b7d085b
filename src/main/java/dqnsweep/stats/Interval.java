package dqnsweep.stats;

/**
 * A confidence interval; both ends NaN when it cannot be estimated (fewer than two runs).
 *
 * @param low lower end
 * @param high upper end, at least {@code low}
 */
public record Interval(double low, double high) {

    public static final Interval UNDEFINED = new Interval(Double.NaN, Double.NaN);

    public Interval {
        if (Double.isNaN(low) != Double.isNaN(high) || low > high) {
            throw new IllegalArgumentException("interval [" + low + ", " + high + "]");
        }
    }

    public boolean defined() {
        return !Double.isNaN(low);
    }

    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}
