package dqnsweep.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV with locale-independent numbers, readable by pandas and R. Doubles are written
 * with {@link Double#toString}, which always reads back to the same bits; NaN is an empty cell.
 */
public final class Csv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").build();

    private final CSVPrinter printer;

    private Csv(Writer writer, List<String> header) throws IOException {
        printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(header);
    }

    public static Csv open(Writer writer, List<String> header) throws IOException {
        return new Csv(writer, header);
    }

    public void row(Object... values) throws IOException {
        for (Object value : values) {
            printer.print(cell(value));
        }
        printer.println();
    }

    public void flush() throws IOException {
        printer.flush();
    }

    /** The text of one cell: numbers in round-trip form, NaN and null as empty cells. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof Float f) {
            return number(f.doubleValue());
        }
        return value.toString();
    }

    public static String number(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }
}
