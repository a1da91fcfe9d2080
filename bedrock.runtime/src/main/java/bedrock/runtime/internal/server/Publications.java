package bedrock.runtime.internal.server;

import bedrock.runtime.internal.core.Publisher;
import java.util.HashMap;
import java.util.Map;

/**
 * The pools, xstreams, abt_io instances and groups of a service, published as services of their
 * API type with {@code bedrock.name} and {@code bedrock.address}, so other bundles can find them
 * (to run work on a pool, say). Called under the service lock.
 */
final class Publications {

    private final Publisher publisher;
    private final String address;
    private final Map<String, Publisher.Publication> published = new HashMap<>();

    Publications(Publisher publisher, String address) {
        this.publisher = publisher;
        this.address = address;
    }

    /** Publishes {@code object} as a {@code kind} named {@code name}. */
    void add(Class<?> kind, String name, Object object) {
        Map<String, Object> props = new HashMap<>();
        props.put(Publisher.NAME, name);
        props.put(Publisher.ADDRESS, address);
        published.put(key(kind, name), publisher.publish(kind, object, props));
    }

    /** Withdraws what {@link #add} published under that kind and name, if anything. */
    void remove(Class<?> kind, String name) {
        Publisher.Publication publication = published.remove(key(kind, name));
        if (publication != null) {
            publication.close();
        }
    }

    /** Withdraws everything. */
    void clear() {
        published.values().forEach(Publisher.Publication::close);
        published.clear();
    }

    private static String key(Class<?> kind, String name) {
        return kind.getName() + "/" + name;
    }
}
