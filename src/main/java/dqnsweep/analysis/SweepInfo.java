package dqnsweep.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of {@code sweep.json} that the report uses. Parsed leniently: a field the report
 * does not need may be absent, and unknown fields are ignored, so a newer runner still reports.
 *
 * @param axes the grid's axes in spec order; empty for a single cell
 * @param cells the cells in grid order
 * @param runs every planned run (cell x seed)
 * @param finishedAt null while the sweep is running or when it was interrupted
 * @param wallSeconds NaN when unknown
 */
public record SweepInfo(String name, String description, String specFile, String command, List<Axis> axes,
        List<Long> seeds, List<Cell> cells, List<RunRef> runs, int workers, String startedAt, String finishedAt,
        double wallSeconds, Machine machine) {

    /** One axis of the grid: a setting and its values, as display text. */
    public record Axis(String name, List<String> values) {
    }

    /** One grid cell: its id and its value on every axis. */
    public record Cell(String id, Map<String, String> values) {

        public String value(String axis) {
            return values.getOrDefault(axis, "");
        }
    }

    /** One planned run: its folder relative to the results folder and its resolved settings. */
    public record RunRef(String cell, long seed, String folder, JsonNode config) {

        /** A resolved setting as text, or "" when the config does not have it. */
        String setting(String key) {
            JsonNode value = config.path(key);
            return value.isMissingNode() || value.isNull() ? "" : value.asText();
        }
    }

    /** The machine the sweep ran on. */
    public record Machine(int cores, String java, String os) {
    }

    public static SweepInfo parse(JsonNode root) {
        List<Axis> axes = new ArrayList<>();
        root.path("axes").properties().forEach(e -> axes.add(new Axis(e.getKey(), texts(e.getValue()))));
        List<Long> seeds = new ArrayList<>();
        root.path("seeds").forEach(seed -> seeds.add(seed.asLong()));
        List<Cell> cells = new ArrayList<>();
        for (JsonNode cell : root.path("cells")) {
            Map<String, String> values = new LinkedHashMap<>();
            cell.path("values").properties().forEach(e -> values.put(e.getKey(), e.getValue().asText()));
            cells.add(new Cell(cell.path("id").asText(), values));
        }
        List<RunRef> runs = new ArrayList<>();
        for (JsonNode run : root.path("runs")) {
            JsonNode config = run.path("config");
            runs.add(new RunRef(run.path("cell").asText(), run.path("seed").asLong(), run.path("folder").asText(),
                    config.isObject() ? config : NullNode.getInstance()));
        }
        JsonNode machine = root.path("machine");
        return new SweepInfo(text(root, "name"), text(root, "description"), text(root, "spec_file"),
                text(root, "command"), axes, seeds, cells, runs, root.path("workers").asInt(0),
                text(root, "started_at"), nullableText(root, "finished_at"), number(root, "wall_seconds"),
                new Machine(machine.path("cores").asInt(0), text(machine, "java"), text(machine, "os")));
    }

    public List<String> axisNames() {
        return axes.stream().map(Axis::name).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }

    private static String nullableText(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private static double number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.asDouble() : Double.NaN;
    }
}
