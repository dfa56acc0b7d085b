package dqnsweep.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dqnsweep.BadInputException;
import dqnsweep.io.CsvTable;
import dqnsweep.io.Json;
import dqnsweep.eval.Evaluator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AggregatesTest {

    private static final double TOLERANCE = 1e-9;

    @TempDir
    Path dir;

    /**
     * bins=10: four complete runs, scores -2, -3, -1, -6.
     * bins=20: seed 1 complete (-1), seed 2 failed, seed 3 missing, seed 4 complete (-0.5).
     */
    private Path handCheckable() throws IOException {
        return new SweepFixture(dir).axis("bins", 10, 20).seeds(1L, 2L, 3L, 4L).outcomes((values, seed) -> {
            boolean ten = values.get("bins").equals(10);
            if (ten) {
                return switch (seed.intValue()) {
                    case 1 -> run(new double[] {-1, -3}, new double[] {0.95, 0.5}, seed);
                    case 2 -> run(new double[] {-4, -2}, new double[] {0.9, 0.2}, seed);
                    case 3 -> run(new double[] {-0.5, -1.5}, new double[] {1.0, 0.89}, seed);
                    default -> run(new double[] {-6, -6}, new double[] {0, 0}, seed);
                };
            }
            return switch (seed.intValue()) {
                case 1 -> run(new double[] {-0.5, -1.5}, new double[] {1, 1}, seed);
                case 2 -> new SweepFixture.Failed("DivergedException: loss is NaN at iteration 7");
                case 3 -> new SweepFixture.Missing();
                default -> run(new double[] {-0.25, -0.75}, new double[] {0.9, 0.95}, seed);
            };
        }).write();
    }

    private static SweepFixture.Complete run(double[] rewards, double[] upright, long seed) {
        return new SweepFixture.Complete(rewards, upright, 10, 0.5, seed);
    }

    @Test
    void aggregateCsvHasTheHandComputedNumbers() throws IOException {
        Aggregates.write(handCheckable());
        CsvTable table = CsvTable.read(dir.resolve("aggregate.csv"));
        assertEquals(2, table.size());
        assertEquals("bins=10", table.text(0, "cell"));
        assertEquals("10", table.text(0, "bins"));
        assertEquals(4, table.number(0, "n_complete"));
        assertEquals(0, table.number(0, "n_failed"));
        // scores -2 -3 -1 -6: mean -12/4; deviations 1 0 2 -3, squares 14, / 3
        assertEquals(-3, table.number(0, "mean"), TOLERANCE);
        assertEquals(Math.sqrt(14.0 / 3), table.number(0, "std"), TOLERANCE);
        // sorted -6 -3 -2 -1: median (-3 - 2) / 2; IQM cuts floor(4/4) = 1 each end: (-3 - 2) / 2
        assertEquals(-2.5, table.number(0, "median"), TOLERANCE);
        assertEquals(-2.5, table.number(0, "iqm"), TOLERANCE);
        assertEquals(-6, table.number(0, "min"));
        assertEquals(-1, table.number(0, "max"));
        // upright >= 0.9: 0.95, 0.9, 1.0 (not 0.89, 0.5, 0.2, 0, 0): 3 of 8 episodes
        assertEquals(3.0 / 8, table.number(0, "solved_rate"), TOLERANCE);
        // mean of run means of upright: (0.725 + 0.55 + 0.945 + 0) / 4
        assertEquals((0.725 + 0.55 + 0.945) / 4, table.number(0, "mean_upright_fraction"), TOLERANCE);
        // return_200 is 200 x reward in the fixture
        assertEquals(-600, table.number(0, "mean_return_200"), TOLERANCE);
        assertEquals(25_000, table.number(0, "mean_steps_per_second"), TOLERANCE);
        assertTrue(table.number(0, "mean_ci_low") >= -6 && table.number(0, "mean_ci_high") <= -1);
        assertTrue(table.number(0, "mean_ci_low") <= -3 && table.number(0, "mean_ci_high") >= -3);

        assertEquals(2, table.number(1, "n_complete"));
        assertEquals(1, table.number(1, "n_failed"));
        assertEquals(1, table.number(1, "n_missing"));
        // scores -1 and -0.5
        assertEquals(-0.75, table.number(1, "mean"), TOLERANCE);
        assertEquals(Math.sqrt(0.125), table.number(1, "std"), TOLERANCE);
        assertEquals(1.0, table.number(1, "solved_rate"), TOLERANCE);
    }

    @Test
    void summaryJsonHasCellsAndThePairedComparison() throws IOException {
        Aggregates.write(handCheckable());
        JsonNode summary = Json.MAPPER.readTree(dir.resolve("summary.json").toFile());
        assertEquals(2, summary.path("cells").size());
        assertEquals(8, summary.path("runs").path("total").asInt());
        assertEquals(6, summary.path("runs").path("complete").asInt());
        assertEquals(1, summary.path("runs").path("failed").asInt());
        assertEquals(1, summary.path("runs").path("missing").asInt());
        JsonNode comparison = summary.path("comparisons").get(0);
        assertEquals("bins=10", comparison.path("from").asText());
        assertEquals("bins=20", comparison.path("to").asText());
        // to scores {-1, -0.5} vs from scores {-2, -3, -1, -6}: wins 3 + 0.5 (tie at -1) and 4: 7.5 / 8
        assertEquals(7.5 / 8, comparison.path("p_improvement").asDouble(), TOLERANCE);
        JsonNode paired = comparison.path("paired");
        // seeds 1 and 4 in both: d = (-0.5 + 1, -1.5 + 3) and (-0.25 + 6, -0.75 + 6) = .5 1.5 5.75 5.25
        assertEquals(2, paired.path("seeds").asInt());
        assertEquals(2, paired.path("episodes").asInt());
        assertEquals(13.0 / 4, paired.path("mean_difference").asDouble(), TOLERANCE);
        assertEquals(1.0, paired.path("win_rate").asDouble(), TOLERANCE);
        assertTrue(summary.path("cells").get(1).path("mean_ci").isArray());
        // seeds 2 and 3 of bins=10 have no partner, so the runs are tested unpaired: of the 15 ways to
        // take 2 of the 6 scores, those with sum >= -1.5 or <= -7.5 are as extreme as the observed
        // |-0.75 - (-3)|: {-1,-0.5} twice, {-2,-6}, {-3,-6}
        assertEquals("permutation_exact", comparison.path("test").asText());
        assertEquals(4.0 / 15, comparison.path("p_value").asDouble(), TOLERANCE);
        assertEquals(4.0 / 15, comparison.path("p_value_holm").asDouble(), TOLERANCE, "one comparison: unchanged");
        // per-seed differences 1 and 5.5: sd^2 = 10.125; (1.95996 + 0.84162)^2 sd^2 / diff^2 + 1.92
        assertEquals(10, comparison.path("seeds_for_80_percent_power").asInt());
        assertEquals(794_701, comparison.path("seeds_for_80_percent_power_at_0_01").asInt());
        assertTrue(comparison.path("note").isMissingNode());
    }

    @Test
    void sameInputSameFiles() throws IOException {
        handCheckable();
        Aggregates.write(dir);
        String first = Files.readString(dir.resolve("aggregate.csv")) + Files.readString(dir.resolve("summary.json"));
        Aggregates.write(dir);
        String second = Files.readString(dir.resolve("aggregate.csv")) + Files.readString(dir.resolve("summary.json"));
        assertEquals(first, second);
    }

    @Test
    void missingRowsMayBeAbsentFromSummaryCsv() throws IOException {
        new SweepFixture(dir).axis("bins", 10).seeds(1L, 2L).omitMissingRows()
                .outcomes((values, seed) -> seed == 1 ? SweepFixture.synthetic(values, seed, 5)
                        : new SweepFixture.Missing()).write();
        Aggregates.write(dir);
        CsvTable table = CsvTable.read(dir.resolve("aggregate.csv"));
        assertEquals(1, table.number(0, "n_complete"));
        assertEquals(1, table.number(0, "n_missing"));
        assertTrue(Double.isNaN(table.number(0, "mean_ci_low")), "one run: no interval");
    }

    @Test
    void aCompleteRunWithoutEvalCsvCountsAsFailed() throws IOException {
        new SweepFixture(dir).axis("bins", 10).seeds(1L, 2L)
                .outcomes((values, seed) -> SweepFixture.synthetic(values, seed, 5)).write();
        Files.delete(dir.resolve("cells/bins=10/2/eval.csv"));
        Aggregates.write(dir);
        CsvTable table = CsvTable.read(dir.resolve("aggregate.csv"));
        assertEquals(1, table.number(0, "n_complete"));
        assertEquals(1, table.number(0, "n_failed"));
        JsonNode summary = Json.MAPPER.readTree(dir.resolve("summary.json").toFile());
        assertTrue(summary.path("problems").get(0).asText().contains("eval.csv"));
    }

    @Test
    void aFolderWithoutSweepJsonIsBadInput() {
        BadInputException e = Assertions.assertThrows(BadInputException.class,
                () -> Aggregates.write(dir));
        assertTrue(e.getMessage().contains("not a results folder"), e.getMessage());
    }

    @Test
    void solvedThresholdIsTheRunnersOne() {
        assertEquals(Evaluator.SOLVED_UPRIGHT_FRACTION, AnalysisSettings.SOLVED_UPRIGHT_FRACTION);
    }
}
