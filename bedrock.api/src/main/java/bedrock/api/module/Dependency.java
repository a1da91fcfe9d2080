package bedrock.api.module;

import java.util.Objects;

/**
 * One dependency a module declares for a provider or client.
 *
 * @param name the key under which the spec's {@code dependencies} object gives the reference
 * @param type {@code "pool"}, {@code "xstream"}, {@code "abt_io"}, {@code "ssg"}, or a module type
 * @param kind for module types: whether a client, a local provider or a provider handle is wanted
 *     (ignored for pools, xstreams, abt_io and ssg)
 * @param required whether a missing reference is an error
 * @param array whether several references may be given (an array in the spec)
 */
public record Dependency(String name, String type, Kind kind, boolean required, boolean array) {

    /** What a dependency on a module type resolves to. */
    public enum Kind {
        /** A client of the type ({@code name} or {@code type:client}). */
        CLIENT,
        /** A provider instance in the same process ({@code name} or {@code type:id}). */
        PROVIDER,
        /** A handle to a provider, local or remote ({@code [client->]name@location}). */
        PROVIDER_HANDLE;

        /** The spelling used in specs and configs: {@code client}, {@code provider}, {@code provider_handle}. */
        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Checks that name, type and kind are given. */
    public Dependency {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
    }

    /** A required, single dependency. */
    public static Dependency required(String name, String type, Kind kind) {
        return new Dependency(name, type, kind, true, false);
    }

    /** An optional, single dependency. */
    public static Dependency optional(String name, String type, Kind kind) {
        return new Dependency(name, type, kind, false, false);
    }
}
