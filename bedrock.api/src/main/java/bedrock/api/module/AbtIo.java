package bedrock.api.module;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A named I/O instance: file operations that execute on its pool, never on the caller's thread.
 */
@ProviderType
public interface AbtIo {

    /** The instance's name. */
    String name();

    /** The pool on which operations run. */
    Pool pool();

    /** Reads up to {@code length} bytes at {@code offset}; completes with fewer at end of file. */
    CompletableFuture<byte[]> read(Path file, long offset, int length);

    /** Writes {@code data} at {@code offset}, creating the file if needed; completes with the byte count. */
    CompletableFuture<Integer> write(Path file, long offset, byte[] data);

    /** Appends {@code data} to the file, creating it if needed; completes with the byte count. */
    CompletableFuture<Integer> append(Path file, byte[] data);

    /** Deletes the file if it exists; completes with whether it existed. */
    CompletableFuture<Boolean> delete(Path file);
}
