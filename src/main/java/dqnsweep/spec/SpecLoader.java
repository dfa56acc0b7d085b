package dqnsweep.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Reads an experiment spec (YAML) and checks everything that can be checked one value at a time:
 * the file itself, the YAML, every key (with did-you-mean), every value's type and shape, duplicate
 * axis values, and that include/exclude name only axes. Every problem is a {@link SpecException}
 * naming file, line, column and key path. Rules that involve a whole run (ranges, rules between
 * settings, duplicate cells) are checked by {@code dqnsweep.grid.GridExpander.plans}, before any work.
 */
public final class SpecLoader {

    /** The keys a spec may have at its top level, in the order the README documents them. */
    public static final List<String> TOP_LEVEL_KEYS = List.of(
            "name", "description", "base", "grid", "seeds", "include", "exclude", "workers", "out");
    /** Largest {@code seeds:} count. */
    public static final int MAX_SEEDS = 10_000;
    /** Largest {@code workers:}. */
    public static final int MAX_WORKERS = 1024;
    /** Largest spec file. */
    public static final long MAX_BYTES = SafeYaml.MAX_CODE_POINTS;

    private final Path file;
    private final JsonNode root;
    private final SourceMap sources;

    private SpecLoader(Path file, SafeYaml.Document document) {
        this.file = file;
        this.root = document.root();
        this.sources = document.sources();
    }

    /** Reads and checks the spec at {@code file}; throws {@link SpecException} (a BadInputException). */
    public static ExperimentSpec load(Path file) {
        return parse(file, readText(file));
    }

    /** Checks a spec given as text; {@code file} is only used in messages. */
    public static ExperimentSpec parse(Path file, String text) {
        return new SpecLoader(file, SafeYaml.read(file, text)).spec();
    }

    private ExperimentSpec spec() {
        if (root.isMissingNode()) {
            throw new SpecException(file, Optional.of(new SourceMap.Location(1, 1)), "",
                    "the file is empty; a spec needs at least name:, and usually base:, grid: and seeds:");
        }
        if (!root.isObject()) {
            throw error("", "a spec is a mapping of keys (" + String.join(":, ", TOP_LEVEL_KEYS) + ":), got "
                    + SettingTypes.describe(root));
        }
        root.fieldNames().forEachRemaining(this::checkTopLevelKey);
        String name = name();
        String description = optionalText("description").orElse("");
        ObjectNode base = base();
        LinkedHashMap<String, List<JsonNode>> grid = grid();
        List<Long> seeds = seeds();
        List<ObjectNode> include = assignments("include", grid, false);
        List<ObjectNode> exclude = assignments("exclude", grid, true);
        Optional<Integer> workers = workers();
        Optional<Path> out = out();
        return new ExperimentSpec(file, name, description, base, grid, seeds, include, exclude, workers, out,
                sources);
    }

    private void checkTopLevelKey(String key) {
        if (TOP_LEVEL_KEYS.contains(key)) {
            return;
        }
        String suggestion = DidYouMean.closest(key, TOP_LEVEL_KEYS);
        String hint;
        if (suggestion != null) {
            hint = " (did you mean '" + suggestion + "'?)";
        } else if (ConfigResolver.KEYS.contains(key)) {
            hint = ": " + key + " is a setting; put it under base: to fix it for every run, or under grid: to vary it";
        } else {
            hint = "; a spec's keys are " + String.join(", ", TOP_LEVEL_KEYS);
        }
        throw keyError(key, "unknown key" + hint);
    }

    private String name() {
        JsonNode name = root.get("name");
        if (name == null) {
            throw new SpecException(file, sources.value(""), "name", "is missing; every spec needs a name (letters, "
                    + "digits, '.', '_', '-'), which also names its output folder results/<name>/");
        }
        if (!name.isTextual()) {
            throw error("name", "name must be text, got " + SettingTypes.describe(name)
                    + (name.isValueNode() ? " (quote it: name: \"" + name.asText() + "\")" : ""));
        }
        String text = name.asText();
        if (!ExperimentSpec.NAME.matcher(text).matches() || text.equals(".") || text.equals("..")) {
            throw error("name", "name may contain only letters, digits, '.', '_' and '-' (it names the output "
                    + "folder), got '" + text + "'");
        }
        return text;
    }

