package dqnsweep.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cache's file format: a header, then one row per episode in episode order. Numbers are
 * written with {@link Double#toString}, which is locale-independent and the shortest text that
 * reads back to the same double, so a cached reference equals the computed one bit for bit.
 *
 * <pre>
 * episode,optimal_average_reward,optimal_return_200,random_average_reward,random_return_200
 * 1,-0.7423081606543637,-185.57704016359093,-5.49375048796427,-1126.8916093893735
 * </pre>
 */
final class ReferenceCsv {

    /** Goes into cache file names: a new layout gets a new name instead of misreading old files. */
    static final String FORMAT = "csv1";
    static final String HEADER =
            "episode,optimal_average_reward,optimal_return_200,random_average_reward,random_return_200";
    private static final int COLUMNS = 5;

    private ReferenceCsv() {
    }

    static String format(Reference reference) {
        double[] optimalAverage = reference.optimalAverageReward();
        double[] optimalReturn = reference.optimalReturn200();
        double[] randomAverage = reference.randomAverageReward();
        double[] randomReturn = reference.randomReturn200();
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < optimalAverage.length; i++) {
            text.append(i + 1).append(',').append(optimalAverage[i]).append(',').append(optimalReturn[i])
                    .append(',').append(randomAverage[i]).append(',').append(randomReturn[i]).append('\n');
        }
        return text.toString();
    }

    /**
     * The reference in {@code text}, or empty when it is not a complete file for {@code key}: no
     * newline at the end (every row ends with one, so a file cut inside a row has none), another
     * header, a row count other than the key's episodes, episodes out of order, a field that is
     * missing or not a finite number.
     */
    static Optional<Reference> parse(ReferenceKey key, String text) {
        if (!text.endsWith("\n")) {
            return Optional.empty();
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        if (lines.length != key.episodes() + 1 || !lines[0].equals(HEADER)) {
            return Optional.empty();
        }
        List<double[]> rows = new ArrayList<>(key.episodes());
        for (int i = 1; i < lines.length; i++) {
            double[] row = row(lines[i], i);
            if (row == null) {
                return Optional.empty();
            }
            rows.add(row);
        }
        return Optional.of(new Reference(key, column(rows, 0), column(rows, 1), column(rows, 2), column(rows, 3)));
    }

    /** The four figures of the row of {@code episode}, or null when the row is malformed. */
    private static double[] row(String line, int episode) {
        String[] fields = line.split(",", -1);
        if (fields.length != COLUMNS || !fields[0].equals(Integer.toString(episode))) {
            return null;
        }
        double[] figures = new double[COLUMNS - 1];
        try {
            for (int c = 1; c < COLUMNS; c++) {
                figures[c - 1] = Double.parseDouble(fields[c]);
                if (!Double.isFinite(figures[c - 1])) {
                    return null;
                }
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return figures;
    }

    private static double[] column(List<double[]> rows, int index) {
        return rows.stream().mapToDouble(row -> row[index]).toArray();
    }
}
