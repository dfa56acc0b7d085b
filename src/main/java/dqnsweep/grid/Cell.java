package dqnsweep.grid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;

/**
 * One combination of grid values: the unit that is run once per seed.
 *
 * @param index position in the expanded grid, from 0, in declared order
 * @param id readable, stable, file-name-safe name, e.g. {@code bins=10_iterations=100}; {@code base}
 *     for the single cell of a spec without a grid
 * @param values the grid values of this cell, in axis order (empty for {@code base}); copied in and out
 */
public record Cell(int index, String id, LinkedHashMap<String, JsonNode> values) {

    public Cell {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative, got " + index);
        }
        if (id == null || !CellIds.isSafe(id)) {
            throw new IllegalArgumentException("id must be a non-empty file name of [A-Za-z0-9._+=-], got " + id);
        }
        if (values == null) {
            throw new IllegalArgumentException("values are required (may be empty)");
        }
        values = copy(values);
    }

    @Override
    public LinkedHashMap<String, JsonNode> values() {
        return copy(values);
    }

    /** The values as a settings layer for {@code ConfigResolver.resolve}. */
    public ObjectNode settings() {
        ObjectNode layer = JsonNodeFactory.instance.objectNode();
        values.forEach((key, value) -> layer.set(key, value.deepCopy()));
        return layer;
    }

    private static LinkedHashMap<String, JsonNode> copy(LinkedHashMap<String, JsonNode> values) {
        LinkedHashMap<String, JsonNode> copy = new LinkedHashMap<>();
        values.forEach((key, value) -> copy.put(key, value.deepCopy()));
        return copy;
    }
}
