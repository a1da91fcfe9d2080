package bedrock.runtime.internal.core;

import java.util.Map;

/**
 * Makes created objects visible outside the service (in OSGi: as services carrying
 * {@code bedrock.name}, {@code bedrock.type}, {@code bedrock.provider.id}).
 */
@FunctionalInterface
public interface Publisher {

    /** Service property: the object's name in the spec. */
    String NAME = "bedrock.name";
    /** Service property: the module type. */
    String TYPE = "bedrock.type";
    /** Service property: the provider id (providers only). */
    String PROVIDER_ID = "bedrock.provider.id";
    /** Service property: the address of the daemon the object belongs to. */
    String ADDRESS = "bedrock.address";

    /** Publishes {@code object} under {@code kind} with these properties; closing unpublishes it. */
    Publication publish(Class<?> kind, Object object, Map<String, Object> properties);

    /** A publication; {@link #close()} is idempotent and never throws. */
    interface Publication extends AutoCloseable {
        @Override
        void close();
    }

    /** Publishes nothing. */
    static Publisher none() {
        return (kind, object, properties) -> () -> { };
    }
}
