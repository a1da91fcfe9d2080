package bedrock.module.yokan.backend;

import bedrock.module.yokan.api.KeyNotFoundException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.BiConsumer;

/**
 * Type {@value #TYPE}: an in-memory map sorted by unsigned key order. Keys and values are copied
 * in and out so that callers cannot change stored data through their arrays.
 */
public final class SortedMapBackend implements Backend {

    /** The type name in configs. */
    public static final String TYPE = "map";

    private final ConcurrentSkipListMap<byte[], byte[]> map =
            new ConcurrentSkipListMap<>(Arrays::compareUnsigned);

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void put(byte[] key, byte[] value) {
        map.put(Keys.check(key).clone(), Keys.checkValue(value).clone());
    }

    @Override
    public byte[] get(byte[] key) {
        byte[] value = map.get(Keys.check(key));
        if (value == null) {
            throw new KeyNotFoundException(key);
        }
        return value.clone();
    }

    @Override
    public boolean exists(byte[] key) {
        return map.containsKey(Keys.check(key));
    }

    @Override
    public boolean erase(byte[] key) {
        return map.remove(Keys.check(key)) != null;
    }

    @Override
    public List<byte[]> listKeys(byte[] fromKeyExclusive, byte[] prefix, int max) {
        byte[] from = Keys.orNull(fromKeyExclusive);
        byte[] pre = Keys.orNull(prefix);
        byte[] start = Keys.start(from, pre);
        Iterator<byte[]> keys = start == null ? map.keySet().iterator()
                : map.tailMap(start, true).keySet().iterator();
        return Keys.scan(keys, from, pre, max);
    }

    @Override
    public long count() {
        // ConcurrentSkipListMap.size() walks the map; counts are rare, so that is acceptable.
        return map.size();
    }

    @Override
    public void forEach(BiConsumer<byte[], byte[]> action) {
        map.forEach((k, v) -> action.accept(k.clone(), v.clone()));
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
