package bedrock.runtime.internal.core;

import bedrock.api.BedrockException;
import bedrock.api.module.Dependency;
import java.util.function.BiFunction;

/**
 * Resolves a reference to a module type against the declared entities, with the messages of
 * {@link DependencyFinder}; returns the normalised form the runtime would report.
 */
final class ReferenceCheck {

    private final CheckedEntities known;
    private final BiFunction<String, String, String> anonymousClient;

    ReferenceCheck(CheckedEntities known, BiFunction<String, String, String> anonymousClient) {
        this.known = known;
        this.anonymousClient = anonymousClient;
    }

    String moduleRef(Dependency dep, DependencyRef ref, String spec, String path) {
        switch (dep.kind()) {
            case CLIENT:
                return client(dep, ref, spec, path);
            case PROVIDER:
                if (ref.isHandle() && !ref.isLocal() || ref.anyClient() || ref.client() != null) {
                    throw new BedrockException("Dependency \"" + dep.name() + "\" expects a local provider"
                            + " of type \"" + dep.type() + "\" (name or " + dep.type() + ":id), got \""
                            + spec + "\"", path);
                }
                return localProvider(dep, ref, spec, path).name();
            default:
                return handle(dep, ref, spec, path);
        }
    }

    private String client(Dependency dep, DependencyRef ref, String spec, String path) {
        if (ref.anyClient()) {
            if (!ref.type().equals(dep.type())) {
                throw new BedrockException("Invalid type \"" + ref.type() + "\" in dependency \"" + spec
                        + "\" (expected \"" + dep.type() + "\")", path);
            }
            return anonymousClient.apply(dep.type(), path);
        }
        if (ref.isHandle() || ref.type() != null) {
            throw new BedrockException("Dependency \"" + dep.name() + "\" expects a client of type \""
                    + dep.type() + "\" (a client name or " + dep.type() + ":client), got \"" + spec + "\"", path);
        }
        return clientByName(ref.name(), dep, spec, path, "Could not find client \"" + ref.name() + "\"");
    }

    private String handle(Dependency dep, DependencyRef ref, String spec, String path) {
        if (ref.anyClient()) {
            throw new BedrockException("Dependency \"" + dep.name() + "\" expects a provider handle"
                    + " ([client->]name|type:id@location), got \"" + spec + "\"", path);
        }
        if (ref.type() != null && !ref.type().equals(dep.type())) {
            throw new BedrockException("Invalid provider type in \"" + spec + "\" (expected \""
                    + dep.type() + "\")", path);
        }
        String client = ref.client() != null
                ? clientByName(ref.client(), dep, spec, path,
                        "Could not find client \"" + ref.client() + "\" named in \"" + spec + "\"")
                : anonymousClient.apply(dep.type(), path);
        if (ref.isLocal()) {
            CheckedEntities.Entity provider = localProvider(dep, ref, spec, path);
            return client + "->" + provider.type() + ":" + provider.id() + "@local";
        }
        if (ref.location().startsWith("ssg://")) {
            String group = ref.location().substring("ssg://".length()).split("/", 2)[0];
            if (!known.groups.contains(group)) {
                throw new BedrockException("Could not find ssg group \"" + group + "\" named in \""
                        + ref.location() + "\"", path);
            }
        }
        // Another daemon: not contacted by a check.
        return client + "->" + ref.providerLocator() + "@" + ref.location();
    }

    private String clientByName(String name, Dependency dep, String spec, String path, String notFound) {
        CheckedEntities.Entity client = known.client(name);
        if (client == null) {
            throw new BedrockException(notFound, path);
        }
        checkType(client.type(), dep, spec, path);
        return client.name();
    }

    private CheckedEntities.Entity localProvider(Dependency dep, DependencyRef ref, String spec, String path) {
        CheckedEntities.Entity provider = known.provider(ref.providerLocator());
        if (provider == null) {
            throw new BedrockException("Could not find provider with spec \"" + ref.providerLocator() + "\"", path);
        }
        checkType(provider.type(), dep, spec, path);
        return provider;
    }

    private static void checkType(String actual, Dependency dep, String spec, String path) {
        if (!actual.equals(dep.type())) {
            throw new BedrockException("Invalid type \"" + actual + "\" for dependency \"" + spec
                    + "\" (expected \"" + dep.type() + "\")", path);
        }
    }
}
