package dqnsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dqnsweep.sweep.RunBackends;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same sweep on Spark local[2] as on the worker pool; Spark is on the test classpath (provided scope). */
class SparkSweepTest {

    private static final String[] SPARK = {"--executor", "spark", "--spark-master", "local[2]"};

    @TempDir
    Path dir;

    @BeforeEach
    void needsSpark() {
        assumeTrue(RunBackends.sparkAvailable(), "Spark is not on the test classpath");
    }

    @Test
    void sparkLocalGivesTheSameResultsAsThePool() throws Exception {
        SweepResults cli = new SweepResults();
        assertEquals(ExitCodes.OK, cli.sweep(dir.resolve("pool")), cli.err.toString());
        assertEquals(ExitCodes.OK, cli.sweep(dir.resolve("spark"), SPARK), cli.err.toString());
        SweepResults.assertSameResults(dir.resolve("pool"), dir.resolve("spark"));
        assertTrue(Files.readString(dir.resolve("spark/sweep.json")).contains("\"spark(local[2])\""));
        for (String file : List.of("model.zip", "run.json")) {
            assertTrue(Files.size(dir.resolve("spark/cells/bins=20_iterations=40/2").resolve(file)) > 0, file);
        }
    }

    @Test
    void aFailingRunStaysAFailedRowOnSparkAndTheOthersComplete() throws Exception {
        Path spec = Files.writeString(dir.resolve("failing.yaml"), """
                name: failing
                base:
                  env: pendulum
                  iterations: 2
                  steps_per_sequence: 50
                  learning_starts: 20
                  eval_episodes: 2
                grid:
                  reward_scale: [1, 1e300]
                seeds: 2
                """);
        SweepResults cli = new SweepResults();
        for (String backend : List.of("pool", "spark")) {
            List<String> args = new ArrayList<>(List.of("sweep", spec.toString(), "--out",
                    dir.resolve(backend).toString()));
            if (backend.equals("spark")) {
                args.addAll(List.of(SPARK));
            }
            assertEquals(ExitCodes.RUN_FAILED, cli.execute(args), cli.err.toString());
        }
        List<List<String>> rows = SweepResults.table(dir.resolve("spark/summary.csv"));
        int status = rows.get(0).indexOf("status");
        int error = rows.get(0).indexOf("error");
        assertEquals(List.of("complete", "complete", "failed", "failed"),
                rows.subList(1, rows.size()).stream().map(row -> row.get(status)).toList());
        assertTrue(rows.get(3).get(error).contains("Diverged"), rows.get(3).toString());
        assertTrue(Files.readString(dir.resolve("spark/cells").resolve(rows.get(3).get(0)).resolve("2/error.txt"))
                .contains("Diverged"));
        SweepResults.assertSameResults(dir.resolve("pool"), dir.resolve("spark"));
    }
}
