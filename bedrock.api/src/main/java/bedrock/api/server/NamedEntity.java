package bedrock.api.server;

/**
 * Something a manager holds: a pool, an xstream, an abt_io instance, a group, a client or a
 * provider, as upstream's {@code NamedDependency}.
 *
 * @param name its name
 * @param type {@code "pool"}, {@code "xstream"}, {@code "abt_io"}, {@code "ssg"}, or the module type
 */
public record NamedEntity(String name, String type) {
}
