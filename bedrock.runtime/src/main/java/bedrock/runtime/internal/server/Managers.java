package bedrock.runtime.internal.server;

import bedrock.api.BedrockException;
import bedrock.api.server.AbtIoManager;
import bedrock.api.server.ClientManager;
import bedrock.api.server.NamedEntity;
import bedrock.api.server.PoolManager;
import bedrock.api.server.ProviderManager;
import bedrock.api.server.ProviderRef;
import bedrock.api.server.SsgManager;
import bedrock.api.server.XstreamManager;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** The {@code Server} managers: thin views delegating to {@link RuntimeChanges}. */
final class Managers {

    final PoolManager pools;
    final XstreamManager xstreams;
    final ClientManager clients;
    final ProviderManagerView providers;
    final AbtIoManager abtIo;
    final SsgManager ssg;

    Managers(BedrockService s) {
        RuntimeChanges changes = new RuntimeChanges(s);
        pools = new NamedView(new Ops<>("pool", () -> s.resources.execution.pools().stream()
                .map(p -> new NamedEntity(p.name(), "pool")).toList(),
                spec -> new NamedEntity(changes.addPool(spec), "pool"), changes::removePool,
                () -> listOf(s.resources.execution.config().get("pools")), s));
        xstreams = new NamedView(new Ops<>("xstream", () -> s.resources.execution.xstreams().stream()
                .map(x -> new NamedEntity(x.name(), "xstream")).toList(),
                spec -> new NamedEntity(changes.addXstream(spec), "xstream"), changes::removeXstream,
                () -> listOf(s.resources.execution.config().get("xstreams")), s));
        clients = new NamedView(new Ops<>("client", s.components::clientList,
                spec -> clientNamed(s, changes.addClient(spec)), changes::removeClient,
                s.components::clientConfigs, s));
        providers = new ProviderManagerView(new Ops<>("provider", s.components::providerList,
                spec -> providerNamed(s, changes.addProvider(spec)), changes::removeProvider,
                s.components::providerConfigs, s), changes);
        abtIo = new NamedView(new Ops<>("abt_io instance", () -> s.resources.abtIo.keySet().stream()
                .map(n -> new NamedEntity(n, "abt_io")).toList(),
                spec -> new NamedEntity(changes.addAbtIo(spec), "abt_io"), name -> {
                    throw new BedrockException("Removing abt_io instances is not supported");
                }, () -> List.copyOf(s.abtIoConfigs), s));
        ssg = new NamedView(new Ops<>("ssg group", () -> s.resources.groups.keySet().stream()
                .map(n -> new NamedEntity(n, "ssg")).toList(),
                spec -> new NamedEntity(changes.addSsg(spec), "ssg"), name -> {
                    throw new BedrockException("Leaving ssg groups is not supported");
                }, () -> List.copyOf(s.ssgConfigs), s));
    }

    private static NamedEntity clientNamed(BedrockService s, String name) {
        return s.components.clientList().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static ProviderRef providerNamed(BedrockService s, String name) {
        return s.components.providerRef(name).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> listOf(Object value) {
        return (List<Map<String, Object>>) value;
    }

    /** The operations one manager delegates; reads take the service lock too. */
    record Ops<T>(String what, Supplier<List<T>> list, Function<Object, T> create, Consumer<String> remove,
            Supplier<List<Map<String, Object>>> config, BedrockService service) {

        <R> R read(Supplier<R> reader) {
            service.lock.lock();
            try {
                return reader.get();
            } finally {
                service.lock.unlock();
            }
        }
    }

    /** The shared list behaviour of every manager. */
    abstract static class View<T> implements bedrock.api.server.EntityManager<T> {

        final Ops<T> ops;

        View(Ops<T> ops) {
            this.ops = ops;
        }

        abstract String nameOf(T item);

        @Override
        public int size() {
            return ops.read(() -> ops.list().get().size());
        }

        @Override
        public T get(int index) {
            List<T> all = list();
            if (index < 0 || index >= all.size()) {
                throw new BedrockException("Could not find " + ops.what() + " at index " + index
                        + " (there are " + all.size() + ")");
            }
            return all.get(index);
        }

        @Override
        public T get(String name) {
            return list().stream().filter(t -> nameOf(t).equals(name)).findFirst().orElseThrow(() ->
                    new BedrockException("Could not find " + ops.what() + " \"" + name + "\""));
        }

        @Override
        public boolean contains(String name) {
            return list().stream().anyMatch(t -> nameOf(t).equals(name));
        }

        @Override
        public List<T> list() {
            return ops.read(() -> List.copyOf(ops.list().get()));
        }

        @Override
        public T create(Object spec) {
            if (spec == null) {
                // Never an item with every field defaulted (an auto-named pool, ...) by mistake.
                throw new BedrockException("Missing " + ops.what() + " spec (expected a JSON object,"
                        + " or its JSON text)", "");
            }
            return ops.create().apply(spec);
        }

        @Override
        public void remove(String name) {
            ops.remove().accept(name);
        }

        @Override
        public void remove(int index) {
            remove(nameOf(get(index)));
        }

        @Override
        public List<Map<String, Object>> config() {
            return ops.read(() -> List.copyOf(ops.config().get()));
        }
    }

    /** Every manager of named entities (pools, xstreams, clients, abt_io, ssg): they differ only in their operations. */
    static final class NamedView extends View<NamedEntity>
            implements PoolManager, XstreamManager, ClientManager, AbtIoManager, SsgManager {
        NamedView(Ops<NamedEntity> ops) {
            super(ops);
        }

        @Override
        String nameOf(NamedEntity item) {
            return item.name();
        }
    }

    static final class ProviderManagerView extends View<ProviderRef> implements ProviderManager {

        private final RuntimeChanges changes;

        ProviderManagerView(Ops<ProviderRef> ops, RuntimeChanges changes) {
            super(ops);
            this.changes = changes;
        }

        @Override
        String nameOf(ProviderRef item) {
            return item.name();
        }

        // By name through the providers' index: no walk of them all (a service may have thousands).
        @Override
        public ProviderRef get(String name) {
            return named(name).orElseThrow(() -> new BedrockException("Could not find provider \"" + name + "\""));
        }

        @Override
        public boolean contains(String name) {
            return named(name).isPresent();
        }

        private java.util.Optional<ProviderRef> named(String name) {
            return ops.read(() -> ops.service().components.providerRef(name));
        }

        @Override
        public ProviderRef lookup(String locator) {
            return list().stream().filter(p -> p.name().equals(locator)
                    || (p.type() + ":" + p.providerId()).equals(locator)).findFirst().orElseThrow(() ->
                    new BedrockException("Could not find provider with spec \"" + locator + "\""));
        }

        @Override
        public void changePool(String provider, String pool) {
            changes.changeProviderPool(provider, pool);
        }

        @Override
        public void migrate(String provider, String destAddress, int destProviderId, Map<String, Object> options,
                boolean removeSource) {
            changes.migrate(provider, destAddress, destProviderId, options, removeSource);
        }

        @Override
        public void snapshot(String provider, String destPath, Map<String, Object> options, boolean removeSource) {
            changes.snapshot(provider, destPath, options, removeSource);
        }

        @Override
        public void restore(String provider, String srcPath, Map<String, Object> options) {
            changes.restore(provider, srcPath, options);
        }
    }
}
