package dqnsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dqnsweep.io.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seals the output formats, as JMH's golden files seal its result formats: the header of every
 * CSV the project writes, the keys of its JSON files, and the complete train.csv (timing aside),
 * eval.csv and eval_curve.csv of one short fixed run, compared byte for byte with the files under
 * {@code src/test/resources/dqnsweep/golden}. A change of format or of the numbers then shows in
 * review. After an intended change, rewrite them with
 * {@code mvn test -Dtest=GoldenFilesTest -Dgolden.update=true} and read the diff.
 *
 * <p>The numbers depend on OpenBLAS's kernel, which the test JVM pins (OPENBLAS_CORETYPE=Haswell
 * in the pom), so they hold on any x86-64 CPU with AVX2.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/dqnsweep/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    /** One short run with the built-in defaults: 8 iterations (2,000 steps, 32 gradient steps), 5 episodes. */
    private static final List<String> RUN = List.of("run", "--iterations", "8", "--seed", "1",
            "--set", "eval_episodes=5");

    @TempDir
    static Path dir;
    private static Path run;
    private static Path sweep;

    @BeforeAll
    static void produce() {
        SweepResults cli = new SweepResults();
        run = dir.resolve("run");
        List<String> args = new ArrayList<>(RUN);
        args.addAll(List.of("--out", run.toString()));
        assertEquals(0, cli.execute(args), cli.err.toString());
        sweep = dir.resolve("sweep");
        assertEquals(0, cli.sweep(sweep, "--workers", "1", "--only", "bins=10,iterations=20"), cli.err.toString());
    }

    @Test
    void theFixedRunsTrainingAndEvaluationFiles() throws IOException {
        check("run/train.csv", withoutTiming(run.resolve("train.csv")));
        check("run/eval.csv", Files.readString(run.resolve("eval.csv")));
        check("run/eval_curve.csv", Files.readString(run.resolve("eval_curve.csv")));
    }

    @Test
    void theHeaderOfEveryCsv() throws IOException {
        check("headers.txt", headers());
    }

    @Test
    void theKeysOfEveryJsonFile() throws IOException {
        check("run.json.keys", keys(run.resolve("run.json")));
        check("sweep.json.keys", keys(sweep.resolve("sweep.json")));
        check("summary.json.keys", keys(sweep.resolve("summary.json")));
    }

    /** The README's column tables name every column the code writes, in order. */
    @Test
    void theReadmeListsEveryColumn() throws IOException {
        Map<String, String> documented = readmeColumns();
        Map<String, String> written = new LinkedHashMap<>();
        for (String line : headers().split("\n")) {
            String[] parts = line.split(": ", 2);
            written.put(parts[0], parts[1]);
        }
        assertEquals(written, documented);
    }

    private static String headers() throws IOException {
        Path runFolder = sweep.resolve("cells/bins=10_iterations=20/1");
        StringBuilder out = new StringBuilder();
        for (Path file : List.of(run.resolve("train.csv"), run.resolve("eval.csv"), run.resolve("eval_curve.csv"),
                run.resolve("trajectory.csv"), run.resolve("worst_episodes.csv"),
                run.resolve("policy.csv"), sweep.resolve("summary.csv"), sweep.resolve("aggregate.csv"))) {
            out.append(file.getFileName()).append(": ").append(Files.readAllLines(file).get(0)).append('\n');
        }
        assertTrue(Files.isRegularFile(runFolder.resolve("eval.csv")), "the sweep's run has the same files");
        return out.toString();
    }

    /** Every key path of a JSON file, in written order; array elements as [], their keys merged. */
    private static String keys(Path file) throws IOException {
        Set<String> paths = new LinkedHashSet<>();
        collect(Json.MAPPER.readTree(file.toFile()), "", paths);
        return paths.stream().collect(Collectors.joining("\n", "", "\n"));
    }

    private static void collect(JsonNode node, String path, Set<String> paths) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                paths.add(child);
                collect(e.getValue(), child, paths);
            });
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, path + "[]", paths));
        }
    }

    private static String withoutTiming(Path csv) throws IOException {
        StringBuilder out = new StringBuilder();
        for (List<String> row : SweepResults.table(csv)) {
            out.append(String.join(",", row)).append('\n');
        }
        return out.toString();
    }

    /** File name to its columns, from the README's "Columns" table, with the quick spec's axes for {@code <axes>}. */
    private static Map<String, String> readmeColumns() throws IOException {
        Pattern row = Pattern.compile("^\\| `([a-z_]+\\.csv)` \\| (.*) \\|$");
        Map<String, String> columns = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            Matcher m = row.matcher(line);
            if (m.matches() && m.group(2).startsWith("`")) {
                columns.put(m.group(1), m.group(2).replace("`", "").replace(", ", ",")
                        .replace("<axes>", "bins,iterations"));
            }
        }
        return columns;
    }

    private static void check(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.isRegularFile(golden), golden + " is missing; create it with -Dgolden.update=true");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                name + " differs from its golden file; if the change is intended, rerun with -Dgolden.update=true "
                        + "and review the diff");
    }
}
