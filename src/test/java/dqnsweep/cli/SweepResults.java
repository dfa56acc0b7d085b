package dqnsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Runs the CLI in-process and compares results folders, timing columns aside. */
final class SweepResults {

    /** Columns that measure time, not results. */
    static final Set<String> TIMING = Set.of("train_seconds", "wall_seconds", "steps_per_second",
            "mean_steps_per_second", "elapsed_ms");
    /** The quick spec cut to seconds: the same 4 cells x 2 seeds (20 or 40 iterations), tiny runs. */
    static final List<String> TINY = List.of("--set", "steps_per_sequence=10", "--set", "parallel_envs=2",
            "--set", "learning_starts=20", "--set", "eval_episodes=2", "--set", "eval_steps=50");

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int execute(List<String> args) {
        var commandLine = Main.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args.toArray(String[]::new));
    }

    int sweep(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("sweep", "experiments/quick.yaml", "--out", out.toString()));
        args.addAll(TINY);
        args.addAll(List.of(extra));
        return execute(args);
    }

    /** A CSV file's rows (header first) with the timing columns emptied. */
    static List<List<String>> table(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv); CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            List<CSVRecord> records = parser.getRecords();
            List<String> header = records.get(0).toList();
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : records) {
                List<String> row = new ArrayList<>(record.toList());
                for (int i = 0; i < header.size(); i++) {
                    if (record.getRecordNumber() > 1 && TIMING.contains(header.get(i))) {
                        row.set(i, "");
                    }
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** Same summary.csv and aggregate.csv (timing aside) and the same CSV files in every run folder. */
    static void assertSameResults(Path expected, Path actual) throws IOException {
        for (String file : List.of("summary.csv", "aggregate.csv")) {
            assertEquals(table(expected.resolve(file)), table(actual.resolve(file)), file);
        }
        List<Path> runFiles = csvFiles(expected);
        assertEquals(runFiles, csvFiles(actual), "run files");
        for (Path file : runFiles) {
            assertEquals(table(expected.resolve(file)), table(actual.resolve(file)), file.toString());
        }
    }

    private static List<Path> csvFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve("cells"))) {
            return files.filter(f -> f.toString().endsWith(".csv")).map(root::relativize).sorted().toList();
        }
    }
}
