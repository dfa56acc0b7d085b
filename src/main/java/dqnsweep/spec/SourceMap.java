package dqnsweep.spec;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each node of a parsed YAML document was written, by key path ({@code grid.bins[0]},
 * {@code include[1].bins}): the position of the value and, for mapping entries, of the key.
 * Kept with the spec so that problems found later, while resolving a run, still point at the
 * line and column of the value that caused them.
 */
public final class SourceMap {

    /** A position in the file, line and column counted from 1. */
    public record Location(int line, int column) {
        public Location {
            if (line < 1 || column < 1) {
                throw new IllegalArgumentException("line and column count from 1, got " + line + ":" + column);
            }
        }
    }

    private static final SourceMap EMPTY = new SourceMap(Map.of(), Map.of());

    private final Map<String, Location> values;
    private final Map<String, Location> keys;

    private SourceMap(Map<String, Location> values, Map<String, Location> keys) {
        this.values = Map.copyOf(values);
        this.keys = Map.copyOf(keys);
    }

    /** No locations: for specs built in code rather than read from a file. */
    public static SourceMap empty() {
        return EMPTY;
    }

    /** Position of the value at {@code path}; the root document is path "". */
    public Optional<Location> value(String path) {
        return Optional.ofNullable(values.get(path));
    }

    /** Position of the key of the mapping entry at {@code path}, falling back to its value. */
    public Optional<Location> key(String path) {
        Location key = keys.get(path);
        return key != null ? Optional.of(key) : value(path);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceMap map && values.equals(map.values) && keys.equals(map.keys);
    }

    @Override
    public int hashCode() {
        return values.hashCode() * 31 + keys.hashCode();
    }

    /** Collects positions while a document is read. */
    static final class Builder {
        private final Map<String, Location> values = new HashMap<>();
        private final Map<String, Location> keys = new HashMap<>();

        void value(String path, Location location) {
            values.put(path, location);
        }

        void key(String path, Location location) {
            keys.put(path, location);
        }

        SourceMap build() {
            return new SourceMap(values, keys);
        }
    }
}
