package bedrock.runtime.internal.core;

import bedrock.api.BedrockException;
import bedrock.api.module.Dependency;
import bedrock.api.module.GroupHandle;
import bedrock.api.module.ProviderHandle;
import bedrock.api.module.ResolvedDependency;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves the references of a spec's {@code dependencies} object into the objects a module
 * receives, following the seed's grammar (see {@link DependencyRef}):
 *
 * <ul>
 *   <li>{@code pool}, {@code xstream}: a name or an index; pinned while held;</li>
 *   <li>{@code abt_io}, {@code ssg}: a name;</li>
 *   <li>a module type of kind client: a client name, or {@code type:client} (the first client of
 *       that type, else a new {@code __type_client__});</li>
 *   <li>kind provider: a local provider by {@code name} or {@code type:id};</li>
 *   <li>kind provider handle: {@code [client->]name|type:id@location}, location {@code local},
 *       an address, or {@code ssg://group/rank}; echoed as {@code client->type:id@address}.</li>
 * </ul>
 */
final class DependencyFinder {

    private final ServiceContext context;
    private final Components components;

    DependencyFinder(ServiceContext context, Components components) {
        this.context = context;
        this.components = components;
    }

    /**
     * Resolves one dependency's value.
     *
     * @param owner the name of the client or provider that depends, for {@code dependents}
     * @param value the spec's value: a string, an integer (pools, xstreams), a list, or null
     * @param path the JSON Pointer of the value
     * @param releases where to record what must be released with the owner
     * @param tx where to record what must be undone if the owner's creation fails
     */
    List<ResolvedDependency> resolve(String owner, Dependency dep, Object value, String path,
            Releases releases, Transaction tx) {
        List<Object> refs = normalise(dep, value, path);
        List<ResolvedDependency> out = new ArrayList<>(refs.size());
        for (int i = 0; i < refs.size(); i++) {
            String itemPath = dep.array() && value instanceof List ? path + "/" + i : path;
            out.add(resolveOne(owner, dep, refs.get(i), itemPath, releases, tx));
        }
        return out;
    }

    static List<Object> normalise(Dependency dep, Object value, String path) {
        List<Object> refs = new ArrayList<>();
        if (value instanceof List<?> list) {
            refs.addAll(list);
        } else if (value != null) {
            refs.add(value);
        }
        if (!dep.array() && refs.size() > 1) {
            throw new BedrockException("Dependency \"" + dep.name() + "\" takes a single reference, got "
                    + refs.size(), path);
        }
        if (dep.required() && refs.isEmpty()) {
            throw new BedrockException("Missing dependency \"" + dep.name() + "\" of type \""
                    + dep.type() + "\"", path);
        }
        for (Object ref : refs) {
            boolean indexable = "pool".equals(dep.type()) || "xstream".equals(dep.type());
            if (!(ref instanceof String) && !(indexable && ref instanceof Number)) {
                throw new BedrockException("Invalid reference " + bedrock.api.json.Json.write(ref)
                        + " for dependency \"" + dep.name() + "\" (expected a string"
                        + (indexable ? " or an index" : "") + ")", path);
            }
        }
        return refs;
    }

    private ResolvedDependency resolveOne(String owner, Dependency dep, Object ref, String path,
            Releases releases, Transaction tx) {
        switch (dep.type()) {
            case "pool":
                return pinned(dep, ref instanceof Number n ? context.resources().pool(n.intValue())
                        : context.resources().pool((String) ref), "pool", ref, path, releases,
                        p -> p.name());
            case "xstream":
                return pinned(dep, ref instanceof Number n ? context.resources().xstream(n.intValue())
                        : context.resources().xstream((String) ref), "xstream", ref, path, releases,
                        x -> x.name());
            case "abt_io":
                return new ResolvedDependency((String) ref, dep.type(), context.resources()
                        .abtIo((String) ref).orElseThrow(() -> notFound("abt_io instance", ref, path)));
            case "ssg":
                return new ResolvedDependency((String) ref, dep.type(), context.resources()
                        .group((String) ref).orElseThrow(() -> notFound("ssg group", ref, path)));
            default:
                return resolveModuleRef(owner, dep, DependencyRef.parse((String) ref, path), (String) ref,
                        path, releases, tx);
        }
    }

    private <T> ResolvedDependency pinned(Dependency dep, Optional<T> found, String what, Object ref,
            String path, Releases releases, java.util.function.Function<T, String> name) {
        T resource = found.orElseThrow(() -> notFound(what, ref, path));
        ResourceDirectory.Hold hold = context.resources().retain(resource);
        releases.add(hold::release);
        return new ResolvedDependency(name.apply(resource), dep.type(), resource);
    }

    private ResolvedDependency resolveModuleRef(String owner, Dependency dep, DependencyRef ref,
            String spec, String path, Releases releases, Transaction tx) {
        switch (dep.kind()) {
            case CLIENT:
                ClientEntry client = clientFor(dep, ref, spec, path, tx);
                dependOn(client, owner, dep, releases);
                return new ResolvedDependency(client.name, dep.type(), client.instance);
            case PROVIDER:
                if (ref.isHandle() && !ref.isLocal() || ref.anyClient() || ref.client() != null) {
                    throw new BedrockException("Dependency \"" + dep.name() + "\" expects a local provider"
                            + " of type \"" + dep.type() + "\" (name or " + dep.type() + ":id), got \""
                            + spec + "\"", path);
                }
                ProviderEntry provider = localProvider(dep, ref, spec, path);
                dependOn(provider, owner, dep, releases);
                return new ResolvedDependency(provider.name, dep.type(), provider.instance);
            default:
                return providerHandle(owner, dep, ref, spec, path, releases, tx);
        }
    }

    private ClientEntry clientFor(Dependency dep, DependencyRef ref, String spec, String path, Transaction tx) {
        if (ref.anyClient()) {
            if (!ref.type().equals(dep.type())) {
                throw new BedrockException("Invalid type \"" + ref.type() + "\" in dependency \"" + spec
                        + "\" (expected \"" + dep.type() + "\")", path);
            }
            return components.anonymousClient(dep.type(), path, tx);
        }
        if (ref.isHandle() || ref.type() != null) {
            throw new BedrockException("Dependency \"" + dep.name() + "\" expects a client of type \""
                    + dep.type() + "\" (a client name or " + dep.type() + ":client), got \"" + spec + "\"", path);
        }
        ClientEntry client = components.client(ref.name()).orElseThrow(() ->
                new BedrockException("Could not find client \"" + ref.name() + "\"", path));
        checkType(client.type, dep, spec, path);
        return client;
    }

    private ProviderEntry localProvider(Dependency dep, DependencyRef ref, String spec, String path) {
        ProviderEntry provider = components.provider(ref.providerLocator()).orElseThrow(() ->
                new BedrockException("Could not find provider with spec \"" + ref.providerLocator() + "\"", path));
        checkType(provider.type, dep, spec, path);
        return provider;
    }

    private ResolvedDependency providerHandle(String owner, Dependency dep, DependencyRef ref, String spec,
            String path, Releases releases, Transaction tx) {
        if (ref.anyClient()) {
            throw new BedrockException("Dependency \"" + dep.name() + "\" expects a provider handle"
                    + " ([client->]name|type:id@location), got \"" + spec + "\"", path);
        }
        if (ref.type() != null && !ref.type().equals(dep.type())) {
            throw new BedrockException("Invalid provider type in \"" + spec + "\" (expected \""
                    + dep.type() + "\")", path);
        }
        ClientEntry client = ref.client() != null
                ? clientByName(ref.client(), dep, spec, path)
                : components.anonymousClient(dep.type(), path, tx);
        ProviderHandle handle = locate(dep, ref, spec, path);
        Object moduleHandle;
        try {
            moduleHandle = client.factory.createProviderHandle(client.instance, handle);
        } catch (Exception e) {
            throw new BedrockException("Could not create a handle to \"" + spec + "\" with client \""
                    + client.name + "\": " + e.getMessage(), path, e);
        }
        releases.add(() -> client.factory.destroyProviderHandle(moduleHandle));
        dependOn(client, owner, dep, releases);
        return new ResolvedDependency(client.name + "->" + handle.spec(), dep.type(), moduleHandle);
    }

    private ClientEntry clientByName(String name, Dependency dep, String spec, String path) {
        ClientEntry client = components.client(name).orElseThrow(() ->
                new BedrockException("Could not find client \"" + name + "\" named in \"" + spec + "\"", path));
        checkType(client.type, dep, spec, path);
        return client;
    }

    private ProviderHandle locate(Dependency dep, DependencyRef ref, String spec, String path) {
        String location = ref.location();
        String address = location == null || "local".equals(location) ? null : location;
        if (address != null && address.startsWith("ssg://")) {
            address = ssgAddress(address, path);
        }
        if (address == null || address.equals(context.engine().address())) {
            ProviderEntry provider = localProvider(dep, ref, spec, path);
            return context.engine().providerHandle(context.engine().address(), provider.providerId, provider.type);
        }
        try {
            return context.remote().lookup(address, ref.providerLocator(), dep.type(), context.resolutionTimeout());
        } catch (BedrockException e) {
            throw new BedrockException(e.getMessage(), path, e);
        }
    }

    private String ssgAddress(String location, String path) {
        String rest = location.substring("ssg://".length());
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1) {
            throw new BedrockException("Invalid SSG address specification \"" + location
                    + "\" (expected ssg://group/rank)", path);
        }
        String groupName = rest.substring(0, slash);
        GroupHandle group = context.resources().group(groupName).orElseThrow(() ->
                new BedrockException("Could not find ssg group \"" + groupName + "\" named in \"" + location + "\"", path));
        String rankText = rest.substring(slash + 1);
        try {
            int rank = Integer.parseInt(rankText);
            if (rank >= 0 && rank < group.size()) {
                return group.addressOfRank(rank);
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new BedrockException("Invalid rank " + rankText + " in group \"" + groupName + "\" (group has "
                + group.size() + " members)", path);
    }

    private void checkType(String actual, Dependency dep, String spec, String path) {
        if (!actual.equals(dep.type())) {
            throw new BedrockException("Invalid type \"" + actual + "\" for dependency \"" + spec
                    + "\" (expected \"" + dep.type() + "\")", path);
        }
    }

    private void dependOn(ComponentEntry target, String owner, Dependency dep, Releases releases) {
        ComponentEntry.Dependent mark = new ComponentEntry.Dependent(owner, dep.name());
        target.dependents.add(mark);
        releases.add(() -> target.dependents.remove(mark));
    }

    private static BedrockException notFound(String what, Object ref, String path) {
        return new BedrockException("Could not find " + what + " " + bedrock.api.json.Json.write(ref), path);
    }
}
