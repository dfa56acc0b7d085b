package dqnsweep.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {

    @TempDir
    Path dir;

    @Test
    void readsBackWhatCsvWrites() throws IOException {
        StringWriter text = new StringWriter();
        Csv csv = Csv.open(text, List.of("cell", "seed", "score", "error"));
        csv.row("bins=10", 1, -0.123456789012345, "");
        csv.row("a,b", 2, Double.NaN, "said \"no\"\nthen left");
        csv.row("", 3, 1e-300, null);
        csv.flush();
        Path file = dir.resolve("t.csv");
        Files.writeString(file, text.toString());
        CsvTable table = CsvTable.read(file);
        assertEquals(3, table.size());
        assertEquals("bins=10", table.text(0, "cell"));
        assertEquals(-0.123456789012345, table.number(0, "score"));
        assertEquals("a,b", table.text(1, "cell"));
        assertTrue(Double.isNaN(table.number(1, "score")));
        assertEquals("said \"no\"\nthen left", table.text(1, "error"));
        assertEquals(1e-300, table.number(2, "score"));
        assertEquals("", table.text(2, "error"));
        assertArrayEquals(new double[] {1, 2, 3}, table.numbers("seed"));
    }

    @Test
    void readsCrLfTrailingCommasAndBlankLines() throws IOException {
        CsvTable table = table("a,b\r\n1,\r\n\r\n\"x\"\"y\",\"\"\n");
        assertEquals(2, table.size());
        assertEquals("1", table.text(0, "a"));
        assertEquals("", table.text(0, "b"));
        assertEquals("x\"y", table.text(1, "a"));
        assertEquals("2", table("p,q\n1,2").text(0, "q"), "no final newline");
    }

    @Test
    void refusesARowCutOffMidway() throws IOException {
        IOException e = assertThrows(IOException.class, () -> table("episode,average_reward,return_200\n"
                + "1,-0.5,-120.0\n2,-0.6"));
        assertTrue(e.getMessage().endsWith("row 3 has 2 fields where the header has 3 (a truncated or damaged file)"),
                e.getMessage());
    }

    @Test
    void refusesTextThatIsNotUtf8() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, new byte[] {'a', '\n', (byte) 0xE9, '\n'});
        IOException e = assertThrows(IOException.class, () -> CsvTable.read(file));
        assertEquals(file + " is not UTF-8 text", e.getMessage());
    }

    private CsvTable table(String text) throws IOException {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, text);
        return CsvTable.read(file);
    }

    @Test
    void explainsBadFiles() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "a,b\n\"open,1\n");
        assertThrows(IOException.class, () -> CsvTable.read(file));
        Files.writeString(file, "a,b\nx,1\n");
        IOException e = assertThrows(IOException.class, () -> CsvTable.read(file).numbers("a"));
        assertTrue(e.getMessage().contains("row 2") && e.getMessage().contains("not a number"), e.getMessage());
        assertThrows(IOException.class, () -> CsvTable.read(file).require("c"));
        Files.writeString(file, "");
        assertThrows(IOException.class, () -> CsvTable.read(file));
    }
}
