package dqnsweep.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AdvantageLearningTest {

    @Test
    void alphaRisesLinearlyOverTheUpdateBudgetAndThenStays() {
        assertEquals(0.0, AdvantageLearning.weight(0.9, 0, 10_000), "plain DQN at the first update");
        assertEquals(0.225, AdvantageLearning.weight(0.9, 2_500, 10_000), 1e-12);
        assertEquals(0.9, AdvantageLearning.weight(0.9, 10_000, 10_000), 1e-12);
        assertEquals(0.9, AdvantageLearning.weight(0.9, 12_000, 10_000), 1e-12, "past the budget it stays at alpha");
        assertEquals(0.0, AdvantageLearning.weight(0.0, 5_000, 10_000), "alpha 0 is plain DQN throughout");
    }
}
