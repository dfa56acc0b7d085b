package dqnsweep.io;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * A whole CSV file with a header row, read as {@link Csv} writes it (commons-csv, RFC 4180):
 * numbers in {@link Double#toString} form, an empty cell for a missing number.
 */
public final class CsvTable {

    /** RFC 4180 with the first record as the header; blank lines are not records. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).build();

    private final Path source;
    private final Map<String, Integer> columns;
    private final List<String[]> rows;

    private CsvTable(Path source, Map<String, Integer> columns, List<String[]> rows) {
        this.source = source;
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * Reads a whole file. Every record must have as many fields as the header: a file cut off in
     * the middle of a row (a full disk, a killed writer) is refused, not read as a shorter table.
     */
    public static CsvTable read(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        Map<String, Integer> columns = new HashMap<>();
        // A decoder of its own: it reports bytes that are not UTF-8 where a reader would replace them.
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder()), FORMAT)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                throw new IOException(file + " is empty (no header row)");
            }
            for (int i = 0; i < header.size(); i++) {
                columns.putIfAbsent(header.get(i), i);
            }
            for (CSVRecord record : parser) {
                if (record.size() != header.size()) {
                    throw new IOException(file + " row " + (record.getRecordNumber() + 1) + " has " + record.size()
                            + " fields where the header has " + header.size() + " (a truncated or damaged file)");
                }
                rows.add(record.values());
            }
        } catch (CharacterCodingException e) {
            throw new IOException(file + " is not UTF-8 text", e);
        } catch (UncheckedIOException e) {
            throw e.getCause() instanceof CharacterCodingException ? new IOException(file + " is not UTF-8 text", e)
                    : new IOException("malformed CSV " + file + ": " + e.getCause().getMessage(), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException("malformed CSV " + file + ": " + e.getMessage(), e);
        }
        return new CsvTable(file, columns, rows);
    }

    public int size() {
        return rows.size();
    }

    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The cell's text; "" when the column is absent or the row is short. */
    public String text(int row, String column) {
        Integer index = columns.get(column);
        String[] values = rows.get(row);
        return index == null || index >= values.length ? "" : values[index];
    }

    /** The cell as a number; NaN when empty or absent. */
    public double number(int row, String column) throws IOException {
        String text = text(row, column).trim();
        if (text.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IOException(source + " row " + (row + 2) + ": " + column + " is not a number: " + text, e);
        }
    }

    /** A whole column as numbers; the column must exist. */
    public double[] numbers(String column) throws IOException {
        require(column);
        double[] values = new double[rows.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = number(i, column);
        }
        return values;
    }

    public void require(String... required) throws IOException {
        for (String column : required) {
            if (!columns.containsKey(column)) {
                throw new IOException(source + " has no column " + column);
            }
        }
    }
}
