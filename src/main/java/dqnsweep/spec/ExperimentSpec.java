package dqnsweep.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An experiment as written in its spec file: fixed settings ({@code base}), the axes to vary
 * ({@code grid}, in declared order), the seeds, extra and dropped combinations, and where and how
 * wide to run. {@link SpecLoader} builds it from YAML and checks every value's type;
 * {@code dqnsweep.grid.GridExpander} turns it into cells and runs and checks the combinations.
 *
 * <p>The record is an immutable snapshot: mutable parts are copied in and copied out.
 *
 * @param file the spec file as the user named it (used in messages)
 * @param name letters, digits, '.', '_' and '-'; the default output folder is results/&lt;name&gt;
 * @param description free text, "" when absent
 * @param base settings shared by every run (snake_case keys of {@code RunConfig})
 * @param grid axis name to its values, in declared order; empty for a single cell
 * @param seeds the seed of each run of a cell, in order; each run's {@code seed} is the value itself
 * @param include extra cells: assignments of some or all axes, added after the grid
 * @param exclude grid cells to drop: every cell matching all keys of an entry
 * @param workers parallel runs, when the spec sets it
 * @param out output folder, when the spec sets it
 * @param sources where each key path was written, for located messages
 */
public record ExperimentSpec(Path file, String name, String description, ObjectNode base,
        LinkedHashMap<String, List<JsonNode>> grid, List<Long> seeds,
        List<ObjectNode> include, List<ObjectNode> exclude, Optional<Integer> workers, Optional<Path> out,
        SourceMap sources) {

    /** What a spec name may contain: it becomes a folder name. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");

    public ExperimentSpec {
        require(file != null, "file is required");
        require(name != null && NAME.matcher(name).matches() && !name.equals(".") && !name.equals(".."),
                "name must match " + NAME + " and not be '.' or '..', got " + name);
        require(description != null, "description is required (use \"\")");
        require(base != null && !base.has("seed"), "base is required and must not set seed");
        require(grid != null && !grid.containsKey("seed"), "grid is required (may be empty) and must not vary seed");
        grid.forEach((axis, values) -> require(values != null && !values.isEmpty(), "axis " + axis + " is empty"));
        require(seeds != null && !seeds.isEmpty(), "seeds must not be empty");
        require(new HashSet<>(seeds).size() == seeds.size(), "seeds must be distinct, got " + seeds);
        require(include != null && exclude != null, "include and exclude are required (may be empty)");
        require(workers != null && workers.map(w -> w >= 1).orElse(true), "workers must be at least 1");
        require(out != null && sources != null, "out and sources are required (may be empty)");
        base = base.deepCopy();
        grid = copy(grid);
        seeds = List.copyOf(seeds);
        include = include.stream().map(ObjectNode::deepCopy).toList();
        exclude = exclude.stream().map(ObjectNode::deepCopy).toList();
    }

    /** A spec built in code, without source positions. */
    public ExperimentSpec(Path file, String name, String description, ObjectNode base,
            LinkedHashMap<String, List<JsonNode>> grid, List<Long> seeds,
            List<ObjectNode> include, List<ObjectNode> exclude, Optional<Integer> workers, Optional<Path> out) {
        this(file, name, description, base, grid, seeds, include, exclude, workers, out, SourceMap.empty());
    }

    @Override
    public ObjectNode base() {
        return base.deepCopy();
    }

    @Override
    public LinkedHashMap<String, List<JsonNode>> grid() {
        return copy(grid);
    }

    @Override
    public List<ObjectNode> include() {
        return include.stream().map(ObjectNode::deepCopy).toList();
    }

    @Override
    public List<ObjectNode> exclude() {
        return exclude.stream().map(ObjectNode::deepCopy).toList();
    }

    /** The grid's axis names in declared order. */
    public List<String> axes() {
        return List.copyOf(grid.keySet());
    }

    /** The values of one axis, in declared order (empty for a name that is not an axis). */
    public List<JsonNode> axis(String name) {
        return grid.getOrDefault(name, List.of()).stream().map(value -> value.<JsonNode>deepCopy()).toList();
    }

    /** {@code out} when the spec sets it, else results/&lt;name&gt; (relative to the working directory). */
    public Path outputFolder() {
        return out.orElse(Path.of("results", name));
    }

    /** A problem with the value at {@code path} ({@code grid.bins[0]}), located in the spec file. */
    public SpecException error(String path, String problem) {
        return new SpecException(file, sources.value(path), path, problem);
    }

    /** A problem with the key at {@code path} ({@code base.lerning_rate}), located at the key. */
    public SpecException keyError(String path, String problem) {
        return new SpecException(file, sources.key(path), path, problem);
    }

    private static LinkedHashMap<String, List<JsonNode>> copy(Map<String, List<JsonNode>> grid) {
        LinkedHashMap<String, List<JsonNode>> copy = new LinkedHashMap<>();
        grid.forEach((axis, values) -> copy.put(axis, values.stream().map(value -> value.<JsonNode>deepCopy()).toList()));
        return copy;
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}