    private Optional<String> optionalText(String key) {
        JsonNode node = root.get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw error(key, key + " must be text, got " + SettingTypes.describe(node));
        }
        return Optional.of(node.asText());
    }

    private ObjectNode base() {
        JsonNode base = root.get("base");
        if (base == null) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!base.isObject()) {
            throw error("base", "base must be a mapping of settings (e.g. base: {algo: dqn, env: pendulum}), got "
                    + SettingTypes.describe(base));
        }
        for (Map.Entry<String, JsonNode> entry : base.properties()) {
            String path = "base." + entry.getKey();
            checkSettingKey(path, entry.getKey(), "a run's seed comes from seeds:, so base must not set it");
            if (entry.getValue().isArray()) {
                throw error(path, entry.getKey() + " must be a single value here; to try several values, "
                        + "list them under grid: (grid: {" + entry.getKey() + ": [...]})");
            }
            checkType(path, entry.getKey(), entry.getValue());
        }
        return (ObjectNode) base;
    }

    private LinkedHashMap<String, List<JsonNode>> grid() {
        LinkedHashMap<String, List<JsonNode>> grid = new LinkedHashMap<>();
        JsonNode node = root.get("grid");
        if (node == null) {
            return grid;
        }
        if (!node.isObject() || node.isEmpty()) {
            throw error("grid", "grid must be a mapping of settings to lists of values (e.g. grid: {bins: [10, 20]}),"
                    + " got " + (node.isObject() ? "an empty mapping" : SettingTypes.describe(node))
                    + "; leave grid out for a single cell");
        }
        for (Map.Entry<String, JsonNode> axis : node.properties()) {
            String key = axis.getKey();
            String path = "grid." + key;
            checkSettingKey(path, key, "seeds are given by seeds:, not by a grid axis");
            JsonNode values = axis.getValue();
            if (!values.isArray()) {
                throw error(path, "an axis must be a list of values, e.g. " + key + ": [" + example(values) + "], got "
                        + SettingTypes.describe(values));
            }
            if (values.isEmpty()) {
                throw error(path, "the axis " + key + " is empty; give at least one value (or remove the axis)");
            }
            List<JsonNode> list = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                JsonNode value = values.get(i);
                String valuePath = path + "[" + i + "]";
                checkType(valuePath, key, value);
                for (int j = 0; j < list.size(); j++) {
                    if (SettingValues.same(list.get(j), value)) {
                        throw error(valuePath, "duplicate value " + value.asText() + " in the axis " + key
                                + " (already at " + path + "[" + j + "])");
                    }
                }
                list.add(value);
            }
            grid.put(key, list);
        }
        return grid;
    }

    private List<Long> seeds() {
        JsonNode seeds = root.get("seeds");
        if (seeds == null) {
            return List.of(1L);
        }
        if (seeds.isIntegralNumber()) {
            long count = seeds.asLong();
            if (!seeds.canConvertToLong() || count < 1 || count > MAX_SEEDS) {
                throw error("seeds", "seeds must be a count between 1 and " + MAX_SEEDS
                        + " (seeds 1..N) or a list of seeds such as [1, 2, 7], got " + seeds.asText());
            }
            return LongStream.rangeClosed(1, count).boxed().toList();
        }
        if (!seeds.isArray() || seeds.isEmpty()) {
            throw error("seeds", "seeds must be a count (seeds: 5 means seeds 1..5) or a non-empty list of seeds "
                    + "such as [1, 2, 7], got " + (seeds.isArray() ? "an empty list" : SettingTypes.describe(seeds)));
        }
        List<Long> list = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            JsonNode seed = seeds.get(i);
            String path = "seeds[" + i + "]";
            if (!seed.isIntegralNumber() || !seed.canConvertToLong() || seed.asLong() < 0) {
                throw error(path, "a seed must be a whole number of at least 0, got " + SettingTypes.describe(seed));
            }
            int first = list.indexOf(seed.asLong());
            if (first >= 0) {
                throw error(path, "duplicate seed " + seed.asLong() + " (already at seeds[" + first + "])");
            }
            list.add(seed.asLong());
        }
        return list;
    }

    private List<ObjectNode> assignments(String key, LinkedHashMap<String, List<JsonNode>> grid, boolean exclude) {
        JsonNode node = root.get(key);
        if (node == null) {
            return List.of();
        }
        String what = exclude ? "grid cells to drop" : "extra cells";
        if (!node.isArray()) {
            throw error(key, key + " must be a list of " + what + ", e.g. " + key + ": [{bins: 80, iterations: 1000}],"
                    + " got " + SettingTypes.describe(node));
        }
        if (grid.isEmpty() && !node.isEmpty()) {
            throw error(key, key + " names values of grid axes, but this spec has no grid:");
        }
        List<ObjectNode> entries = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String path = key + "[" + i + "]";
            JsonNode entry = node.get(i);
            if (!entry.isObject() || entry.isEmpty()) {
                throw error(path, "each entry of " + key + " must be a non-empty mapping of axes to values, e.g. {"
                        + String.join(": ..., ", grid.keySet()) + ": ...}, got "
                        + (entry.isObject() ? "an empty mapping" : SettingTypes.describe(entry)));
            }
            for (Map.Entry<String, JsonNode> assignment : entry.properties()) {
                String axis = assignment.getKey();
                String valuePath = path + "." + axis;
                if (!grid.containsKey(axis)) {
                    String suggestion = DidYouMean.closest(axis, grid.keySet());
                    throw keyError(valuePath, axis + " is not a grid axis (axes: " + String.join(", ", grid.keySet())
                            + ")" + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?")
                            + (exclude ? "" : "; settings shared by every run belong in base:"));
                }
                checkType(valuePath, axis, assignment.getValue());
                if (exclude && grid.get(axis).stream().noneMatch(v -> SettingValues.same(v, assignment.getValue()))) {
                    throw error(valuePath, assignment.getValue().asText() + " is not a value of the axis " + axis + " ("
                            + grid.get(axis).stream().map(JsonNode::asText).collect(Collectors.joining(", "))
                            + "), so this entry excludes nothing");
                }
            }
            entries.add((ObjectNode) entry);
        }
        return entries;
    }

    private Optional<Integer> workers() {
        JsonNode workers = root.get("workers");
        if (workers == null) {
            return Optional.empty();
        }
        if (!workers.isIntegralNumber() || !workers.canConvertToInt() || workers.asInt() < 1
                || workers.asInt() > MAX_WORKERS) {
            throw error("workers", "workers must be a whole number between 1 and " + MAX_WORKERS + ", got "
                    + SettingTypes.describe(workers));
        }
        return Optional.of(workers.asInt());
    }

    private Optional<Path> out() {
        Optional<String> out = optionalText("out");
        if (out.isPresent() && out.get().isBlank()) {
            throw error("out", "out must name a folder, got an empty text");
        }
        try {
            return out.map(Path::of);
        } catch (InvalidPathException e) {
            throw error("out", "out is not a valid folder path: " + e.getMessage());
        }
    }

    private void checkSettingKey(String path, String key, String seedProblem) {
        if (key.equals("seed")) {
            throw keyError(path, seedProblem);
        }
        if (!ConfigResolver.KEYS.contains(key)) {
            String suggestion = DidYouMean.closest(key, ConfigResolver.KEYS);
            throw keyError(path, "unknown setting " + key
                    + (suggestion == null ? " (the settings are listed in the README)" : " (did you mean '" + suggestion + "'?)"));
        }
    }

    private void checkType(String path, String key, JsonNode value) {
        SettingTypes.problem(key, value).ifPresent(problem -> {
            throw error(path, key + " " + problem);
        });
    }

    private static String example(JsonNode value) {
        return value.isValueNode() && !value.isNull() ? value.asText() + ", ..." : "...";
    }

    private SpecException error(String path, String problem) {
        return new SpecException(file, sources.value(path), path, problem);
    }

    private SpecException keyError(String path, String problem) {
        return new SpecException(file, sources.key(path), path, problem);
    }

    private static String readText(Path file) {
        if (Files.isDirectory(file)) {
            throw new SpecException(file, Optional.empty(), "", "is a directory, not a spec file; give the path of a "
                    + ".yaml file" + nearbySpecs(file));
        }
        if (!Files.exists(file)) {
            throw new SpecException(file, Optional.empty(), "", "no such file"
                    + nearbySpecs(file.getParent() == null ? Path.of(".") : file.getParent()));
        }
        if (!Files.isRegularFile(file)) {
            // Refused before opening: opening a FIFO waits for a writer, and /dev/zero never ends.
            throw new SpecException(file, Optional.empty(), "", "is not a regular file (a device, a pipe or a "
                    + "socket); give the path of a .yaml file");
        }
        try {
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                // Read with a bound as well: a file's size can change, and some files report none.
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                throw new SpecException(file, Optional.empty(), "", "is larger than " + MAX_BYTES / 1024
                        + " KiB; a spec is a small text file");
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new SpecException(file, Optional.empty(), "", "is not UTF-8 text");
        } catch (AccessDeniedException e) {
            throw new SpecException(file, Optional.empty(), "", "cannot be read (permission denied)");
        } catch (IOException e) {
            throw new SpecException(file, Optional.empty(), "", "cannot be read: " + e.getMessage());
        }
    }

    private static String nearbySpecs(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return "";
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<String> specs = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") || name.endsWith(".yml")).sorted().toList();
            String shown = String.join(", ", specs.subList(0, Math.min(10, specs.size())));
            return specs.isEmpty() ? "" : " (specs in " + folder + ": " + shown + (specs.size() > 10 ? ", ..." : "") + ")";
        } catch (IOException e) {
            return "";
        }
    }
}
