package bedrock.runtime.internal.core;

import bedrock.api.BedrockException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed dependency reference, in the grammar of the seed's "Dependency resolution":
 *
 * <pre>
 *   name                      a client, provider, pool, xstream, abt_io or ssg group by name
 *   type:client               the first client of that type (created if there is none)
 *   type:id                   the local provider of that type and id
 *   [client-&gt;]name@location  a handle to the provider of that name at location
 *   [client-&gt;]type:id@location a handle to the provider of that type and id at location
 * </pre>
 *
 * where {@code location} is {@code local}, an address ({@code tcp://host:port}) or
 * {@code ssg://group/rank}.
 *
 * @param client the client named before {@code ->}, or null
 * @param name the provider or entity name, or null when {@link #type} and {@link #providerId} are given
 * @param type the module type in {@code type:id} / {@code type:client}, or null
 * @param providerId the id in {@code type:id}, or -1
 * @param anyClient whether the reference is {@code type:client}
 * @param location what follows {@code @}, or null
 */
public record DependencyRef(String client, String name, String type, int providerId,
        boolean anyClient, String location) {

    private static final String ID = "[A-Za-z_][A-Za-z0-9_]*";
    private static final Pattern GRAMMAR = Pattern.compile(
            "(?:(" + ID + ")->)?(" + ID + ")(?::(client|[0-9]+))?(?:@(.+))?");

    /** Parses a reference; {@code path} is its JSON Pointer for the error. */
    public static DependencyRef parse(String spec, String path) {
        Matcher m = GRAMMAR.matcher(spec);
        if (!m.matches()) {
            throw new BedrockException("Ill-formatted dependency specification \"" + spec
                    + "\" (expected name, type:client, type:id, or [client->]name|type:id@location)", path);
        }
        String client = m.group(1);
        String qualifier = m.group(3);
        String location = m.group(4);
        boolean anyClient = "client".equals(qualifier);
        if (anyClient && (location != null || client != null)) {
            throw new BedrockException("Ill-formatted dependency specification \"" + spec
                    + "\" (type:client takes no client-> prefix and no @location)", path);
        }
        if (client != null && location == null) {
            throw new BedrockException("Client name (\"" + client + "\") specified in dependency \""
                    + spec + "\" that is not a provider handle (expected an @location)", path);
        }
        if (qualifier == null) {
            return new DependencyRef(client, m.group(2), null, -1, false, location);
        }
        if (anyClient) {
            return new DependencyRef(null, null, m.group(2), -1, true, null);
        }
        int id = parseId(qualifier, spec, path);
        return new DependencyRef(client, null, m.group(2), id, false, location);
    }

    private static int parseId(String digits, String spec, String path) {
        try {
            int id = Integer.parseInt(digits);
            if (id <= 65535) {
                return id;
            }
        } catch (NumberFormatException tooLong) {
            // falls through to the range error
        }
        throw new BedrockException("Invalid provider id in dependency specification \"" + spec
                + "\" (expected 0..65535)", path);
    }

    /** Whether this designates a provider handle (it has a location). */
    public boolean isHandle() {
        return location != null;
    }

    /** Whether the location is this process. */
    public boolean isLocal() {
        return location == null || "local".equals(location);
    }

    /** The provider part as written: {@code name} or {@code type:id}. */
    public String providerLocator() {
        return name != null ? name : type + ":" + providerId;
    }
}
