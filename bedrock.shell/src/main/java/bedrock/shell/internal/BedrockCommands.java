package bedrock.shell.internal;

import bedrock.api.client.ServiceHandle;
import bedrock.api.json.Json;
import bedrock.api.server.Server;
import bedrock.api.server.ServerFactory;
import bedrock.api.server.SpecOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The {@code bedrock:*} Gogo commands. Each acts on a Bedrock service of this framework (the only
 * one, or the one at the given address) or, for an address not served here, on the remote daemon.
 * Commands return data (JSON text) and never print or exit.
 */
@Component(service = BedrockCommands.class, property = {
    "osgi.command.scope=bedrock",
    "osgi.command.function=servers", "osgi.command.function=start", "osgi.command.function=stop",
    "osgi.command.function=config", "osgi.command.function=query", "osgi.command.function=load",
    "osgi.command.function=addpool", "osgi.command.function=rmpool",
    "osgi.command.function=addxstream", "osgi.command.function=rmxstream",
    "osgi.command.function=addprovider", "osgi.command.function=rmprovider",
    "osgi.command.function=addclient", "osgi.command.function=rmclient",
    "osgi.command.function=unload", "osgi.command.function=migrate",
    "osgi.command.function=snapshot", "osgi.command.function=restore"})
public final class BedrockCommands {

    private volatile ServerFactory serverFactory;
    @Reference
    private Targets targets;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setServerFactory(ServerFactory factory) {
        this.serverFactory = factory;
    }

    void unsetServerFactory(ServerFactory factory) {
        if (serverFactory == factory) {
            serverFactory = null;
        }
    }

    @Descriptor("lists the addresses of the Bedrock services running in this framework")
    public List<String> servers() {
        return targets.servers().stream().map(Server::address).toList();
    }

    @Descriptor("starts a Bedrock service from a spec file (.json, or .jx9 for a Jx9 script)")
    public String start(@Descriptor("address or protocol, e.g. tcp") String address,
            @Descriptor("spec file") String specFile) {
        if (serverFactory == null) {
            throw new IllegalStateException("The Bedrock runtime is not active");
        }
        Path file = Path.of(specFile);
        return Messages.withPath(
                () -> serverFactory.create(address, SpecOptions.read(file), SpecOptions.forFile(file)).address());
    }

    @Descriptor("starts a Bedrock service on an empty spec")
    public String start(@Descriptor("address or protocol, e.g. tcp") String address) {
        if (serverFactory == null) {
            throw new IllegalStateException("The Bedrock runtime is not active");
        }
        return serverFactory.create(address, "{}", SpecOptions.json()).address();
    }

    @Descriptor("stops the Bedrock service at an address (local, or remote by RPC)")
    public String stop(@Descriptor("address") String address) {
        return apply(address, s -> {
            s.close();
            return "stopped " + address;
        }, h -> {
            h.shutdown();
            return "stopped " + address;
        });
    }

    @Descriptor("the completed configuration of the only local service, as JSON")
    public String config() {
        return Json.writePretty(targets.local(null).config());
    }

    @Descriptor("the completed configuration of the service at an address, as JSON")
    public String config(@Descriptor("address") String address) {
        return apply(address, s -> Json.writePretty(s.config()), h -> Json.writePretty(h.config()));
    }

    @Descriptor("runs a Jx9 query on the only local service")
    public String query(@Descriptor("Jx9 script, e.g. 'return $__config__.providers;'") String script) {
        return targets.local(null).query(script).json();
    }

    @Descriptor("runs a Jx9 query on the service at an address")
    public String query(@Descriptor("address") String address, @Descriptor("Jx9 script") String script) {
        return apply(address, s -> s.query(script).json(), h -> h.query(script).json());
    }

    @Descriptor("loads a module bundle (path, file:/http: URL or mvn:g/a/v) into a service")
    public String load(@Descriptor("address") String address, @Descriptor("location") String location) {
        return change(address, (s, unused) -> s.loadModule(location), (h, unused) -> h.loadModule(location),
                "loaded " + location);
    }

    @Descriptor("adds a pool: addpool ADDRESS '{\"name\":\"p\",\"kind\":\"fifo_wait\"}'")
    public String addpool(@Descriptor("address") String address, @Descriptor("pool JSON") String json) {
        return change(address, (s, j) -> s.pools().create(j), (h, j) -> h.addPool(j), json);
    }

    @Descriptor("removes a pool")
    public String rmpool(@Descriptor("address") String address, @Descriptor("pool name") String name) {
        return change(address, (s, n) -> s.pools().remove(n), (h, n) -> h.removePool(n), name);
    }

    @Descriptor("adds an xstream: addxstream ADDRESS '{\"name\":\"x\",\"scheduler\":{\"pools\":[\"p\"]}}'")
    public String addxstream(@Descriptor("address") String address, @Descriptor("xstream JSON") String json) {
        return change(address, (s, j) -> s.xstreams().create(j), (h, j) -> h.addXstream(j), json);
    }

    @Descriptor("removes an xstream")
    public String rmxstream(@Descriptor("address") String address, @Descriptor("xstream name") String name) {
        return change(address, (s, n) -> s.xstreams().remove(n), (h, n) -> h.removeXstream(n), name);
    }

    @Descriptor("adds a provider and returns its id")
    public int addprovider(@Descriptor("address") String address, @Descriptor("provider JSON") String json) {
        return apply(address, s -> s.providers().create(json).providerId(), h -> h.addProvider(json));
    }

    @Descriptor("removes a provider")
    public String rmprovider(@Descriptor("address") String address, @Descriptor("provider name") String name) {
        return change(address, (s, n) -> s.providers().remove(n), (h, n) -> h.removeProvider(n), name);
    }

