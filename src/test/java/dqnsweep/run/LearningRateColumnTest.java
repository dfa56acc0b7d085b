package dqnsweep.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dqnsweep.agent.ConfigTestSupport;
import org.junit.jupiter.api.Test;

class LearningRateColumnTest {

    @Test
    void theStepSizeHalvesEveryHalfLife() {
        var config = ConfigTestSupport.with(ConfigTestSupport.tinyDqn(1), "learning_rate", 0.001,
                "learning_rate_half_life", 5000);
        assertEquals(0.001, RunFiles.learningRate(config, 0), 1e-15);
        assertEquals(0.0005, RunFiles.learningRate(config, 5000), 1e-12);
        assertEquals(0.00025, RunFiles.learningRate(config, 10_000), 1e-12);
        var constant = ConfigTestSupport.with(ConfigTestSupport.tinyDqn(1), "learning_rate", 0.001,
                "learning_rate_half_life", 0);
        assertEquals(0.001, RunFiles.learningRate(constant, 1_000_000), 0);
    }
}
