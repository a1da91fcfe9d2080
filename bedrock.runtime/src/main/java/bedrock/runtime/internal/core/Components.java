package bedrock.runtime.internal.core;

import bedrock.api.BedrockException;
import bedrock.api.module.ClientInstance;
import bedrock.api.module.Dependency;
import bedrock.api.module.ModuleFactory;
import bedrock.api.module.Pool;
import bedrock.api.module.ProviderInstance;
import bedrock.api.module.ResolvedDependency;
import bedrock.api.server.NamedEntity;
import bedrock.api.server.ProviderRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The clients and providers of a service: creation with dependency resolution, lookup, removal,
 * and their completed configuration. Spec entries reaching this class are already validated for
 * shape; what needs the live service (types, names, ids, references) is checked here.
 *
 * <p>Not thread-safe: the service serialises changes.
 */
public final class Components {

    private static final System.Logger LOG = System.getLogger(Components.class.getName());

    private final ServiceContext context;
    private final DependencyFinder finder;
    private final List<ClientEntry> clients = new ArrayList<>();
    private final ProviderTable providers = new ProviderTable();
    private final CommittedProviders committed = new CommittedProviders();

    public Components(ServiceContext context) {
        this.context = context;
        this.finder = new DependencyFinder(context, this);
    }

    /** Creates a client from a validated spec entry; undone by {@code tx} unless committed. */
    public void createClient(Map<String, Object> spec, String path, Transaction tx) {
        String name = (String) spec.get("name");
        String type = (String) spec.get("type");
        if (client(name).isPresent()) {
            throw new BedrockException("Name \"" + name + "\" is already used by another client", path + "/name");
        }
        ModuleFactory factory = context.modules().require(type, "client", path + "/type");
        Map<String, Object> config = Values.object(spec.get("config"));
        List<Dependency> declared = declared(() -> factory.clientDependencies(config), "client", name, type, path);
        Releases releases = new Releases();
        ResolvedSet deps = resolveAll(name, declared, spec, path, releases, tx);
        ClientInstance instance;
        try {
            instance = factory.createClient(new Args(name, type, -1, null, config,
                    Values.strings(spec.get("tags")), deps.handles, context.engine()));
        } catch (Exception e) {
            releases.releaseAll();
            throw ModuleErrors.wrap("While creating client \"" + name + "\" of type \"" + type + "\"", e, path);
        }
        ClientEntry entry = new ClientEntry(name, type, factory, Values.strings(spec.get("tags")), deps.echo, instance);
        entry.releases.add(releases::releaseAll);
        clients.add(entry);
        entry.publication = context.publisher().publish(ClientInstance.class, instance, properties(entry, -1));
        tx.onRollback(() -> destroy(entry));
    }

    /** Creates a provider from a validated spec entry and returns its id. */
    public int createProvider(Map<String, Object> spec, String path, Transaction tx) {
        String name = (String) spec.get("name");
        String type = (String) spec.get("type");
        if (providers.named(name) != null) {
            throw new BedrockException("Name \"" + name + "\" already used by another provider", path + "/name");
        }
        ModuleFactory factory = context.modules().require(type, "provider", path + "/type");
        int id = assignId(spec.get("provider_id"), path);
        Pool pool = resolvePool(spec.getOrDefault("pool", "__primary__"), path + "/pool");
        Map<String, Object> config = Values.object(spec.get("config"));
        List<Dependency> declared = declared(() -> factory.providerDependencies(config), "provider", name, type, path);
        Releases releases = new Releases();
        ResourceDirectory.Hold poolHold = context.resources().retain(pool);
        ProviderInstance instance;
        ResolvedSet deps;
        try {
            deps = resolveAll(name, declared, spec, path, releases, tx);
            instance = factory.createProvider(new Args(name, type, id, pool, config,
                    Values.strings(spec.get("tags")), deps.handles, context.engine()));
        } catch (Exception e) {
            releases.releaseAll();
            poolHold.release();
            throw ModuleErrors.wrap("While creating provider \"" + name + "\" of type \"" + type + "\"", e, path);
        }
        ProviderEntry entry = new ProviderEntry(name, type, id, factory, Values.strings(spec.get("tags")),
                deps.echo, instance, pool, poolHold);
        entry.releases.add(releases::releaseAll);
        providers.add(entry);
        entry.publication = context.publisher().publish(ProviderInstance.class, instance, properties(entry, id));
        tx.onRollback(() -> destroy(entry));
        return id;
    }

