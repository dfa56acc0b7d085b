package dqnsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dqnsweep.io.CsvTable;
import dqnsweep.io.Json;
import dqnsweep.sim.EnvName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (algorithm, environment) pair trains a tiny budget end to end, as RL Zoo's test_train does. */
class EveryAlgorithmAndEnvironmentTest {

    static Stream<Arguments> pairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (String algo : List.of("dqn", "notebook")) {
            for (EnvName env : EnvName.values()) {
                pairs.add(Arguments.of(algo, env));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("pairs")
    void trainsEvaluatesAndWritesEveryFile(String algo, EnvName env, @TempDir Path dir) throws Exception {
        List<String> args = new ArrayList<>(List.of("run", "--algo", algo, "--env", env.id(), "--iterations", "3",
                "--set", "steps_per_sequence=20", "--set", "eval_episodes=2", "--set", "eval_steps=30",
                "--out", dir.toString()));
        if (algo.equals("dqn")) {
            args.addAll(List.of("--set", "parallel_envs=2", "--set", "learning_starts=10", "--set", "batch_size=8",
                    "--set", "train_every=4"));
        }
        SweepResults cli = new SweepResults();
        assertEquals(0, cli.execute(args), cli.err.toString());

        JsonNode run = Json.MAPPER.readTree(dir.resolve("run.json").toFile());
        assertEquals("complete", run.path("status").asText());
        assertEquals(env.id(), run.path("config").path("env").asText());
        assertEquals(algo, run.path("config").path("algo").asText());
        CsvTable train = CsvTable.read(dir.resolve("train.csv"));
        assertEquals(3, train.size());
        assertTrue(train.number(2, "gradient_steps") > 0, "the network was trained");
        CsvTable eval = CsvTable.read(dir.resolve("eval.csv"));
        assertEquals(2, eval.size());
        for (double score : eval.numbers("average_reward")) {
            assertTrue(Double.isFinite(score), "a finite evaluation score");
        }
        assertTrue(Files.size(dir.resolve("model.zip")) > 0);
        assertTrue(CsvTable.read(dir.resolve("trajectory.csv")).size() > 0);
        assertEquals(env.pendulum(), Files.exists(dir.resolve("policy.csv")), "policy maps for the pendulums only");
    }
}
