package bedrock.runtime.internal.server;

import bedrock.api.BedrockException;
import bedrock.api.json.Json;
import bedrock.api.server.AbtIoManager;
import bedrock.api.server.ClientManager;
import bedrock.api.server.PoolManager;
import bedrock.api.server.ProviderManager;
import bedrock.api.server.QueryResult;
import bedrock.api.server.Server;
import bedrock.api.server.SpecOptions;
import bedrock.api.server.SsgManager;
import bedrock.api.server.XstreamManager;
import bedrock.runtime.internal.argobots.AbtIoInstance;
import bedrock.runtime.internal.argobots.ExecutionRegistry;
import bedrock.runtime.internal.core.Components;
import bedrock.runtime.internal.core.ResourceDirectory;
import bedrock.runtime.internal.core.ServiceContext;
import bedrock.runtime.internal.core.Transaction;
import bedrock.runtime.internal.core.Values;
import bedrock.runtime.internal.event.EventJournal;
import bedrock.runtime.internal.event.EventSink;
import bedrock.runtime.internal.event.Published;
import bedrock.runtime.internal.group.SsgGroup;
import bedrock.runtime.internal.spec.IfConditions;
import bedrock.runtime.internal.spec.SpecCompleter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A running Bedrock service. Start-up creates, in order, pools and xstreams, the RPC engine, the
 * Bedrock section, groups, abt_io instances, module libraries, clients and providers; any failure
 * undoes everything already created. Every runtime change is a transaction under one lock.
 */
public final class BedrockService implements Server {

    private static final System.Logger LOG = System.getLogger(BedrockService.class.getName());

    final ReentrantLock lock = new ReentrantLock();
    final ServiceSetup setup;
    final SpecReader reader;
    final Map<String, Object> margo;
    final Resources resources;
    final EngineFactory.Engine engine;
    final Components components;
    final Libraries libraries;
    final int bedrockId;
    final String bedrockPool;
    final List<Map<String, Object>> abtIoConfigs = new ArrayList<>();
    final List<Map<String, Object>> ssgConfigs = new ArrayList<>();
    final Publications publications;
    private final CountDownLatch stopped = new CountDownLatch(1);
    final List<Runnable> closeHooks = new ArrayList<>();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private final Managers managers;
    private volatile boolean running = true;
    private final CommittedState committed = new CommittedState();
    private List<Published> startEvents = List.of();
    private final EventJournal journal = new EventJournal();
    final EventSink events;
    private final GroupWatch groupWatch = new GroupWatch(this);

    private BedrockService(ServiceSetup setup, SpecReader reader, Map<String, Object> completed,
            Resources resources, EngineFactory.Engine engine, Components components, Libraries libraries) {
        this.setup = setup;
        this.reader = reader;
        this.margo = Values.object(completed.get("margo"));
        this.resources = resources;
        this.engine = engine;
        this.components = components;
        this.libraries = libraries;
        Map<String, Object> bedrock = Values.object(completed.get("bedrock"));
        this.bedrockId = ((Number) bedrock.get("provider_id")).intValue();
        this.bedrockPool = (String) bedrock.get("pool");
        this.managers = new Managers(this);
        this.publications = new Publications(setup.publisher(), engine.rpc().address());
        this.events = journal.andThen(setup.events());
    }

    /**
     * Starts a service from spec text.
     *
     * @throws BedrockException naming the offending item and its JSON path; nothing is left running
     */
    public static BedrockService start(String address, String text, SpecOptions options, ServiceSetup setup) {
        try {
            return startOrExplain(address, text, options, setup);
        } catch (BedrockException e) {
            setup.events().publish(bedrock.api.event.Topics.SPEC_REJECTED, new bedrock.api.event.RefusalEvent(
                    address == null ? "" : address, "start", e.getMessage(), e.path().orElse(null)));
            throw e;
        }
    }

    private static BedrockService startOrExplain(String address, String text, SpecOptions options,
            ServiceSetup setup) {
        SpecReader reader = new SpecReader(setup.scripts());
        Map<String, String> moved = new HashMap<>();
        Map<String, Object> spec = Values.object(reader.read(text, options, moved));
        try {
            return start(address, spec, options, setup, reader);
        } catch (BedrockException e) {
            String original = e.path().map(p -> IfConditions.originalPath(p, moved)).orElse(null);
            if (original == null || original.equals(e.path().orElse(null))) {
                throw e;
            }
            throw new BedrockException(e.getMessage(), original, e);
        }
    }

