package dqnsweep.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dqnsweep.BadInputException;
import dqnsweep.config.InvalidSettingException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingValuesTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void commandLineValuesReadLikeSpecValues() {
        assertTrue(SettingValues.parse("gamma", "0.99").isDouble());
        assertEquals(1e-3, SettingValues.parse("learning_rate", "1e-3").doubleValue());
        assertTrue(SettingValues.parse("bins", "20").isInt());
        assertTrue(SettingValues.parse("double_dqn", "true").isBoolean());
        JsonNode yes = SettingValues.parse("double_dqn", "yes");
        assertTrue(yes.isTextual(), "yes is text on the command line too");
        assertEquals("", SettingValues.parse("env", "").asText());
        assertThrows(InvalidSettingException.class, () -> SettingValues.parse("bins", "[1, 2]"));
        assertThrows(InvalidSettingException.class, () -> SettingValues.parse("bins", "*alias"));
        assertThrows(InvalidSettingException.class, () -> SettingValues.parse("env", "!!java.lang.Runtime x"));
    }

    @Test
    void sameComparesByMeaning() {
        assertTrue(SettingValues.same(NODES.numberNode(20), NODES.numberNode(20.0)));
        assertTrue(SettingValues.same(NODES.numberNode(0.001), NODES.numberNode(1e-3)));
        assertFalse(SettingValues.same(NODES.numberNode(20), NODES.numberNode(21)));
        assertTrue(SettingValues.same(NODES.textNode("LINEAR"), NODES.textNode("linear")));
        assertFalse(SettingValues.same(NODES.textNode("20"), NODES.numberNode(20)));
        assertTrue(SettingValues.same(NODES.booleanNode(true), NODES.booleanNode(true)));
        assertFalse(SettingValues.same(NODES.booleanNode(true), NODES.textNode("true")));
    }

    @Test
    void overridesBecomeOneCheckedLayer() {
        ObjectNode layer = Overrides.parse(List.of("bins=30", "gamma=0.9", "bins=31", "env=cartpole"));
        assertEquals(31, layer.get("bins").intValue());
        assertEquals(0.9, layer.get("gamma").doubleValue());
        assertEquals("cartpole", layer.get("env").asText());
        assertEquals("--set expects KEY=VALUE, got 'bins'",
                assertThrows(BadInputException.class, () -> Overrides.parse(List.of("bins"))).getMessage());
        assertEquals("--set lr=0.1: unknown setting",
                assertThrows(BadInputException.class, () -> Overrides.parse(List.of("lr=0.1"))).getMessage());
        assertEquals("--set double_dqn=yes: double_dqn must be true or false, got the text 'yes'",
                assertThrows(BadInputException.class, () -> Overrides.parse(List.of("double_dqn=yes"))).getMessage());
        assertEquals("--set bins=2.5: bins must be a whole number, got 2.5",
                assertThrows(BadInputException.class, () -> Overrides.parse(List.of("bins=2.5"))).getMessage());
    }

    @Test
    void typesComeFromRunConfig() {
        assertEquals(List.of("pendulum", "pendulum-v1", "cartpole", "acrobot", "mountaincar"),
                SettingTypes.choices("env"));
        assertEquals(List.of(), SettingTypes.choices("bins"));
        assertTrue(SettingTypes.problem("eval_seed", NODES.numberNode(3_000_000_000L)).isEmpty(), "long setting");
        assertTrue(SettingTypes.problem("learning_rate", NODES.numberNode(1)).isEmpty(), "a whole number is a number");
        assertEquals("has no value", SettingTypes.problem("bins", NODES.nullNode()).orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> SettingTypes.problem("nope", NODES.numberNode(1)));
    }
}
