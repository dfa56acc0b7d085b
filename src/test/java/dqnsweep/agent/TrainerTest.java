package dqnsweep.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dqnsweep.config.Algo;
import dqnsweep.config.RunConfig;
import dqnsweep.sim.TorqueBins;
import dqnsweep.spec.ConfigResolver;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainerTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void dqnRunIsBitIdenticalForTheSameSeedAndDiffersForAnother() {
        List<IterationRecord> first = train(ConfigTestSupport.tinyDqn(3));
        List<IterationRecord> again = train(ConfigTestSupport.tinyDqn(3));
        List<IterationRecord> other = train(ConfigTestSupport.tinyDqn(4));
        assertEquals(first, again);
        assertNotEquals(first, other);
    }

    @Test
    void advantageLearningChangesTheLearningAndStaysDeterministic() {
        // A budget of 18 updates (the planned count) so alpha reaches its value within the run.
        RunConfig plain = ConfigTestSupport.with(ConfigTestSupport.tinyDqn(3), "max_gradient_steps", 18);
        RunConfig widened = ConfigTestSupport.with(plain, "advantage_learning", 0.9);
        List<IterationRecord> withPlain = train(plain);
        List<IterationRecord> withAlpha = train(widened);
        assertEquals(withAlpha, train(widened));
        assertNotEquals(withPlain.get(withPlain.size() - 1).loss(), withAlpha.get(withAlpha.size() - 1).loss());
    }

    @Test
    void dqnRecordsOneRowPerSequenceWithStepsAndLearning() {
        RunConfig config = ConfigTestSupport.tinyDqn(1);
        List<IterationRecord> records = train(config);
        assertEquals(config.iterations(), records.size());
        for (int i = 0; i < records.size(); i++) {
            assertEquals(i + 1, records.get(i).iteration());
            assertTrue(records.get(i).averageReward() < 0, "pendulum rewards are costs");
        }
        assertEquals(config.trainingSteps(), records.get(records.size() - 1).envSteps());
        // 400 steps, training from step 50 every 20 steps: the last sequences carry a loss.
        assertTrue(Double.isFinite(records.get(records.size() - 1).loss()));
    }

    @Test
    void takesThePlannedNumberOfGradientSteps() {
        RunConfig tiny = ConfigTestSupport.tinyDqn(1);
        List<RunConfig> configs = List.of(tiny,
                ConfigTestSupport.with(tiny, "frame_skip", 3, "gradient_steps", 2),
                ConfigTestSupport.with(tiny, "max_gradient_steps", 7),
                ConfigTestSupport.with(ConfigResolver.builtIn(Algo.NOTEBOOK), "iterations", 2, "steps_per_sequence", 20));
        for (RunConfig config : configs) {
            List<IterationRecord> records = train(config);
            assertEquals(config.plannedGradientSteps(), records.get(records.size() - 1).gradientSteps(),
                    config.toString());
        }
        // 400 steps, the first event at step 50, then every 20 steps: 18 events; a budget of 7 spreads them to every 58.
        assertEquals(18, tiny.plannedGradientSteps());
        assertEquals(6, ConfigTestSupport.with(tiny, "max_gradient_steps", 7).plannedGradientSteps());
    }

    @Test
    void notebookRunIsDeterministicAndDecaysEpsilonPerSequence() {
        RunConfig config = ConfigTestSupport.with(ConfigResolver.builtIn(Algo.NOTEBOOK), "iterations", 3,
                "steps_per_sequence", 30, "seed", 5);
        List<IterationRecord> first = train(config);
        assertEquals(first, train(config));
        assertEquals(List.of(0.9999, 0.9998000100000001, 0.9997000299990001),
                first.stream().map(IterationRecord::epsilon).toList());
        assertEquals(List.of(30L, 60L, 90L), first.stream().map(IterationRecord::envSteps).toList());
        assertEquals(List.of(30L, 60L, 90L), first.stream().map(IterationRecord::gradientSteps).toList());
        assertTrue(first.stream().allMatch(r -> Double.isFinite(r.loss())));
    }

    @Test
    void amaxQuirkTakesTheLargestQValueAsATorque() {
        TorqueBins bins = new TorqueBins(20, 2);
        float[] negative = {-3f, -0.4f, -5f, -1f, -2f, -2f, -2f, -2f, -2f, -2f, -2f, -2f, -2f, -2f, -2f, -2f, -2f,
            -2f, -2f, -2f};
        // max Q = -0.4, read as a torque, snaps to the bin nearest -0.4 (-0.3157... is bin 8, -0.526 bin 7).
        assertEquals(bins.nearest(-0.4), NotebookTrainer.exploitBin(negative, bins, true));
        assertEquals(8, NotebookTrainer.exploitBin(negative, bins, true));
        assertEquals(1, NotebookTrainer.exploitBin(negative, bins, false));
        float[] veryNegative = new float[20];
        Arrays.fill(veryNegative, -9f);
        veryNegative[12] = -2.5f;
        // All Q-values below -2: the quirk always pushes with the lowest torque, bin 0.
        assertEquals(0, NotebookTrainer.exploitBin(veryNegative, bins, true));
    }

    /** CartPole's episodes end when the pole falls; a budget of steps is played to its end and no further. */
    @Test
    void aBudgetOfStepsEndsTrainingWithinOneLockstepStepOfIt() {
        for (String algo : List.of("dqn", "notebook")) {
            RunConfig config = ConfigResolver.resolve(List.of(JsonNodeFactory.instance.objectNode().put("algo", algo)
                    .put("env", "cartpole").put("total_steps", 1500).put("eval_episodes", 2)));
            List<IterationRecord> records = train(config);
            long steps = records.get(records.size() - 1).envSteps();
            assertTrue(steps >= 1500 && steps < 1500 + config.trainingStepGrain(), algo + ": " + steps);
            assertTrue(records.size() > 3, algo + ": early episodes end when the pole falls, long before 500 steps");
            for (IterationRecord record : records) {
                assertEquals(1.0, record.averageReward(), algo + ": CartPole pays 1 per step, the last included");
            }
        }
    }

    private static List<IterationRecord> train(RunConfig config) {
        List<IterationRecord> records = new ArrayList<>();
        Trainer.create(config, FIXED).train(records::add);
        return records;
    }
}