    @Descriptor("adds a client")
    public String addclient(@Descriptor("address") String address, @Descriptor("client JSON") String json) {
        return change(address, (s, j) -> s.clients().create(j), (h, j) -> h.addClient(j), json);
    }

    @Descriptor("removes a client")
    public String rmclient(@Descriptor("address") String address, @Descriptor("client name") String name) {
        return change(address, (s, n) -> s.clients().remove(n), (h, n) -> h.removeClient(n), name);
    }

    @Descriptor("adds a pool to the only local service")
    public String addpool(@Descriptor("pool JSON") String json) {
        return addpool(null, json);
    }

    @Descriptor("removes a pool of the only local service")
    public String rmpool(@Descriptor("pool name") String name) {
        return rmpool(null, name);
    }

    @Descriptor("adds an xstream to the only local service")
    public String addxstream(@Descriptor("xstream JSON") String json) {
        return addxstream(null, json);
    }

    @Descriptor("removes an xstream of the only local service")
    public String rmxstream(@Descriptor("xstream name") String name) {
        return rmxstream(null, name);
    }

    @Descriptor("adds a provider to the only local service and returns its id")
    public int addprovider(@Descriptor("provider JSON") String json) {
        return addprovider(null, json);
    }

    @Descriptor("removes a provider of the only local service")
    public String rmprovider(@Descriptor("provider name") String name) {
        return rmprovider(null, name);
    }

    @Descriptor("adds a client to the only local service")
    public String addclient(@Descriptor("client JSON") String json) {
        return addclient(null, json);
    }

    @Descriptor("removes a client of the only local service")
    public String rmclient(@Descriptor("client name") String name) {
        return rmclient(null, name);
    }

    @Descriptor("loads a module bundle into the only local service")
    public String load(@Descriptor("location") String location) {
        return load(null, location);
    }

    @Descriptor("unloads a module bundle (by type or location) nothing uses any more")
    public String unload(@Descriptor("address") String address, @Descriptor("module type or location") String module) {
        return change(address, (s, m) -> s.unloadModule(m), (h, m) -> h.unloadModule(m), module);
    }

    @Descriptor("unloads a module bundle of the only local service")
    public String unload(@Descriptor("module type or location") String module) {
        return unload(null, module);
    }

    @Descriptor("sends a provider's state to a provider of the same type on another daemon")
    public String migrate(
            @Descriptor("remove the provider afterwards") @Parameter(names = {"-r", "--remove-source"},
                    absentValue = "false", presentValue = "true") boolean removeSource,
            @Descriptor("options as JSON, e.g. {\"mode\":\"merge\"}") @Parameter(names = {"-o", "--options"},
                    absentValue = "{}") String options,
            @Descriptor("address of the service, or \"local\" for the only local one") String address,
            @Descriptor("provider name or type:id") String provider,
            @Descriptor("destination daemon's address") String destAddress,
            @Descriptor("destination provider id") int destId) {
        var opts = Json.parseObject(options);
        return apply(local(address), s -> done(() -> s.providers().migrate(provider, destAddress, destId, opts,
                removeSource)), h -> done(() -> h.migrateProvider(provider, destAddress, destId, opts, removeSource)));
    }

    @Descriptor("writes a provider's state to a file on the daemon's machine")
    public String snapshot(
            @Descriptor("remove the provider afterwards") @Parameter(names = {"-r", "--remove-source"},
                    absentValue = "false", presentValue = "true") boolean removeSource,
            @Descriptor("options as JSON") @Parameter(names = {"-o", "--options"}, absentValue = "{}") String options,
            @Descriptor("address of the service, or \"local\" for the only local one") String address,
            @Descriptor("provider name or type:id") String provider,
            @Descriptor("snapshot file") String path) {
        var opts = Json.parseObject(options);
        return apply(local(address), s -> done(() -> s.providers().snapshot(provider, path, opts, removeSource)),
                h -> done(() -> h.snapshotProvider(provider, path, opts, removeSource)));
    }

    @Descriptor("restores a provider's state from a file on the daemon's machine")
    public String restore(
            @Descriptor("options as JSON, e.g. {\"mode\":\"merge\"}") @Parameter(names = {"-o", "--options"},
                    absentValue = "{}") String options,
            @Descriptor("address of the service, or \"local\" for the only local one") String address,
            @Descriptor("provider name or type:id") String provider,
            @Descriptor("snapshot file") String path) {
        var opts = Json.parseObject(options);
        return apply(local(address), s -> done(() -> s.providers().restore(provider, path, opts)),
                h -> done(() -> h.restoreProvider(provider, path, opts)));
    }

    private static String local(String address) {
        return "local".equals(address) ? null : address;
    }

    private static String done(Runnable action) {
        action.run();
        return "ok";
    }

    @Descriptor("stops the only local service")
    public String stop() {
        Server server = targets.local(null);
        String address = server.address();
        server.close();
        return "stopped " + address;
    }

    /** A null address means the only local service. */
    private <T> T apply(String address, Function<Server, T> local, Function<ServiceHandle, T> remote) {
        Server server = targets.local(address);
        return Messages.withPath(() -> server != null ? local.apply(server) : targets.remote(address, remote));
    }

    private String change(String address, java.util.function.BiConsumer<Server, String> local,
            java.util.function.BiConsumer<ServiceHandle, String> remote, String argument) {
        BiFunction<Object, String, String> done = (x, y) -> "ok";
        return apply(address, s -> {
            local.accept(s, argument);
            return done.apply(s, argument);
        }, h -> {
            remote.accept(h, argument);
            return done.apply(h, argument);
        });
    }
}
