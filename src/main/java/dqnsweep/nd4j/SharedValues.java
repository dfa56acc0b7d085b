package dqnsweep.nd4j;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values built once per distinct key (a {@code long[]} compared by contents) and then shared, up
 * to a limit beyond which new keys get a value built every time: our networks use a few dozen
 * keys, so the limit only bounds memory for code we do not know.
 */
final class SharedValues<V> {

    private static final int LIMIT = 10_000;

    private final Map<Key, V> values = new ConcurrentHashMap<>();

    /** The value shared for {@code key}, built by {@code build} the first time. */
    V get(long[] key, Supplier<V> build) {
        Key wrapped = new Key(key);
        V value = values.get(wrapped);
        if (value != null) {
            return value;
        }
        value = build.get();
        if (values.size() < LIMIT) {
            V earlier = values.putIfAbsent(wrapped, value);
            return earlier != null ? earlier : value;
        }
        return value;
    }

    /** How many values are shared so far. */
    int size() {
        return values.size();
    }

    private record Key(long[] packed) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(packed, key.packed);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(packed);
        }
    }
}
