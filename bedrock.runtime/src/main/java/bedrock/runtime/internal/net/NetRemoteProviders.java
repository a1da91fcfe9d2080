package bedrock.runtime.internal.net;

import bedrock.api.BedrockException;
import bedrock.api.client.Client;
import bedrock.api.json.Json;
import bedrock.api.module.ProviderHandle;
import bedrock.api.module.RpcEngine;
import bedrock.runtime.internal.core.RemoteProviders;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Resolves {@code name@ADDRESS} and {@code type:id@ADDRESS} references by asking the daemon at
 * that address ({@code bedrock_lookup_provider}), which waits for the provider to appear.
 *
 * <p>While the remote daemon is reachable but not yet serving Bedrock's RPCs (it is starting),
 * the lookup tries again (backing off from 20 ms to 500 ms) until the timeout, and the remote
 * daemon itself waits for the provider to appear. Anything else fails at once: a refused
 * connection (no daemon there), an unknown host, a peer that answers with something that is not
 * a Bedrock frame. Use as the service setup's {@code remote} function: {@code NetRemoteProviders::new}.
 * Thread-safe.
 */
public final class NetRemoteProviders implements RemoteProviders {

    private static final Duration NETWORK_MARGIN = Duration.ofSeconds(5);

    private final RpcEngine engine;
    private final int bedrockProviderId;

    /** Asks remote daemons at Bedrock's default provider id (0), as upstream uses its own (default 0). */
    public NetRemoteProviders(RpcEngine engine) {
        this(engine, Client.BEDROCK_PROVIDER_ID);
    }

    /** Asks remote daemons at {@code bedrockProviderId}. */
    public NetRemoteProviders(RpcEngine engine, int bedrockProviderId) {
        this.engine = engine;
        this.bedrockProviderId = bedrockProviderId;
    }

    @Override
    public ProviderHandle lookup(String address, String locator, String expectedType, Duration timeout) {
        Map<?, ?> found = ask(address, locator, timeout);
        Object type = found.get("type");
        Object id = found.get("provider_id");
        if (!(type instanceof String t) || !(id instanceof Number n)) {
            throw new BedrockException("Invalid answer from " + address + " to the lookup of \"" + locator
                    + "\": " + Json.write(found));
        }
        if (expectedType != null && !expectedType.equals(t)) {
            throw new BedrockException("Invalid type \"" + t + "\" for dependency \"" + locator + "@" + address
                    + "\" (expected \"" + expectedType + "\")");
        }
        return engine.providerHandle(address, n.intValue(), t);
    }

    private Map<?, ?> ask(String address, String locator, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        ProviderHandle remoteBedrock = engine.providerHandle(address, bedrockProviderId, "bedrock");
        long backoffMillis = 20;
        while (true) {
            long left = Math.max(0, deadline - System.nanoTime());
            byte[] request = Wire.request("spec", locator, "timeout", left / 1e9);
            try {
                Object answer = Wire.decode(remoteBedrock.callAsync("bedrock_lookup_provider", request,
                        Duration.ofNanos(left).plus(NETWORK_MARGIN)).get());
                if (answer instanceof Map<?, ?> map) {
                    return map;
                }
                throw new BedrockException("Invalid answer from " + address + " to the lookup of \""
                        + locator + "\": " + Json.write(answer));
            } catch (ExecutionException | CompletionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                String message = String.valueOf(cause.getMessage());
                long remaining = deadline - System.nanoTime();
                if (!notYetServing(message) || remaining <= 0) {
                    throw new BedrockException("Could not look up provider \"" + locator + "\" at "
                            + address + ": " + message, cause);
                }
                // The daemon is not up yet: nothing to wait on but time.
                sleep(Math.min(backoffMillis, TimeUnit.NANOSECONDS.toMillis(remaining) + 1));
                backoffMillis = Math.min(500, backoffMillis * 2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BedrockException("Interrupted while looking up \"" + locator + "\" at " + address, e);
            }
        }
    }

    /** The one failure meaning "try again later": a daemon listening, its Bedrock RPCs not yet served. */
    private static boolean notYetServing(String message) {
        return message.startsWith("No RPC \"bedrock_lookup_provider\"");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(Math.max(1, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BedrockException("Interrupted while waiting for a remote daemon", e);
        }
    }
}
