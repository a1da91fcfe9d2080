package bedrock.runtime.internal.server;

import bedrock.api.BedrockException;
import bedrock.api.module.ClientArgs;
import bedrock.api.module.ClientInstance;
import bedrock.api.module.ComponentArgs;
import bedrock.api.module.Dependency;
import bedrock.api.module.ModuleFactory;
import bedrock.api.module.ProviderArgs;
import bedrock.api.module.ProviderInstance;
import bedrock.runtime.internal.core.ModuleRegistry;
import bedrock.runtime.internal.core.Publisher;
import bedrock.runtime.internal.core.RemoteProviders;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stand-ins for upstream's test modules A, B and C, loaded by a fake loader from the locations
 * upstream's tests use ({@code libModuleA.so}, ...), so the service runs without a framework.
 */
public final class TestModules {

    /** Every provider and client created and closed, in order: {@code "+provider:a1"}, {@code "-client:c"}. */
    static final List<String> EVENTS = new CopyOnWriteArrayList<>();

    private TestModules() {
    }

    public static ServiceSetup setup() {
        ModuleRegistry modules = new ModuleRegistry();
        return new ServiceSetup(modules, loader(modules), new NettyEngines(), new Jx9Scripts(),
                engine -> RemoteProviders.unavailable(), Publisher.none(), Duration.ofSeconds(2));
    }

    /** Loads {@code [./]libModuleA.so}, B and C by registering their factories; refuses others. */
    static ModuleLoader loader(ModuleRegistry modules) {
        return (location, baseDir) -> {
            String file = location.substring(location.lastIndexOf('/') + 1);
            String type = switch (file) {
                case "libModuleA.so" -> "module_a";
                case "libModuleB.so" -> "module_b";
                case "libModuleC.so" -> "module_c";
                default -> throw new BedrockException("Could not load module bundle \"" + location + "\": not found");
            };
            boolean added = modules.find(type).isEmpty()
                    && modules.add(type, "module_c".equals(type) ? new ModuleC() : new Recording(type));
            ModuleFactory factory = modules.find(type).orElseThrow();
            return new ModuleLoader.Loaded(location, List.of(type), () -> { }, () -> modules.remove(type, factory));
        };
    }

    /** What a recording provider or client was given. */
    static class Recorded implements ProviderInstance, ClientInstance {
        final ComponentArgs args;
        final String kind;

        Recorded(String kind, ComponentArgs args) {
            this.kind = kind;
            this.args = args;
            EVENTS.add("+" + kind + ":" + args.name());
        }

        @Override
        public Map<String, Object> config() {
            return Map.of();
        }

        @Override
        public void close() {
            EVENTS.add("-" + kind + ":" + args.name());
        }
    }

    /** Modules A and B: no dependencies, empty config. */
    static class Recording implements ModuleFactory {
        final String type;

        Recording(String type) {
            this.type = type;
        }

        @Override
        public ProviderInstance createProvider(ProviderArgs args) {
            if (args.config().containsKey("fail")) {
                throw new IllegalStateException("provider asked to fail");
            }
            return new Recorded("provider", args);
        }

        @Override
        public ClientInstance createClient(ClientArgs args) {
            return new Recorded("client", args);
        }
    }

    /** Module C: declares the dependencies its config lists and echoes its config. */
    static final class ModuleC extends Recording {
        ModuleC() {
            super("module_c");
        }

        @Override
        public List<Dependency> providerDependencies(Map<String, Object> config) {
            return declared(config.get("expected_provider_dependencies"));
        }

        @Override
        public List<Dependency> clientDependencies(Map<String, Object> config) {
            return declared(config.get("expected_client_dependencies"));
        }

        @Override
        public ProviderInstance createProvider(ProviderArgs args) {
            return new Recorded("provider", args) {
                @Override
                public Map<String, Object> config() {
                    return args.config();
                }
            };
        }

        private static List<Dependency> declared(Object list) {
            List<Dependency> out = new ArrayList<>();
            if (list instanceof List<?> items) {
                for (Object o : items) {
                    Map<?, ?> d = (Map<?, ?>) o;
                    String kind = String.valueOf(d.containsKey("kind") ? d.get("kind") : "provider_handle");
                    out.add(new Dependency((String) d.get("name"), (String) d.get("type"),
                            Dependency.Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)),
                            Boolean.TRUE.equals(d.get("is_required")), Boolean.TRUE.equals(d.get("is_array"))));
                }
            }
            return out;
        }
    }
}
