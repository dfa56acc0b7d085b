package dqnsweep.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dqnsweep.BadInputException;
import dqnsweep.agent.ConfigTestSupport;
import dqnsweep.agent.ModelFile;
import dqnsweep.agent.QNetwork;
import dqnsweep.config.RunConfig;
import dqnsweep.eval.PolicyMap;
import dqnsweep.sim.Pendulum;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunExecutorTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void writesEveryOutputAndMarksTheRunComplete(@TempDir Path dir) throws Exception {
        RunConfig config = ConfigTestSupport.tinyDqn(2);
        RunSummary summary = new RunExecutor(FIXED).execute(config, dir, TrainingProgress.NONE);
        for (String name : List.of("train.csv", "eval.csv", "trajectory.csv", "policy.csv", "model.zip", "run.json")) {
            assertTrue(Files.size(dir.resolve(name)) > 0, name);
        }
        RunSummary reread = RunExecutor.readSummary(dir);
        assertTrue(reread.complete());
        assertEquals(ConfigHash.of(config), reread.configHash());
        assertEquals(config, reread.config());
        assertEquals(summary.evaluation(), reread.evaluation());
        assertEquals(config.iterations(), rows(dir.resolve("train.csv")).size());
        assertEquals(config.evalEpisodes(), rows(dir.resolve("eval.csv")).size());
        assertFalse(Files.list(dir).anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
    }

    @Test
    void evaluationFiguresAgreeWithTheRecordedTrajectory(@TempDir Path dir) throws Exception {
        RunConfig config = ConfigTestSupport.tinyDqn(2);
        new RunExecutor(FIXED).execute(config, dir, TrainingProgress.NONE);
        List<CSVRecord> trajectory = rows(dir.resolve("trajectory.csv"));
        CSVRecord firstEpisode = rows(dir.resolve("eval.csv")).get(0);
        double total = 0;
        double upright = 0;
        int steps = 0;
        for (CSVRecord row : trajectory) {
            if (row.get("episode").equals("1")) {
                total += Double.parseDouble(row.get("reward"));
                steps++;
            }
        }
        assertEquals(config.evalSteps(), steps);
        assertEquals(Double.parseDouble(firstEpisode.get("return")), total, 1e-9);
        assertEquals(total / steps, Double.parseDouble(firstEpisode.get("average_reward")), 1e-9);
        // The state before step t+1 is the state after step t: check the upright share from it.
        for (int t = 1; t < steps; t++) {
            if (t >= steps - 100 + 1 || t == steps) {
                double theta = Double.parseDouble(trajectory.get(t).get("theta"));
                upright += Math.abs(Pendulum.normalizeAngle(theta)) <= Pendulum.UPRIGHT_ANGLE ? 1 : 0;
            }
        }
        double fraction = Double.parseDouble(firstEpisode.get("upright_fraction"));
        // The last step's resulting state is not in the trajectory: allow one step of difference.
        assertEquals(fraction, upright / 100, 1.0 / 100 + 1e-12);
    }

    @Test
    void savedModelGivesTheQValuesOfThePolicyMap(@TempDir Path dir) throws Exception {
        RunConfig config = ConfigTestSupport.tinyDqn(7);
        new RunExecutor(FIXED).execute(config, dir, TrainingProgress.NONE);
        QNetwork model;
        try (ModelFile file = ModelFile.open(dir.resolve("model.zip"))) {
            model = file.network(config);
        }
        List<CSVRecord> policy = rows(dir.resolve("policy.csv"));
        assertEquals(41 * 41, policy.size());
        // The reloaded model recomputes the whole map (same batch, same kernels): bit-identical values.
        PolicyMap.Point[] points = PolicyMap.compute(model, config, 41, 41);
        for (int i = 0; i < points.length; i++) {
            assertEquals(Double.parseDouble(policy.get(i).get("q_max")), points[i].value(), 0.0);
            assertEquals(Double.parseDouble(policy.get(i).get("torque")), points[i].torque(), 0.0);
        }
    }

    @Test
    void sameConfigurationGivesByteIdenticalResults(@TempDir Path dir) throws Exception {
        RunConfig config = ConfigTestSupport.tinyDqn(9);
        new RunExecutor(FIXED).execute(config, dir.resolve("a"), TrainingProgress.NONE);
        new RunExecutor(FIXED).execute(config, dir.resolve("b"), TrainingProgress.NONE);
        for (String name : List.of("train.csv", "eval.csv", "trajectory.csv", "policy.csv", "run.json")) {
            assertEquals(Files.readString(dir.resolve("a").resolve(name)), Files.readString(dir.resolve("b").resolve(name)),
                    name);
        }
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/model.zip")), Files.readAllBytes(dir.resolve("b/model.zip")));
    }

    @Test
    void unwritableFolderIsBadInput(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("occupied"), "x");
        assertThrows(BadInputException.class, () -> new RunExecutor(FIXED)
                .execute(ConfigTestSupport.tinyDqn(1), file.resolve("run"), TrainingProgress.NONE));
    }

    private static List<CSVRecord> rows(Path csv) throws Exception {
        try (var reader = Files.newBufferedReader(csv)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader).getRecords();
        }
    }
}
