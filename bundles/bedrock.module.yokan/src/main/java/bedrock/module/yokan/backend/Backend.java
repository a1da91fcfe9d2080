package bedrock.module.yokan.backend;

import bedrock.module.yokan.api.YokanDatabase;
import java.util.List;
import java.util.function.BiConsumer;

/** A local database that holds resources until closed. */
public interface Backend extends YokanDatabase, AutoCloseable {

    /** The database type as configs name it. */
    String type();

    /**
     * Calls {@code action} with every pair, in ascending key order for the sorted types. The
     * arrays are the caller's to keep. Writes made meanwhile may or may not be seen.
     */
    void forEach(BiConsumer<byte[], byte[]> action);

    /**
     * Stores every pair ({@code {key, value}}), after removing every existing key when
     * {@code replace}. The persistent type commits once, at the end, so a crash leaves either the
     * old content or the new one.
     */
    void load(List<byte[][]> pairs, boolean replace);

    @Override
    void close();
}