    private static BedrockService start(String address, Map<String, Object> spec, SpecOptions options,
            ServiceSetup setup, SpecReader reader) {
        Map<String, Object> completed = SpecCompleter.complete(spec);
        Map<String, Object> margo = Values.object(completed.get("margo"));
        Transaction tx = new Transaction();
        try (tx) {
            ExecutionRegistry execution = ExecutionRegistry.start(Values.object(margo.get("argobots")),
                    (String) margo.get("progress_pool"), (String) margo.get("rpc_pool"));
            tx.onRollback(execution::close);
            EngineFactory.Engine engine = setup.engines().start(chooseAddress(address, margo));
            tx.onRollback(engine::close);
            Resources resources = new Resources(execution);
            Map<String, Object> bedrock = Values.object(completed.get("bedrock"));
            Duration timeout = Duration.ofMillis((long) (1000 * ((Number) Values.object(spec.get("bedrock"))
                    .getOrDefault("dependency_resolution_timeout", 30.0)).doubleValue()));
            ServiceContext context = new ServiceContext(setup.modules(), resources, engine.rpc(),
                    setup.remote().apply(engine.rpc()), setup.publisher(),
                    ((Number) bedrock.get("provider_id")).intValue(), timeout);
            Components components = new Components(context);
            Libraries libraries = new Libraries(setup.loader(), setup.modules(), options.baseDirectory(),
                    setup.moduleTimeout());
            BedrockService service = new BedrockService(setup, reader, completed, resources, engine,
                    components, libraries);
            service.populate(spec, completed, tx);
            tx.commit();
            service.startEvents = service.committed.commit(service);
            service.closeHooks.add(setup.modules().onDeparture((type, factory) -> service.moduleLeft(type)));
            try {
                setup.started().accept(service);
            } catch (RuntimeException e) {
                service.close();
                throw e;
            }
            service.announceStart();
            return service;
        }
    }

    private static String chooseAddress(String address, Map<String, Object> margo) {
        if (address != null && !address.isBlank()) {
            return address;
        }
        Object fromSpec = Values.object(margo.get("mercury")).get("address");
        return fromSpec instanceof String s && !s.isBlank() ? s : "tcp";
    }

    private void populate(Map<String, Object> spec, Map<String, Object> completed, Transaction tx) {
        tx.onRollback(publications::clear);
        resources.execution.pools().forEach(p -> publications.add(bedrock.api.module.Pool.class, p.name(), p));
        resources.execution.xstreams().forEach(x -> publications.add(bedrock.api.module.Xstream.class, x.name(), x));
        ResourceDirectory.Hold poolHold = resources.retain(resources.pool(bedrockPool).orElseThrow());
        tx.onRollback(poolHold::release);
        closeHooks.add(poolHold::release);
        List<?> ssg = (List<?>) completed.get("ssg");
        for (int i = 0; i < ssg.size(); i++) {
            addGroup(Values.object(ssg.get(i)), "/ssg/" + i, tx);
        }
        List<?> abtIo = (List<?>) completed.get("abt_io");
        for (int i = 0; i < abtIo.size(); i++) {
            addAbtIo(Values.object(abtIo.get(i)), "/abt_io/" + i, tx);
        }
        libraries.loadSection(spec.get("libraries"), tx);
        List<?> clients = sectionOf(spec.get("clients"));
        for (int i = 0; i < clients.size(); i++) {
            components.createClient(Values.object(clients.get(i)), "/clients/" + i, tx);
        }
        List<?> providers = sectionOf(spec.get("providers"));
        for (int i = 0; i < providers.size(); i++) {
            components.createProvider(Values.object(providers.get(i)), "/providers/" + i, tx);
        }
    }

