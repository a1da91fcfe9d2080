package bedrock.api.server;

import bedrock.api.BedrockException;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The Python-style list of one kind of entity (pools, xstreams, clients, ...): size, lookup by
 * index or name, membership, creation from a spec entry, removal.
 *
 * @param <T> what a lookup returns
 */
@ProviderType
public interface EntityManager<T> {

    /** How many there are. */
    int size();

    /** The entity at that index (creation order); {@link BedrockException} if out of range. */
    T get(int index);

    /** The entity with that name; {@link BedrockException} naming it if there is none. */
    T get(String name);

    /** Whether an entity has that name. */
    boolean contains(String name);

    /** All entities, in order. */
    List<T> list();

    /**
     * Creates an entity from its spec entry (the same JSON object as in a spec: a {@code Map},
     * JSON text, or a spec model object).
     *
     * @throws BedrockException if the entry is invalid or creation fails; nothing changes then
     */
    T create(Object spec);

    /** Removes the entity with that name; {@link BedrockException} if it is unknown or in use. */
    void remove(String name);

    /** Removes the entity at that index; {@link BedrockException} if out of range or in use. */
    void remove(int index);

    /** The completed config of every entity, in order. */
    List<Map<String, Object>> config();
}
