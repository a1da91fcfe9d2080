package bedrock.module.recording;

import bedrock.api.module.ProviderArgs;
import bedrock.api.module.ProviderInstance;
import bedrock.api.module.RpcEngine;
import java.nio.charset.StandardCharsets;

/**
 * A provider of a recording module type: records what it was created with and serves
 * {@code <type>_hello}, which answers a request with the request prefixed by
 * {@code "hello from <name>: "}.
 */
public final class RecordingProvider extends Recorded implements ProviderInstance {

    private final int providerId;
    private final String poolName;
    private final String rpcName;
    private final RpcEngine.Registration hello;

    RecordingProvider(ProviderArgs args) {
        super(args);
        this.providerId = args.providerId();
        this.poolName = args.pool().name();
        this.rpcName = args.type() + "_hello";
        byte[] greeting = ("hello from " + args.name() + ": ").getBytes(StandardCharsets.UTF_8);
        this.hello = args.engine().register(rpcName, providerId, args.pool(), request -> concat(greeting, request));
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

    /** The provider id it was given. */
    public int providerId() {
        return providerId;
    }

    /** The name of the pool it was given. */
    public String poolName() {
        return poolName;
    }

    /** Marks it closed and deregisters its RPC. */
    @Override
    public void close() {
        super.close();
        hello.close();
    }
}
