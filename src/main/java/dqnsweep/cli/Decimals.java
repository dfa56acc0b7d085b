package dqnsweep.cli;

import dqnsweep.BadInputException;
import java.util.regex.Pattern;

/** The numbers {@code simulate} reads: comma-separated plain decimals, from an option or an input line. */
final class Decimals {

    /** Plain decimals only: Double.parseDouble would also take NaN, Infinity, hex and a trailing d or f. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private Decimals() {
    }

    /**
     * The values of {@code text}, split at commas. A bad one is reported as
     * "{where}: 'x' is not a number ({item} 2)", so the message points at the option or the file's line.
     */
    static double[] parse(String text, String where, String item) {
        String[] parts = text.split(",", -1);
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (!NUMBER.matcher(part).matches()) {
                throw new BadInputException(where + ": '" + part + "' is not a number (" + item + " " + (i + 1) + ")");
            }
            values[i] = Double.parseDouble(part);
            if (Double.isInfinite(values[i])) {
                throw new BadInputException(where + ": '" + part + "' is too large for a double (" + item + " "
                        + (i + 1) + ")");
            }
        }
        return values;
    }
}
