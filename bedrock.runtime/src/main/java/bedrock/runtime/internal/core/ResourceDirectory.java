package bedrock.runtime.internal.core;

import bedrock.api.module.AbtIo;
import bedrock.api.module.GroupHandle;
import bedrock.api.module.Pool;
import bedrock.api.module.Xstream;
import java.util.Optional;

/**
 * The execution and I/O resources of a service that dependencies may name: pools, xstreams,
 * abt_io instances and groups. Holding one as a dependency pins it (it cannot be removed) until
 * the returned {@link Hold} is released.
 */
public interface ResourceDirectory {

    Optional<Pool> pool(String name);

    /** Pools by index count user pools first, then the implicit {@code __primary__}. */
    Optional<Pool> pool(int index);

    Optional<Xstream> xstream(String name);

    Optional<Xstream> xstream(int index);

    Optional<AbtIo> abtIo(String name);

    Optional<GroupHandle> group(String name);

    /** Pins a pool or xstream; other resources need no pin and get a no-op hold. */
    Hold retain(Object resource);

    /** A pin on a resource, released once. */
    @FunctionalInterface
    interface Hold {
        void release();
    }
}
