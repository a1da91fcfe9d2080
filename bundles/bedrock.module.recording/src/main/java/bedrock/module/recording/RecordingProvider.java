package bedrock.module.recording;

import bedrock.api.module.ProviderArgs;
import bedrock.api.module.ProviderInstance;
import bedrock.api.module.RpcEngine;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A provider of a recording module type: records what it was created with and serves {@code <type>_hello},
 * which answers a request with the request prefixed by {@code "hello from <name>: "}.
 * Its reported configuration is always empty, as upstream's test module reports {@code {}}.
 */
public final class RecordingProvider implements ProviderInstance {

    /** The one RPC the provider serves: {@code <type>_hello}. */
    private final String rpcName;

    private final String name;
    private final String type;
    private final int providerId;
    private final String poolName;
    private final Map<String, Object> givenConfig;
    private final List<String> tags;
    private final Map<String, List<String>> dependencyNames;
    private final String engineAddress;
    private final RpcEngine.Registration hello;
    private volatile boolean closed;

    RecordingProvider(ProviderArgs args) {
        this.name = args.name();
        this.type = args.type();
        this.providerId = args.providerId();
        this.poolName = args.pool().name();
        this.givenConfig = args.config();
        this.tags = List.copyOf(args.tags());
        this.dependencyNames = DependencyNames.of(args.dependencies());
        this.engineAddress = args.engine().address();
        byte[] greeting = ("hello from " + name + ": ").getBytes(StandardCharsets.UTF_8);
        this.rpcName = type + "_hello";
        this.hello = args.engine().register(rpcName, providerId, args.pool(),
                request -> concat(greeting, request));
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] out = new byte[head.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }

    /** The name of the RPC it serves: {@code <type>_hello}. */
    public String rpcName() {
        return rpcName;
    }

    /** The provider's name. */
    public String name() {
        return name;
    }

    /** The module type it was created as. */
    public String type() {
        return type;
    }

    /** The provider id it was given. */
    public int providerId() {
        return providerId;
    }

    /** The name of the pool it was given. */
    public String poolName() {
        return poolName;
    }

    /** The {@code config} object it was given (not what {@link #config()} reports). */
    public Map<String, Object> givenConfig() {
        return givenConfig;
    }

    /** The tags it was given. */
    public List<String> tags() {
        return tags;
    }

    /** Dependency name to resolved names (empty: the type declares no dependencies). */
    public Map<String, List<String>> dependencyNames() {
        return dependencyNames;
    }

    /** The address of the engine that created it. */
    public String engineAddress() {
        return engineAddress;
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        hello.close();
    }
}
