package dqnsweep.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole CSV file with a header row, read as {@link Csv} writes it: RFC 4180, numbers in
 * {@link Double#toString} form, an empty cell for a missing number.
 */
public final class CsvTable {

    private final Path source;
    private final Map<String, Integer> columns;
    private final List<String[]> rows;

    private CsvTable(Path source, Map<String, Integer> columns, List<String[]> rows) {
        this.source = source;
        this.columns = columns;
        this.rows = rows;
    }

    public static CsvTable read(Path file) throws IOException {
        List<String[]> records;
        try {
            records = parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IOException("malformed CSV " + file + ": " + e.getMessage(), e);
        }
        if (records.isEmpty()) {
            throw new IOException(file + " is empty (no header row)");
        }
        Map<String, Integer> columns = new HashMap<>();
        String[] header = records.get(0);
        for (int i = 0; i < header.length; i++) {
            columns.putIfAbsent(header[i], i);
        }
        return new CsvTable(file, columns, records.subList(1, records.size()));
    }

    /**
     * RFC 4180 records: fields separated by commas, records by LF or CRLF, a field in double
     * quotes may hold commas, line breaks and doubled quotes. Blank lines are not records.
     * (commons-csv's parser needs commons-io 2.17, newer than the one the build pins.)
     */
    static List<String[]> parse(String text) {
        List<String[]> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = text.length();
        boolean atRecordStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0) {
                int close = i + 1;
                while (true) {
                    if (close >= n) {
                        throw new IllegalArgumentException("unterminated quoted field in record " + (records.size() + 1));
                    }
                    if (text.charAt(close) == '"') {
                        if (close + 1 < n && text.charAt(close + 1) == '"') {
                            field.append('"');
                            close += 2;
                            continue;
                        }
                        break;
                    }
                    field.append(text.charAt(close++));
                }
                i = close + 1;
                atRecordStart = false;
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                if (!atRecordStart) {
                    records.add(fields.toArray(String[]::new));
                }
                fields.clear();
                atRecordStart = true;
                i++;
                continue;
            } else {
                field.append(c);
            }
            atRecordStart = false;
            i++;
        }
        if (!atRecordStart) {
            fields.add(field.toString());
            records.add(fields.toArray(String[]::new));
        }
        return records;
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