    private static List<?> sectionOf(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    /** {@code $__ssg__}: this daemon's rank, the size and the members of each of its groups, as of now. */
    Map<String, Object> groupGlobals() {
        Map<String, Object> groups = new TreeMap<>();
        resources.groups.forEach((name, group) -> groups.put(name, group.view()));
        return groups;
    }

    void addGroup(Map<String, Object> completedEntry, String path, Transaction tx) {
        String name = (String) completedEntry.get("name");
        SsgGroup group = SsgGroup.open(completedEntry, engine.rpc().address(), bedrockId, path);
        resources.groups.put(name, group);
        ssgConfigs.add(completedEntry);
        publications.add(bedrock.api.module.GroupHandle.class, name, group);
        groupWatch.watch(name, group);
        tx.onRollback(() -> {
            groupWatch.forget(name);
            publications.remove(bedrock.api.module.GroupHandle.class, name);
            resources.groups.remove(name);
            ssgConfigs.remove(completedEntry);
            group.abandon();
        });
    }

    void addAbtIo(Map<String, Object> completedEntry, String path, Transaction tx) {
        String name = (String) completedEntry.get("name");
        var pool = resources.execution.pool((String) completedEntry.get("pool")).orElseThrow(() ->
                new BedrockException("Could not find pool \"" + completedEntry.get("pool") + "\"", path + "/pool"));
        // The instance pins its pool itself until it is closed.
        AbtIoInstance instance = new AbtIoInstance(name, pool, Values.object(completedEntry.get("config")));
        resources.abtIo.put(name, instance);
        Map<String, Object> config = new TreeMap<>(completedEntry);
        config.put("config", Values.sortedCopy(instance.config()));
        abtIoConfigs.add(config);
        publications.add(bedrock.api.module.AbtIo.class, name, instance);
        tx.onRollback(() -> {
            publications.remove(bedrock.api.module.AbtIo.class, name);
            resources.abtIo.remove(name);
            abtIoConfigs.remove(config);
            instance.close();
        });
    }

    /** The events of start-up: everything the spec created, then "ready"; group views from then on. */
    private void announceStart() {
        publishAll(startEvents);
        startEvents = List.of();
        events.publish(bedrock.api.event.Topics.DAEMON_READY, new bedrock.api.event.DaemonEvent(address()));
        groupWatch.start();
    }

    private void moduleLeft(String type) {
        List<Published> changes;
        lock.lock();
        try {
            Object location = committed.libraries() instanceof Map<?, ?> libs ? libs.get(type) : null;
            components.dropType(type);
            changes = new ArrayList<>(committed.commit(this));
            changes.add(new Published(bedrock.api.event.Topics.MODULE_UNLOADED, new bedrock.api.event.ModuleEvent(
                    address(), type, location == null ? null : location.toString())));
        } finally {
            lock.unlock();
        }
        publishAll(changes);
    }

    private void publishAll(List<Published> list) {
        for (Published p : list) {
            p.to(events);
        }
    }

    /** The journal {@code bedrock_watch_events} reads. */
    public EventJournal journal() {
        return journal;
    }

    /** Registers something to run when the service closes, before pools stop. */
    public void onClose(Runnable hook) {
        lock.lock();
        try {
            closeHooks.add(hook);
        } finally {
            lock.unlock();
        }
    }

    /** The RPC engine of this service. */
    public bedrock.api.module.RpcEngine rpc() {
        return engine.rpc();
    }

    /** The folder relative module locations resolve against (the spec's folder), or null for the working directory. */
    public java.nio.file.Path baseDirectory() {
        return libraries.baseDirectory();
    }

    /** Bedrock's own provider id. */
    public int bedrockProviderId() {
        return bedrockId;
    }

    /** Bedrock's pool, on which its management RPCs run. */
    public bedrock.api.module.Pool bedrockPoolHandle() {
        return resources.pool(bedrockPool).orElseThrow();
    }

    /**
     * Runs {@code listener} after every committed runtime change (a provider added, ...), outside
     * the service lock; remote provider lookups wait on it instead of polling.
     */
    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    /**
     * Runs {@code change} under the service lock as one transaction, then publishes what it changed
     * (or, when refused, a {@code bedrock/change/refused} event naming the {@code operation}).
     */
    <T> T change(String operation, java.util.function.Function<Transaction, T> change) {
        T result;
        List<Published> changes;
        lock.lock();
        try {
            if (!running) {
                throw new BedrockException("The service is shutting down");
            }
            try (Transaction tx = new Transaction()) {
                result = change.apply(tx);
                tx.commit();
            } catch (BedrockException e) {
                events.publish(bedrock.api.event.Topics.CHANGE_REFUSED, new bedrock.api.event.RefusalEvent(
                        address(), operation, e.getMessage(), e.path().orElse(null)));
                throw e;
            }
            changes = committed.commit(this);
        } finally {
            lock.unlock();
        }
        publishAll(changes);
        for (Runnable listener : changeListeners) {
            runQuietly(listener);
        }
        return result;
    }

    @Override
    public String address() {
        return engine.rpc().address();
    }

    @Override
    public Map<String, Object> config() {
        return snapshot().config();
    }

    /**
     * The configuration and {@code $__ssg__} as of now, or, while a change runs, as of the last
     * committed change (kept by {@link CommittedState}; each provider's entry as of the last change
     * that touched it).
     */
    private Snapshot snapshot() {
        // A change may wait long (a remote lookup waits up to the resolution timeout): readers then
        // get the state before that change instead of waiting for it.
        if (lock.tryLock()) {
            try {
                return new Snapshot(ConfigView.of(this), groupGlobals());
            } finally {
                lock.unlock();
            }
        }
        Snapshot last = committed.read(this);
        if (last != null) {
            return last;
        }
        lock.lock();
        try {
            return new Snapshot(ConfigView.of(this), groupGlobals());
        } finally {
            lock.unlock();
        }
    }

    /** A read of the service's state. */
    record Snapshot(Map<String, Object> config, Map<String, Object> groups) {
    }

    @Override
    public String configJson() {
        return Json.write(config());
    }

    @Override
    public QueryResult query(String script) {
        Snapshot now = snapshot();
        return setup.scripts().query(script, now.config(), Map.of("__ssg__", now.groups()));
    }

    @Override
    public void loadModule(String location) {
        loadModule(null, location);
    }

    @Override
    public void loadModule(String name, String location) {
        loadModule(name, location, location);
    }

    /**
     * Loads {@code location} (a form the caller checked and normalised) and lists it in the
     * completed configuration as {@code shown}, the text the user gave.
     */
    public void loadModule(String name, String location, String shown) {
        if (location == null || location.isBlank()) {
            throw new BedrockException("Invalid module location " + Json.write(location)
                    + " (expected a path, a file:/http: URL or mvn:group/artifact/version)");
        }
        change("load_module", tx -> {
            libraries.load(name, location, shown, "", tx);
            return null;
        });
    }

    @Override
    public void unloadModule(String nameOrLocation) {
        if (nameOrLocation == null || nameOrLocation.isBlank()) {
            throw new BedrockException("Invalid module " + Json.write(nameOrLocation)
                    + " to unload (expected a module type or the location it was loaded from)");
        }
        change("unload_module", tx -> {
            new ModuleUnload(libraries, components).unload(nameOrLocation);
            return null;
        });
    }

    @Override
    public PoolManager pools() {
        return managers.pools;
    }

    @Override
    public XstreamManager xstreams() {
        return managers.xstreams;
    }

    @Override
    public ProviderManager providers() {
        return managers.providers;
    }

    @Override
    public ClientManager clients() {
        return managers.clients;
    }

    @Override
    public AbtIoManager abtIo() {
        return managers.abtIo;
    }

    @Override
    public SsgManager ssg() {
        return managers.ssg;
    }

    @Override
    public void awaitShutdown() throws InterruptedException {
        stopped.await();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!running) {
                return;
            }
            running = false;
            events.publish(bedrock.api.event.Topics.DAEMON_STOPPING, new bedrock.api.event.DaemonEvent(address()));
            groupWatch.close();
            components.closeAll();
            for (int i = closeHooks.size() - 1; i >= 0; i--) {
                runQuietly(closeHooks.get(i));
            }
            publications.clear();
            resources.abtIo.values().forEach(AbtIoInstance::close);
            resources.groups.values().forEach(group -> runQuietly(group::leave));
            runQuietly(engine::close);
            runQuietly(resources.execution::close);
        } finally {
            lock.unlock();
            journal.close();
            stopped.countDown();
        }
    }

    private static void runQuietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Error while stopping the service", e);
        }
    }
}
