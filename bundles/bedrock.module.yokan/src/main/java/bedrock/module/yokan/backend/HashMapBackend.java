package bedrock.module.yokan.backend;

import bedrock.module.yokan.api.KeyNotFoundException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Type {@value #TYPE}: an in-memory hash map. Point operations are constant time; a listing
 * sorts the matching keys first, so that paging with {@code fromKeyExclusive} behaves as for
 * the sorted types.
 */
public final class HashMapBackend implements Backend {

    /** The type name in configs. */
    public static final String TYPE = "unordered_map";

    /** Byte arrays compare by identity; this gives hash keys content equality. */
    private record Key(byte[] bytes) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Arrays.equals(bytes, k.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return Arrays.toString(bytes);
        }
    }

    private final Map<Key, byte[]> map = new ConcurrentHashMap<>();

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void put(byte[] key, byte[] value) {
        map.put(new Key(Keys.check(key).clone()), Keys.checkValue(value).clone());
    }

    @Override
    public byte[] get(byte[] key) {
        byte[] value = map.get(new Key(Keys.check(key)));
        if (value == null) {
            throw new KeyNotFoundException(key);
        }
        return value.clone();
    }

    @Override
    public boolean exists(byte[] key) {
        return map.containsKey(new Key(Keys.check(key)));
    }

    @Override
    public boolean erase(byte[] key) {
        return map.remove(new Key(Keys.check(key))) != null;
    }

    @Override
    public List<byte[]> listKeys(byte[] fromKeyExclusive, byte[] prefix, int max) {
        byte[] from = Keys.orNull(fromKeyExclusive);
        byte[] pre = Keys.orNull(prefix);
        var sorted = map.keySet().stream()
                .map(Key::bytes)
                .filter(k -> Keys.hasPrefix(k, pre))
                .filter(k -> from == null || Arrays.compareUnsigned(k, from) > 0)
                .sorted(Arrays::compareUnsigned)
                .iterator();
        return Keys.scan(sorted, from, pre, max);
    }

    @Override
    public long count() {
        return map.size();
    }

    @Override
    public void forEach(BiConsumer<byte[], byte[]> action) {
        map.forEach((k, v) -> action.accept(k.bytes().clone(), v.clone()));
    }

    @Override
    public void load(List<byte[][]> pairs, boolean replace) {
        if (replace) {
            map.clear();
        }
        for (byte[][] pair : pairs) {
            put(pair[0], pair[1]);
        }
    }

    @Override
    public void close() {
        map.clear();
    }
}
