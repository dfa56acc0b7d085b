package dqnsweep.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;

class CellIdsTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void valuesAreWrittenCanonically() {
        assertEquals("10", CellIds.text(NODES.numberNode(10)));
        assertEquals("0.001", CellIds.text(NODES.numberNode(1e-3)));
        assertEquals("10", CellIds.text(NODES.numberNode(10.0)));
        assertEquals("0.0000001", CellIds.text(NODES.numberNode(1e-7)));
        assertEquals("1e-12", CellIds.text(NODES.numberNode(1e-12)));
        assertEquals("1e20", CellIds.text(NODES.numberNode(1e20)));
        assertEquals("linear", CellIds.text(NODES.textNode("LINEAR")));
        assertEquals("pendulum-v1", CellIds.text(NODES.textNode("pendulum-v1")));
        assertEquals("true", CellIds.text(NODES.booleanNode(true)));
    }

    @Test
    void unsafeCharactersBecomeDashes() {
        assertEquals("a-b-c-d", CellIds.text(NODES.textNode("a/b\\c d")));
        assertEquals("x-y", CellIds.text(NODES.textNode("x_y")), "'_' separates pairs, so values never contain it");
    }

    @Test
    void idJoinsPairsInOrderAndEmptyIsBase() {
        LinkedHashMap<String, JsonNode> values = new LinkedHashMap<>();
        assertEquals("base", CellIds.of(values));
        values.put("iterations", NODES.numberNode(100));
        values.put("bins", NODES.numberNode(10));
        assertEquals("iterations=100_bins=10", CellIds.of(values));
        assertTrue(CellIds.isSafe(CellIds.of(values)));
        assertFalse(CellIds.isSafe("a/b"));
        assertFalse(CellIds.isSafe(""));
    }
}
