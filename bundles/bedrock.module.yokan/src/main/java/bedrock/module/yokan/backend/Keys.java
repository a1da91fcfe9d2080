package bedrock.module.yokan.backend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/** Argument checks and the key-range scan shared by every backend and by the remote handle. */
public final class Keys {

    private Keys() {
    }

    /** Rejects null and empty keys, which would make "from the start" ambiguous in listings. */
    public static byte[] check(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length == 0) {
            throw new IllegalArgumentException("Yokan keys must not be empty");
        }
        return key;
    }

    /** Rejects null values (empty ones are fine). */
    public static byte[] checkValue(byte[] value) {
        return Objects.requireNonNull(value, "value");
    }

    /** Null for absent or empty: both mean "no bound" in listings. */
    static byte[] orNull(byte[] bound) {
        return bound == null || bound.length == 0 ? null : bound;
    }

    /**
     * The first key a listing must look at (inclusive): the larger of the exclusive lower bound
     * and the prefix, or null to start at the first key.
     */
    static byte[] start(byte[] from, byte[] prefix) {
        if (from == null) {
            return prefix;
        }
        if (prefix == null) {
            return from;
        }
        return Arrays.compareUnsigned(from, prefix) >= 0 ? from : prefix;
    }

    /** Whether {@code key} starts with {@code prefix} (a null prefix matches everything). */
    static boolean hasPrefix(byte[] key, byte[] prefix) {
        return prefix == null || (key.length >= prefix.length
                && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length));
    }

    /**
     * Collects a listing from keys in ascending order that begin at {@link #start}. Stops at the
     * first key without the prefix: in sorted order, no later key can have it.
     */
    static List<byte[]> scan(Iterator<byte[]> ascending, byte[] from, byte[] prefix, int max) {
        List<byte[]> keys = new ArrayList<>();
        while (ascending.hasNext() && (max <= 0 || keys.size() < max)) {
            byte[] key = ascending.next();
            if (from != null && Arrays.compareUnsigned(key, from) <= 0) {
                continue;
            }
            if (!hasPrefix(key, prefix)) {
                break;
            }
            keys.add(key.clone());
        }
        return keys;
    }
}
