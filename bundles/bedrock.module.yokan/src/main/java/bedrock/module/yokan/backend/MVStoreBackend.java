package bedrock.module.yokan.backend;

import bedrock.module.yokan.api.KeyNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiConsumer;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ByteArrayDataType;

/**
 * Type {@value #TYPE}: one map in an H2 MVStore file. Every write is committed before it returns,
 * so a write that succeeded survives a crash of the daemon; background auto-commit is off, which
 * also means the store starts no thread of its own. {@link ByteArrayDataType} orders keys as
 * unsigned bytes, the same order as the in-memory sorted map.
 */
public final class MVStoreBackend implements Backend {

    /** The type name in configs. */
    public static final String TYPE = "persistent";

    /** The map inside the store file. */
    static final String MAP_NAME = "yokan";

    private final MVStore store;
    private final MVMap<byte[], byte[]> map;

    /** Opens (or creates) the store file; its parent folders are created if needed. */
    public MVStoreBackend(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        this.store = new MVStore.Builder()
                .fileName(file.toString())
                .autoCommitDisabled()
                .open();
        try {
            this.map = store.openMap(MAP_NAME, new MVMap.Builder<byte[], byte[]>()
                    .keyType(ByteArrayDataType.INSTANCE)
                    .valueType(ByteArrayDataType.INSTANCE));
        } catch (RuntimeException e) {
            store.closeImmediately();
            throw e;
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void put(byte[] key, byte[] value) {
        map.put(Keys.check(key).clone(), Keys.checkValue(value).clone());
        store.commit();
    }

    @Override
    public byte[] get(byte[] key) {
        byte[] value = map.get(Keys.check(key));
        if (value == null) {
            throw new KeyNotFoundException(key);
        }
        // The map may hand out its cached array; a copy keeps the cache safe from the caller.
        return value.clone();
    }

    @Override
    public boolean exists(byte[] key) {
        return map.containsKey(Keys.check(key));
    }

    @Override
    public boolean erase(byte[] key) {
        boolean existed = map.remove(Keys.check(key)) != null;
        if (existed) {
            store.commit();
        }
        return existed;
    }

    @Override
    public List<byte[]> listKeys(byte[] fromKeyExclusive, byte[] prefix, int max) {
        byte[] from = Keys.orNull(fromKeyExclusive);
        byte[] pre = Keys.orNull(prefix);
        Iterator<byte[]> keys = map.keyIterator(Keys.start(from, pre));
        return Keys.scan(keys, from, pre, max);
    }

    @Override
    public long count() {
        return map.sizeAsLong();
    }

    @Override
    public void forEach(BiConsumer<byte[], byte[]> action) {
        Iterator<byte[]> keys = map.keyIterator(null);
        while (keys.hasNext()) {
            byte[] key = keys.next();
            byte[] value = map.get(key);
            if (value != null) {
                action.accept(key.clone(), value.clone());
            }
        }
    }

    @Override
    public void load(List<byte[][]> pairs, boolean replace) {
        if (replace) {
            map.clear();
        }
        for (byte[][] pair : pairs) {
            map.put(Keys.check(pair[0]).clone(), Keys.checkValue(pair[1]).clone());
        }
        store.commit();
    }

    /** Commits what is pending and closes the file. */
    @Override
    public void close() {
        if (!store.isClosed()) {
            store.close();
        }
    }
}