    private Map<String, Object> properties(ComponentEntry entry, int id) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(Publisher.NAME, entry.name);
        props.put(Publisher.TYPE, entry.type);
        props.put(Publisher.ADDRESS, context.engine().address());
        if (id >= 0) {
            props.put(Publisher.PROVIDER_ID, id);
        }
        return props;
    }

    private Pool resolvePool(Object ref, String path) {
        Optional<Pool> pool = ref instanceof Number n ? context.resources().pool(n.intValue())
                : context.resources().pool(String.valueOf(ref));
        return pool.orElseThrow(() -> new BedrockException(ref instanceof Number
                ? "Could not find pool at index " + ref : "Could not find pool \"" + ref + "\"", path));
    }

    private int assignId(Object requested, String path) {
        int bedrockId = context.bedrockProviderId();
        if (requested instanceof Number n && n.intValue() != ProviderTable.ID_LIMIT) {
            int id = n.intValue();
            if (id == bedrockId) {
                throw new BedrockException("Bedrock already uses provider ID " + id, path + "/provider_id");
            }
            if (providers.idUsed(id)) {
                throw new BedrockException("Another provider already uses provider ID " + id, path + "/provider_id");
            }
            return id;
        }
        int free = providers.freeId(bedrockId);
        if (free >= 0) {
            return free;
        }
        throw new BedrockException("No provider id left to assign (all of 0..65534 are in use)", path);
    }

    private interface DeclaredSupplier {
        List<Dependency> get() throws Exception;
    }

    private List<Dependency> declared(DeclaredSupplier supplier, String kind, String name, String type, String path) {
        try {
            List<Dependency> list = supplier.get();
            return list == null ? List.of() : list;
        } catch (Exception e) {
            throw ModuleErrors.wrap("Could not get the dependencies of " + kind + " \"" + name + "\" of type \"" + type + "\"",
                    e, path + "/config");
        }
    }

    /** Resolved handles and their echo for the completed config. */
    private record ResolvedSet(Map<String, List<ResolvedDependency>> handles, Map<String, Object> echo) {
    }

    private ResolvedSet resolveAll(String owner, List<Dependency> declared, Map<String, Object> spec,
            String path, Releases releases, Transaction tx) {
        Map<String, Object> given = Values.object(spec.get("dependencies"));
        for (String key : given.keySet()) {
            if (declared.stream().noneMatch(d -> d.name().equals(key))) {
                throw new BedrockException("Unknown dependency \"" + key + "\" (the module declares: "
                        + (declared.isEmpty() ? "none" : String.join(", ", declared.stream().map(Dependency::name).toList()))
                        + ")", path + "/dependencies/" + key);
            }
        }
        Map<String, List<ResolvedDependency>> handles = new LinkedHashMap<>();
        Map<String, Object> echo = new LinkedHashMap<>();
        try {
            for (Dependency dep : declared) {
                String depPath = path + "/dependencies/" + dep.name();
                List<ResolvedDependency> resolved = finder.resolve(owner, dep, given.get(dep.name()), depPath,
                        releases, tx);
                handles.put(dep.name(), resolved);
                if (!resolved.isEmpty() || given.containsKey(dep.name())) {
                    List<String> names = resolved.stream().map(ResolvedDependency::name).toList();
                    echo.put(dep.name(), dep.array() ? new ArrayList<>(names) : names.get(0));
                }
            }
        } catch (BedrockException e) {
            releases.releaseAll();
            String where = e.path().orElse(path);
            throw new BedrockException("While resolving dependencies of \"" + owner + "\": " + e.getMessage(),
                    where, e);
        }
        return new ResolvedSet(handles, echo);
    }

    /** The first client of that type, or a new {@code __type_client__} (undone with {@code tx}). */
    ClientEntry anonymousClient(String type, String path, Transaction tx) {
        for (ClientEntry c : clients) {
            if (c.type.equals(type)) {
                return c;
            }
        }
        String name = "__" + type + "_client__";
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("name", name);
        spec.put("type", type);
        createClient(spec, path, tx);
        return client(name).orElseThrow();
    }

    Optional<ClientEntry> client(String name) {
        return clients.stream().filter(c -> c.name.equals(name)).findFirst();
    }

    /** A provider by {@code name} or {@code type:id}. */
    Optional<ProviderEntry> provider(String locator) {
        int colon = locator.indexOf(':');
        if (colon < 0) {
            return Optional.ofNullable(providers.named(locator));
        }
        return Optional.ofNullable(providers.withTypeAndId(locator.substring(0, colon), locator.substring(colon + 1)));
    }

    /** Removes a client nobody depends on. */
    public void removeClient(String name) {
        ClientEntry entry = client(name).orElseThrow(() ->
                new BedrockException("Could not find client \"" + name + "\""));
        refuseIfUsed(entry, "Client");
        destroy(entry);
    }

    /** Removes a provider no local provider or client holds as a dependency. */
    public void removeProvider(String locator) {
        ProviderEntry entry = provider(locator).orElseThrow(() ->
                new BedrockException("Could not find provider \"" + locator + "\""));
        refuseIfUsed(entry, "Provider");
        destroy(entry);
    }

    private void refuseIfUsed(ComponentEntry entry, String what) {
        if (!entry.dependents.isEmpty()) {
            throw new BedrockException(what + " \"" + entry.name + "\" is still used by "
                    + String.join(", ", entry.dependents.stream().map(Object::toString).toList()));
        }
    }

    private void destroy(ClientEntry entry) {
        if (!clients.remove(entry)) {
            return;
        }
        entry.publication.close();
        close(entry.instance, "client", entry.name);
        entry.releases.releaseAll();
    }

    private void destroy(ProviderEntry entry) {
        if (!providers.remove(entry)) {
            return;
        }
        entry.publication.close();
        close(entry.instance, "provider", entry.name);
        entry.releases.releaseAll();
        entry.poolHold.release();
    }

    private static void close(AutoCloseable instance, String kind, String name) {
        try {
            instance.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "Closing " + kind + " \"" + name + "\" failed", e);
        }
    }

    /** Moves a provider to another pool through its module. */
    public void changeProviderPool(String locator, Object poolRef) {
        ProviderEntry entry = provider(locator).orElseThrow(() ->
                new BedrockException("Could not find provider \"" + locator + "\""));
        Pool pool = resolvePool(poolRef, "/pool");
        ResourceDirectory.Hold hold = context.resources().retain(pool);
        try {
            entry.instance.changePool(pool);
        } catch (UnsupportedOperationException e) {
            hold.release();
            throw new BedrockException("Changing pool not supported by provider type \"" + entry.type
                    + "\" (provider \"" + entry.name + "\")", "/providers/" + providerIndex(entry), e);
        } catch (Exception e) {
            hold.release();
            throw ModuleErrors.wrap("Could not change the pool of provider \"" + entry.name + "\"", e, null);
        }
        entry.poolHold.release();
        entry.pool = pool;
        entry.poolHold = hold;
        providers.touch(entry.name);
    }

    /** Stops every provider in reverse creation order, then every client likewise. */
    public void closeAll() {
        providers.newestFirst().forEach(this::destroy);
        newestFirst(clients).forEach(this::destroy);
    }

    /**
     * Removes everything created by a module type whose factory left, and everything that holds one
     * of those as a dependency, newest first so dependents go before what they depend on.
     */
    public void dropType(String type) {
        java.util.Set<String> doomed = new java.util.HashSet<>();
        List<ComponentEntry> all = new ArrayList<>(clients);
        all.addAll(providers.all());
        all.stream().filter(e -> e.type.equals(type)).forEach(e -> doomed.add(e.name));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ComponentEntry e : all) {
                if (doomed.contains(e.name)) {
                    for (ComponentEntry.Dependent d : e.dependents) {
                        grew |= doomed.add(d.owner());
                    }
                }
            }
        }
        for (ProviderEntry p : providers.newestFirst()) {
            if (doomed.contains(p.name)) {
                LOG.log(System.Logger.Level.WARNING, "Module type \"" + type + "\" left: removing provider \""
                        + p.name + "\"");
                destroy(p);
            }
        }
        for (ClientEntry c : newestFirst(clients)) {
            if (doomed.contains(c.name)) {
                LOG.log(System.Logger.Level.WARNING, "Module type \"" + type + "\" left: removing client \""
                        + c.name + "\"");
                destroy(c);
            }
        }
    }

    public List<Map<String, Object>> clientConfigs() {
        return clients.stream().map(ClientEntry::config).toList();
    }

    public List<Map<String, Object>> providerConfigs() {
        return providers.all().stream().map(ProviderEntry::config).toList();
    }

    /** Clients as (name, type), in creation order. */
    public List<NamedEntity> clientList() {
        return clients.stream().map(c -> new NamedEntity(c.name, c.type)).toList();
    }

    /**
     * The providers added, removed or moved since the last call, as last committed and as they are
     * now; commits them (see {@link CommittedProviders}). The caller serialises it with
     * {@link #committedProviderConfigs}.
     */
    public CommittedProviders.Change commitProviders() {
        return committed.commit(providers, providers.drainTouched());
    }

    /** The {@code providers} section as of the last {@link #commitProviders}: a deep copy. */
    public List<Map<String, Object>> committedProviderConfigs() {
        return committed.copy();
    }

    /** The provider of that name, found without walking them all. */
    public Optional<ProviderRef> providerRef(String name) {
        return Optional.ofNullable(providers.named(name)).map(ProviderEntry::ref);
    }

    /** Providers in creation order. */
    public List<ProviderRef> providerList() {
        return providers.all().stream().map(ProviderEntry::ref).toList();
    }

    /** A provider's index in the completed config's {@code providers}. */
    int providerIndex(ProviderEntry entry) {
        return providers.indexOf(entry);
    }

    /** Provider names, in creation order: a read-only live view. */
    public java.util.Set<String> providerNames() {
        return providers.names();
    }

    /** The provider ids in use: a read-only live view. */
    public java.util.Set<Integer> providerIds() {
        return providers.ids();
    }

    /** Client names, in creation order. */
    public List<String> clientNames() {
        return clients.stream().map(c -> c.name).toList();
    }

    private static <T> List<T> newestFirst(java.util.Collection<T> inCreationOrder) {
        List<T> out = new ArrayList<>(inCreationOrder);
        java.util.Collections.reverse(out);
        return out;
    }

    /**
     * The providers and clients that use a pool or xstream: as the pool they run on, or as a
     * dependency (named so in their completed config).
     */
    public List<String> resourceUsers(String name) {
        return ResourceUsers.of(name, providers.all(), clients);
    }

    /** Whether some provider runs on that pool. */
    public boolean poolInUse(String pool) {
        return providers.all().stream().anyMatch(p -> p.pool.name().equals(pool));
    }
}
