package bedrock.runtime.internal.net;

import bedrock.api.BedrockException;
import bedrock.api.module.Pool;
import bedrock.api.module.RpcEngine;
import bedrock.api.module.RpcHandler;
import bedrock.api.server.QueryResult;
import bedrock.runtime.internal.rpc.CredentialCheck;
import bedrock.runtime.internal.rpc.NettyRpcEngine;
import bedrock.runtime.internal.server.BedrockService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Bedrock's management RPCs, served on a service's engine at Bedrock's provider id and on
 * Bedrock's pool, under upstream's names. Reading RPCs are open to everyone; the others require
 * the daemon's credential when it has one (see {@link NetSecurity}).
 *
 * <p>Install with {@link #install(BedrockService, NetSecurity)} right after start, or pass
 * {@link #installer(NetSecurity)} as the service setup's {@code started} hook. The registrations
 * end when the service closes (its engine closes).
 */
public final class BedrockRpcs {

    private final BedrockService service;
    private final NetSecurity security;
    private final ProviderLookup lookup;
    private final WaitingPool lookupPool;
    private final List<RpcEngine.Registration> registrations = new ArrayList<>();

    private BedrockRpcs(BedrockService service, NetSecurity security) {
        this.service = service;
        this.security = security;
        this.lookup = new ProviderLookup(service);
        this.lookupPool = new WaitingPool(service.bedrockPoolHandle().name() + " (lookups)");
    }

    /** A {@code started} hook for {@link bedrock.runtime.internal.server.ServiceSetup}. */
    public static Consumer<BedrockService> installer(NetSecurity security) {
        return service -> install(service, security);
    }

    /**
     * Serves the management RPCs of {@code service}.
     *
     * @throws BedrockException when a credential is required but the engine cannot check one
     */
    public static BedrockRpcs install(BedrockService service, NetSecurity security) {
        BedrockRpcs rpcs = new BedrockRpcs(service, security);
        rpcs.registerAll();
        service.onChange(rpcs.lookup::changed);
        service.onClose(rpcs::close);
        return rpcs;
    }

    private void registerAll() {
        Pool pool = service.bedrockPoolHandle();
        read("bedrock_get_config", pool, request -> service.configJson().getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        read("bedrock_query_config", pool, request -> {
            Map<String, Object> args = Wire.arguments(request, "bedrock_query_config");
            QueryResult result = service.query(Wire.string(args, "script", "bedrock_query_config"));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("json", result.json());
            out.put("warnings", result.warnings());
            return Wire.encode(out);
        });
        // Not on Bedrock's pool: a lookup may wait (see WaitingPool).
        read("bedrock_lookup_provider", lookupPool, request -> {
            Map<String, Object> args = Wire.arguments(request, "bedrock_lookup_provider");
            Object timeout = args.get("timeout");
            return Wire.encode(lookup.lookup(Wire.string(args, "spec", "bedrock_lookup_provider"),
                    timeout instanceof Number n ? n.doubleValue() : 0));
        });
        // Not on Bedrock's pool either: a watch waits for the next event.
        read("bedrock_watch_events", lookupPool, request -> Wire.encode(EventWatchRpc.answer(service.journal(),
                Wire.arguments(request, "bedrock_watch_events"))));
        write("bedrock_load_module", pool, args -> {
            String location = Wire.string(args, "location", "bedrock_load_module");
            String checked = security.modules().checked(location, service.baseDirectory());
            Object name = args.get("name");
            service.loadModule(name instanceof String s ? s : null, checked, location);
            return null;
        });
        // {"name": type} or {"location": as loaded}; both resolve the same way on the service.
        write("bedrock_unload_module", pool, args -> {
            String key = args.containsKey("location") && !args.containsKey("name") ? "location" : "name";
            service.unloadModule(Wire.string(args, key, "bedrock_unload_module"));
            return null;
        });
        write("bedrock_add_pool", pool, args -> {
            service.pools().create(args.get("spec"));
            return null;
        });
        write("bedrock_remove_pool", pool, args -> {
            service.pools().remove(Wire.string(args, "name", "bedrock_remove_pool"));
            return null;
        });
        write("bedrock_add_xstream", pool, args -> {
            service.xstreams().create(args.get("spec"));
            return null;
        });
        write("bedrock_remove_xstream", pool, args -> {
            service.xstreams().remove(Wire.string(args, "name", "bedrock_remove_xstream"));
            return null;
        });
        write("bedrock_start_provider", pool, args -> service.providers().create(args.get("spec")).providerId());
        write("bedrock_remove_provider", pool, args -> {
            service.providers().remove(Wire.string(args, "name", "bedrock_remove_provider"));
            return null;
        });
        write("bedrock_change_provider_pool", pool, args -> {
            service.providers().changePool(Wire.string(args, "provider", "bedrock_change_provider_pool"),
                    Wire.string(args, "pool", "bedrock_change_provider_pool"));
            return null;
        });
        write("bedrock_add_client", pool, args -> {
            service.clients().create(args.get("spec"));
            return null;
        });
        write("bedrock_remove_client", pool, args -> {
            service.clients().remove(Wire.string(args, "name", "bedrock_remove_client"));
            return null;
        });
        write("bedrock_add_abtio", pool, args -> {
            service.abtIo().create(args.get("spec"));
            return null;
        });
        write("bedrock_add_ssg_group", pool, args -> {
            service.ssg().create(args.get("spec"));
            return null;
        });
        write("bedrock_migrate_provider", pool, args -> {
            String rpc = "bedrock_migrate_provider";
            service.providers().migrate(Wire.string(args, "provider", rpc), Wire.string(args, "dest_address", rpc),
                    Wire.integer(args, "dest_provider_id", rpc), Wire.object(args, "options", rpc),
                    Wire.flag(args, "remove_source", rpc));
            return null;
        });
        write("bedrock_snapshot_provider", pool, args -> {
            String rpc = "bedrock_snapshot_provider";
            service.providers().snapshot(Wire.string(args, "provider", rpc), Wire.string(args, "dest_path", rpc),
                    Wire.object(args, "options", rpc), Wire.flag(args, "remove_source", rpc));
            return null;
        });
        write("bedrock_restore_provider", pool, args -> {
            String rpc = "bedrock_restore_provider";
            service.providers().restore(Wire.string(args, "provider", rpc), Wire.string(args, "src_path", rpc),
                    Wire.object(args, "options", rpc));
            return null;
        });
        registerShutdown(pool, service.bedrockProviderId());
        // Upstream's shutdown is Margo's, whatever Bedrock's provider id: bedrock-shutdown without
        // -i stops a daemon whose Bedrock id is not 0 as well.
        if (service.bedrockProviderId() != 0) {
            registerShutdown(pool, 0);
        }
    }

    private void registerShutdown(Pool pool, int providerId) {
        // Closing from a pool thread would wait for that very thread: answer, then close elsewhere.
        write("bedrock_shutdown", providerId, new AfterTaskPool(pool, () -> {
            Thread closer = new Thread(service::close, "bedrock-shutdown");
            closer.setDaemon(false);
            closer.start();
        }), args -> null);
    }

    /** An RPC anyone may call. */
    private void read(String name, Pool pool, RpcHandler handler) {
        registrations.add(service.rpc().register(name, service.bedrockProviderId(), pool, handler));
    }

    /** A mutating RPC: arguments decoded, result encoded, credential checked when configured. */
    private void write(String name, Pool pool, Operation operation) {
        write(name, service.bedrockProviderId(), pool, operation);
    }

    private void write(String name, int providerId, Pool pool, Operation operation) {
        RpcHandler handler = request -> Wire.encode(operation.apply(Wire.arguments(request, name)));
        RpcEngine engine = service.rpc();
        if (engine instanceof NettyRpcEngine netty) {
            registrations.add(netty.register(name, providerId, pool, handler,
                    CredentialCheck.equalTo(security.credential())));
        } else if (security.requiresCredential()) {
            throw new BedrockException("The daemon has a credential but its RPC engine ("
                    + engine.getClass().getName() + ") cannot check credentials");
        } else {
            registrations.add(engine.register(name, providerId, pool, handler));
        }
    }

    /** Stops serving (the service is closing) and releases lookups still waiting. */
    private void close() {
        lookup.close();
        lookupPool.close();
        for (RpcEngine.Registration registration : registrations) {
            try {
                registration.close();
            } catch (RuntimeException ignored) {
                // the engine is closing anyway
            }
        }
    }

    /** One mutating operation on decoded arguments; returns the result value or null. */
    @FunctionalInterface
    private interface Operation {
        Object apply(Map<String, Object> args) throws Exception;
    }
}
