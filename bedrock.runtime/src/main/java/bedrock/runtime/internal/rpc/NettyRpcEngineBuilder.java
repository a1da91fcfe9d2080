package bedrock.runtime.internal.rpc;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a {@link NettyRpcEngine}; obtained from {@link NettyRpcEngine#builder()}.
 *
 * <p>Defaults: address {@code tcp} (127.0.0.1, ephemeral port), default timeout 30 s, maximum
 * frame 16 MiB, connect timeout 10 s, {@code min(2, cores)} I/O threads, the best available
 * transport, the {@link RpcLimits} and the bounded waits ({@link #callSpin}, {@link #responseSpin}) of
 * the {@code bedrock.rpc.*} system properties. Not thread-safe; build on one thread.
 */
public final class NettyRpcEngineBuilder {

    /** The default maximum frame size, 16 MiB. */
    public static final int DEFAULT_MAX_FRAME_SIZE = 16 << 20;
    /** The default call timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    String address = "tcp";
    boolean clientOnly;
    String advertisedHost;
    Duration defaultTimeout = DEFAULT_TIMEOUT;
    int maxFrameSize = DEFAULT_MAX_FRAME_SIZE;
    Duration connectTimeout = Duration.ofSeconds(10);
    int ioThreads = Math.min(2, Runtime.getRuntime().availableProcessors());
    Transport transport = Transport.best();
    RpcLimits limits;
    long callSpinNanos = CallSpin.DEFAULT_NANOS;
    long responseSpinNanos = ServerHandler.DEFAULT_RESPONSE_SPIN_NANOS;

    NettyRpcEngineBuilder() {
    }

    /**
     * Where to listen, in any form {@link Addresses#parse} accepts; a wildcard host
     * ({@code 0.0.0.0}, {@code ::}) is bound only when given here explicitly.
     */
    public NettyRpcEngineBuilder address(String value) {
        this.address = Objects.requireNonNull(value, "address");
        this.clientOnly = false;
        return this;
    }

    /** No server socket: the engine only makes calls, and cannot serve or short-circuit RPCs. */
    public NettyRpcEngineBuilder clientOnly() {
        this.clientOnly = true;
        return this;
    }

    /**
     * The host to advertise in {@link NettyRpcEngine#address()} instead of the bound IP; used when
     * binding a wildcard, where it defaults to 127.0.0.1.
     */
    public NettyRpcEngineBuilder advertisedHost(String value) {
        this.advertisedHost = value;
        return this;
    }

    /** The timeout of calls that give none; positive. */
    public NettyRpcEngineBuilder defaultTimeout(Duration value) {
        this.defaultTimeout = positive(value, "default timeout");
        return this;
    }

    /** The largest frame sent or accepted, in bytes (payload plus a few dozen bytes of header). */
    public NettyRpcEngineBuilder maxFrameSize(int value) {
        if (value < FrameCodec.MIN_BODY + 64) {
            throw new IllegalArgumentException("Maximum frame size " + value + " is too small");
        }
        this.maxFrameSize = value;
        return this;
    }

    /** How long opening a connection may take before the calls waiting on it fail. */
    public NettyRpcEngineBuilder connectTimeout(Duration value) {
        this.connectTimeout = positive(value, "connect timeout");
        return this;
    }

    /** Event loop threads, shared by the server and the client connections. */
    public NettyRpcEngineBuilder ioThreads(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("I/O threads must be at least 1, not " + value);
        }
        this.ioThreads = value;
        return this;
    }

    /** The Netty transport; {@link Transport#best()} by default. */
    public NettyRpcEngineBuilder transport(Transport value) {
        if (!value.isAvailable()) {
            throw new IllegalArgumentException("Transport " + value + " is not available here");
        }
        this.transport = value;
        return this;
    }

    /** What the server lets its peers hold; {@link RpcLimits#fromSystemProperties()} by default. */
    public NettyRpcEngineBuilder limits(RpcLimits value) {
        this.limits = Objects.requireNonNull(value, "limits");
        return this;
    }

    /**
     * How long a blocking {@code ProviderHandle.call} waits for its answer, yielding its CPU,
     * before it parks; zero never waits. By default {@code bedrock.rpc.callSpinMicros} (50 µs).
     */
    public NettyRpcEngineBuilder callSpin(Duration value) {
        this.callSpinNanos = notNegative(value, "call spin").toNanos();
        return this;
    }

    /**
     * How long the server's event loop waits for a pool's answer to a connection's only request
     * before it sleeps; zero never waits. By default {@code bedrock.rpc.responseSpinMicros} (20 µs).
     */
    public NettyRpcEngineBuilder responseSpin(Duration value) {
        this.responseSpinNanos = notNegative(value, "response spin").toNanos();
        return this;
    }

    /**
     * An engine with these settings, not yet started.
     *
     * @throws IllegalArgumentException when a {@code bedrock.rpc.*} system property is invalid
     */
    public NettyRpcEngine build() {
        return new NettyRpcEngine(this);
    }

    private static Duration notNegative(Duration value, String what) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException("The " + what + " must not be negative, not " + value);
        }
        return value;
    }

    private static Duration positive(Duration value, String what) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("The " + what + " must be positive, not " + value);
        }
        return value;
    }
}
