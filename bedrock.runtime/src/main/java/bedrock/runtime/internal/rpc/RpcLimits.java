package bedrock.runtime.internal.rpc;

import java.time.Duration;

/**
 * What one server engine lets its peers hold: connections, requests in flight, buffered bytes, and
 * how long a connection may stay idle or sit on half a frame. Immutable.
 *
 * <p>{@link #fromSystemProperties()} reads the {@code bedrock.rpc.*} properties documented in
 * {@code docs/security.md}; a value that is not a positive number is refused with its name.
 *
 * @param maxConnections accepted connections at once; one more is closed at once
 * @param maxInFlight requests of one connection being handled or waiting to be written; past it
 *     the connection is not read
 * @param writeHighWater bytes queued for writing on one connection past which it is not read
 * @param writeLowWater bytes under which an unread connection is read again
 * @param maxBufferedBytes bytes held for all connections together (frames being received and
 *     responses not yet written); past it a half-received frame is refused and reading pauses
 * @param idleTimeout a connection with no traffic and nothing in flight (or whose peer stopped
 *     reading) is closed after this long
 * @param frameTimeout a frame must arrive whole within this long of its first byte
 */
public record RpcLimits(int maxConnections, int maxInFlight, int writeHighWater, int writeLowWater,
        long maxBufferedBytes, Duration idleTimeout, Duration frameTimeout) {

    /** The defaults: see {@code docs/security.md}. */
    public static final RpcLimits DEFAULTS = new RpcLimits(1024, 64, 4 << 20, 1 << 20, 256L << 20,
            Duration.ofMinutes(5), Duration.ofSeconds(30));

    /** Checks every bound. */
    public RpcLimits {
        positive("maxConnections", maxConnections);
        positive("maxInFlight", maxInFlight);
        positive("writeLowWater", writeLowWater);
        if (writeHighWater < writeLowWater) {
            throw new IllegalArgumentException("bedrock.rpc.writeHighWater (" + writeHighWater
                    + ") must not be below bedrock.rpc.writeLowWater (" + writeLowWater + ")");
        }
        positive("maxBufferedBytes", maxBufferedBytes);
        positive("idleTimeoutMillis", idleTimeout.toMillis());
        positive("frameTimeoutMillis", frameTimeout.toMillis());
    }

    /** The defaults overridden by the {@code bedrock.rpc.*} system properties that are set. */
    public static RpcLimits fromSystemProperties() {
        RpcLimits d = DEFAULTS;
        return new RpcLimits(
                (int) property("maxConnections", d.maxConnections, Integer.MAX_VALUE),
                (int) property("maxInFlight", d.maxInFlight, Integer.MAX_VALUE),
                (int) property("writeHighWater", d.writeHighWater, Integer.MAX_VALUE),
                (int) property("writeLowWater", d.writeLowWater, Integer.MAX_VALUE),
                property("maxBufferedBytes", d.maxBufferedBytes, Long.MAX_VALUE),
                Duration.ofMillis(property("idleTimeoutMillis", d.idleTimeout.toMillis(),
                        Long.MAX_VALUE)),
                Duration.ofMillis(property("frameTimeoutMillis", d.frameTimeout.toMillis(),
                        Long.MAX_VALUE)));
    }

    /** A copy with another connection limit. */
    public RpcLimits withMaxConnections(int value) {
        return new RpcLimits(value, maxInFlight, writeHighWater, writeLowWater, maxBufferedBytes,
                idleTimeout, frameTimeout);
    }

    /** A copy with another in-flight limit. */
    public RpcLimits withMaxInFlight(int value) {
        return new RpcLimits(maxConnections, value, writeHighWater, writeLowWater, maxBufferedBytes,
                idleTimeout, frameTimeout);
    }

    /** A copy with other write watermarks. */
    public RpcLimits withWriteWaterMarks(int low, int high) {
        return new RpcLimits(maxConnections, maxInFlight, high, low, maxBufferedBytes, idleTimeout,
                frameTimeout);
    }

    /** A copy with another total of buffered bytes. */
    public RpcLimits withMaxBufferedBytes(long value) {
        return new RpcLimits(maxConnections, maxInFlight, writeHighWater, writeLowWater, value,
                idleTimeout, frameTimeout);
    }

    /** A copy with other idle and incomplete-frame timeouts. */
    public RpcLimits withTimeouts(Duration idle, Duration frame) {
        return new RpcLimits(maxConnections, maxInFlight, writeHighWater, writeLowWater,
                maxBufferedBytes, idle, frame);
    }

    private static long property(String name, long fallback, long max) {
        String key = "bedrock.rpc." + name;
        String text = System.getProperty(key);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("System property " + key + " must be a positive "
                    + "integer, not \"" + text + "\"");
        }
        if (value < 1 || value > max) {
            throw new IllegalArgumentException("System property " + key + " must be in 1.." + max
                    + ", not " + value);
        }
        return value;
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException("bedrock.rpc." + name + " must be positive, not "
                    + value);
        }
    }
}
