package bedrock.runtime.internal.rpc;

import bedrock.api.BedrockException;
import bedrock.api.ClientException;
import bedrock.api.module.Pool;
import bedrock.api.module.ProviderHandle;
import bedrock.api.module.RpcEngine;
import bedrock.api.module.RpcHandler;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The RPC engine on Netty: serves the RPCs registered on it and calls remote ones.
 *
 * <p>Life cycle: {@link #builder()} (or the constructor), {@link #start()}, use, {@link #close()}.
 * A server engine listens on the address it was given (by default 127.0.0.1 on an ephemeral port)
 * and advertises a concrete {@code tcp://IP:PORT}; a {@linkplain NettyRpcEngineBuilder#clientOnly()
 * client-only} engine opens no server socket.
 *
 * <p>Threading: all methods are thread-safe. Event loop threads only decode and encode frames;
 * handlers run on their provider's {@link Pool}, and responses are written back from there. Call
 * futures complete on an event loop thread (or, for local calls, the pool thread), so stages
 * chained on them must not block. A call to this engine's own address never touches the network
 * but still runs on the provider's pool, asynchronously. Every call has a timeout, timed on an
 * event loop (the connection's, once the request is written), so the engine has no timer thread.
 *
 * <p>Credentials: {@link #register(String, int, Pool, RpcHandler, CredentialCheck)} attaches a
 * {@link CredentialCheck} to an RPC, and {@link #callAsync(String, int, String, byte[], Duration,
 * String)} sends a credential string with a request. The check sees every request of that RPC
 * before its handler is queued; refused requests fail with a {@link ClientException}.
 */
public final class NettyRpcEngine implements RpcEngine, AutoCloseable {

    private final NettyRpcEngineBuilder config;
    private final RpcRegistry registry = new RpcRegistry();
    private final Dispatcher dispatcher;
    private final AtomicLong nextRequestId = new AtomicLong();
    private final Object lifecycle = new Object();
    private volatile State state = State.NEW;
    private volatile String address;
    private EventLoopGroup group;
    private ChannelGroup channels;
    /** Local calls in progress, failed by {@link #close()} (remote ones fail with their channel). */
    private final Set<PendingCall> localCalls = ConcurrentHashMap.newKeySet();
    private RpcServer server;
    private ConnectionPool connections;

    private enum State { NEW, STARTED, CLOSED }

    /** A builder with the defaults described on {@link NettyRpcEngineBuilder}. */
    public static NettyRpcEngineBuilder builder() {
        return new NettyRpcEngineBuilder();
    }

    /**
     * A server engine; call {@link #start()} before use.
     *
     * @param addressSpec where to listen, in any form {@link Addresses#parse} accepts
     * @param defaultTimeout the timeout of calls that give none
     * @param maxFrameSize the largest frame sent or accepted, in bytes
     */
    public NettyRpcEngine(String addressSpec, Duration defaultTimeout, int maxFrameSize) {
        this(builder().address(addressSpec).defaultTimeout(defaultTimeout).maxFrameSize(maxFrameSize));
    }

    NettyRpcEngine(NettyRpcEngineBuilder config) {
        if (config.limits == null) {
            config.limits = RpcLimits.fromSystemProperties();
        }
        this.config = config;
        this.dispatcher = new Dispatcher(registry, () -> address);
    }

    /**
     * Starts the event loops and, unless client-only, binds the server socket. Idempotent.
     *
     * @throws BedrockException when the address is refused or cannot be bound
     * @throws IllegalStateException when the engine is closed
     */
    public NettyRpcEngine start() {
        synchronized (lifecycle) {
            if (state == State.STARTED) {
                return this;
            }
            if (state == State.CLOSED) {
                throw new IllegalStateException("RPC engine is closed");
            }
            Endpoint endpoint = config.clientOnly ? null : Addresses.parse(config.address);
            group = new MultiThreadIoEventLoopGroup(config.ioThreads,
                    new DefaultThreadFactory("bedrock-rpc-io", true),
                    config.transport.ioHandlerFactory());
            channels = new DefaultChannelGroup("bedrock-rpc", group.next());
            connections = new ConnectionPool(group, config.transport, channels, config.maxFrameSize,
                    (int) Math.min(Integer.MAX_VALUE, config.connectTimeout.toMillis()));
            if (endpoint != null) {
                try {
                    server = new RpcServer(group, config.transport, channels, dispatcher,
                            config.maxFrameSize, config.limits, config.responseSpinNanos);
                    InetSocketAddress bound = server.bind(endpoint);
                    address = Addresses.format(advertisedHost(endpoint, bound), bound.getPort());
                } catch (RuntimeException e) {
                    shutdown();
                    state = State.CLOSED;
                    throw e;
                }
            }
            state = State.STARTED;
            return this;
        }
    }

    private String advertisedHost(Endpoint endpoint, InetSocketAddress bound) {
        if (config.advertisedHost != null) {
            return config.advertisedHost;
        }
        // Never advertise a wildcard: peers could not connect to it.
        return endpoint.isWildcard() ? Endpoint.LOOPBACK : bound.getAddress().getHostAddress();
    }

    /**
     * The advertised address, {@code tcp://IP:PORT}.
     *
     * @throws IllegalStateException before {@link #start()}, or on a client-only engine
     */
    @Override
    public String address() {
        String value = address;
        if (value == null) {
            throw new IllegalStateException(config.clientOnly
                    ? "A client-only RPC engine has no address" : "RPC engine not started");
        }
        return value;
    }

    /** Bytes the server holds for its connections now (0 on a client-only engine). */
    long bufferedBytes() {
        RpcServer current = server;
        return current == null ? 0 : current.bufferedBytes();
    }

    /** Connections the server has open now. */
    int serverConnections() {
        RpcServer current = server;
        return current == null ? 0 : current.connections();
    }

    /** The transport the event loops use. */
    public Transport transport() {
        return config.transport;
    }

    /** The largest frame sent or accepted, in bytes. */
    public int maxFrameSize() {
        return config.maxFrameSize;
    }

    /** How long a blocking call through this engine's handles waits before it parks, in ns. */
    long callSpinNanos() {
        return config.callSpinNanos;
    }

    @Override
    public Duration defaultTimeout() {
        return config.defaultTimeout;
    }

    /** {@link #register(String, int, Pool, RpcHandler, CredentialCheck)} open to every caller. */
    @Override
    public Registration register(String rpcName, int providerId, Pool pool, RpcHandler handler) {
        return register(rpcName, providerId, pool, handler, CredentialCheck.NONE);
    }

    /**
     * Defines an RPC whose requests must pass {@code credentialCheck} (e.g.
     * {@link CredentialCheck#equalTo(String)} for the daemon's credential). May be called before
     * or after {@link #start()}.
     *
     * @throws BedrockException when that name is already registered for that provider id, the
     *     provider id is outside 0..65535, or the engine is client-only
     */
    public Registration register(String rpcName, int providerId, Pool pool, RpcHandler handler,
            CredentialCheck credentialCheck) {
        if (config.clientOnly) {
            throw new BedrockException("A client-only RPC engine cannot serve RPC \"" + rpcName + "\"");
        }
        return registry.register(rpcName, providerId, pool, handler, credentialCheck);
    }

    @Override
    public ProviderHandle providerHandle(String address, int providerId, String type) {
        Objects.requireNonNull(address, "address");
        String normalized;
        try {
            normalized = Addresses.normalize(address);
        } catch (BedrockException e) {
            normalized = address; // reported at the first call, as the interface promises
        }
        return new NettyProviderHandle(this, normalized, providerId, type);
    }

    /**
     * Sends one request; the low-level call under {@link ProviderHandle} and the management
     * protocol. Never throws for call failures: the future fails with a {@link ClientException}
     * (remote error with its message and JSON path, timeout, unreachable address, closed engine).
     *
     * @param timeout null for {@link #defaultTimeout()}
     * @param credential sent with the request for the server's {@link CredentialCheck}; null for none
     */
    public CompletableFuture<byte[]> callAsync(String address, int providerId, String rpcName,
            byte[] payload, Duration timeout, String credential) {
        Objects.requireNonNull(rpcName, "rpcName");
        Objects.requireNonNull(payload, "payload");
        long timeoutMillis = Math.max(1, (timeout == null ? config.defaultTimeout : timeout).toMillis());
        if (state != State.STARTED) {
            return failed(state == State.NEW ? "RPC engine not started" : "RPC engine is closed");
        }
        if (providerId < 0 || providerId > 0xFFFF) {
            return failed("Provider id " + providerId + " is not in 0..65535");
        }
        Endpoint endpoint;
        byte[] name;
        byte[] credentialBytes;
        try {
            endpoint = Addresses.parse(address);
            name = FrameCodec.shortString(rpcName, "RPC name");
            credentialBytes = FrameCodec.shortString(credential, "Credential");
        } catch (RuntimeException e) {
            return failed(e.getMessage());
        }
        String target = endpoint.format();
        if (endpoint.port() == 0 || endpoint.isWildcard()) {
            return failed("Address \"" + address + "\" names no host and port to call");
        }
        int size = FrameCodec.requestBodySize(name, credentialBytes, payload.length);
        if (size > config.maxFrameSize) {
            return failed("Request " + rpcName + " to " + target + " is " + size
                    + " bytes, over the maximum frame size of " + config.maxFrameSize + " bytes");
        }
        PendingCall call = new PendingCall(nextRequestId.incrementAndGet(), target, providerId,
                rpcName, name, credentialBytes, payload, timeoutMillis);
        if (target.equals(this.address)) {
            callLocally(call, providerId, rpcName, payload, credential);
        } else {
            CompletableFuture<ClientConnection> connection = connections.get(target, endpoint);
            if (!connection.isDone()) {
                // The connection's own timer only starts when the request is written.
                call.armTimeout(group.next(), () -> { });
            }
            connection.whenComplete((open, error) -> {
                if (error != null) {
                    call.fail(error);
                } else {
                    open.send(call);
                }
            });
        }
        return call.future;
    }

    /** Own address: skip the network, keep the pool and the asynchrony. */
    private void callLocally(PendingCall call, int providerId, String rpcName, byte[] payload,
            String credential) {
        localCalls.add(call);
        call.future.whenComplete((result, error) -> localCalls.remove(call));
        call.armTimeout(group.next(), () -> { });
        // The handler gets its own copy, as it would from the network.
        dispatcher.dispatch(call.requestId, providerId, rpcName, payload.clone(), credential,
                (id, status, body, path) -> call.complete(status, body, path));
    }

    private static CompletableFuture<byte[]> failed(String message) {
        return CompletableFuture.failedFuture(new ClientException(message));
    }

    /**
     * Stops accepting connections, closes every connection (failing the calls in flight with a
     * {@link ClientException}), and shuts the event loops down, waiting at most a few
     * seconds. Handlers still running on pools finish, but their responses are dropped. Idempotent.
     */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (state == State.CLOSED) {
                return;
            }
            boolean started = state == State.STARTED;
            state = State.CLOSED;
            if (started) {
                shutdown();
            }
        }
    }

    private void shutdown() {
        if (server != null) {
            server.close();
        }
        if (connections != null) {
            connections.closeAll();
        }
        if (channels != null) {
            channels.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        }
        for (PendingCall call : localCalls) {
            call.fail(new ClientException("RPC engine closed while request " + call.rpcName + " to "
                    + call.address + " was pending"));
        }
        if (group != null) {
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(3, TimeUnit.SECONDS);
        }
    }

    @Override
    public String toString() {
        return "NettyRpcEngine[" + (address != null ? address : config.clientOnly ? "client" : "new")
                + ", " + config.transport + "]";
    }
}
