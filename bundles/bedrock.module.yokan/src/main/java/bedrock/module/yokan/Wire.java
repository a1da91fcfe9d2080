package bedrock.module.yokan;

import bedrock.module.yokan.backend.Keys;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The encoding of yokan's RPCs, for callers that use a raw
 * {@link bedrock.api.module.ProviderHandle}. All integers are big-endian
 * ({@link DataOutputStream}); {@code bytes} is an int32 length followed by that many bytes.
 *
 * <table>
 * <caption>RPCs</caption>
 * <tr><th>RPC</th><th>request</th><th>response</th></tr>
 * <tr><td>{@value #PUT}</td><td>key:bytes, value:bytes</td><td>empty</td></tr>
 * <tr><td>{@value #GET}</td><td>key:bytes</td><td>the value, raw (no length)</td></tr>
 * <tr><td>{@value #EXISTS}</td><td>key:bytes</td><td>one byte, 1 if present</td></tr>
 * <tr><td>{@value #ERASE}</td><td>key:bytes</td><td>one byte, 1 if it was present</td></tr>
 * <tr><td>{@value #LIST_KEYS}</td><td>fromKeyExclusive:bytes, prefix:bytes, max:int32
 *     (empty bytes: no bound; max &le; 0: no limit)</td><td>n:int32, then n keys:bytes</td></tr>
 * <tr><td>{@value #COUNT}</td><td>empty</td><td>int64</td></tr>
 * <tr><td>{@value #MIGRATE}</td><td>session:int64, flags:int8 (1 first batch, 2 last batch,
 *     4 replace the destination's content), n:int32, then n times key:bytes, value:bytes</td>
 *     <td>empty</td></tr>
 * </table>
 *
 * <p>Errors (a missing key on get, an empty key, a malformed request) come back as remote errors
 * carrying the message; a missing key's message starts with {@code "Key not found"}.
 */
public final class Wire {

    /** Stores a value. */
    public static final String PUT = "yokan_put";

    /** Reads a value. */
    public static final String GET = "yokan_get";

    /** Tests for a key. */
    public static final String EXISTS = "yokan_exists";

    /** Removes a key. */
    public static final String ERASE = "yokan_erase";

    /** Lists keys in order. */
    public static final String LIST_KEYS = "yokan_list_keys";

    /** Counts keys. */
    public static final String COUNT = "yokan_count";

    /** Receives one batch of a migration (see {@link Migration}). */
    public static final String MIGRATE = "yokan_migrate";

    static final int FIRST = 1;
    static final int LAST = 2;
    static final int REPLACE = 4;

    static final byte[] EMPTY = new byte[0];

    private Wire() {
    }

    /** A decoded put request. */
    record Put(byte[] key, byte[] value) {
    }

    /** A decoded migrate batch. */
    record Batch(long session, int flags, List<byte[][]> pairs) {
        boolean has(int flag) {
            return (flags & flag) != 0;
        }
    }

    static byte[] migrate(long session, boolean first, boolean last, boolean replace, List<byte[][]> pairs) {
        int flags = (first ? FIRST : 0) | (last ? LAST : 0) | (replace ? REPLACE : 0);
        return Migration.encode(session, flags, pairs);
    }

    static Batch readMigrate(byte[] request) {
        Reader in = new Reader(request, MIGRATE);
        long session = in.int64();
        int flags = in.int8();
        int n = in.int32();
        if (n < 0) {
            throw in.malformed("negative pair count " + n);
        }
        List<byte[][]> pairs = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            pairs.add(new byte[][] {Keys.check(in.bytes()), in.bytes()});
        }
        in.end();
        return new Batch(session, flags, pairs);
    }

    /** A decoded list_keys request; empty bounds are already null. */
    record ListKeys(byte[] from, byte[] prefix, int max) {
    }

    static byte[] put(byte[] key, byte[] value) {
        return write(out -> {
            bytes(out, key);
            bytes(out, value);
        });
    }

    static Put readPut(byte[] request) {
        Reader in = new Reader(request, PUT);
        Put put = new Put(in.bytes(), in.bytes());
        in.end();
        return put;
    }

    static byte[] key(byte[] key) {
        return write(out -> bytes(out, key));
    }

    static byte[] readKey(byte[] request, String rpc) {
        Reader in = new Reader(request, rpc);
        byte[] key = in.bytes();
        in.end();
        return key;
    }

    static byte[] listKeys(byte[] from, byte[] prefix, int max) {
        return write(out -> {
            bytes(out, from == null ? EMPTY : from);
            bytes(out, prefix == null ? EMPTY : prefix);
            out.writeInt(max);
        });
    }

    static ListKeys readListKeys(byte[] request) {
        Reader in = new Reader(request, LIST_KEYS);
        byte[] from = in.bytes();
        byte[] prefix = in.bytes();
        ListKeys list = new ListKeys(from.length == 0 ? null : from,
                prefix.length == 0 ? null : prefix, in.int32());
        in.end();
        return list;
    }

    static byte[] keys(List<byte[]> keys) {
        return write(out -> {
            out.writeInt(keys.size());
            for (byte[] key : keys) {
                bytes(out, key);
            }
        });
    }

    static List<byte[]> readKeys(byte[] response) {
        Reader in = new Reader(response, LIST_KEYS + " response");
        int n = in.int32();
        if (n < 0) {
            throw in.malformed("negative key count " + n);
        }
        List<byte[]> keys = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            keys.add(in.bytes());
        }
        in.end();
        return keys;
    }

    static byte[] bool(boolean b) {
        return new byte[] {(byte) (b ? 1 : 0)};
    }

    static boolean readBool(byte[] response, String rpc) {
        if (response.length != 1) {
            throw new IllegalArgumentException("Malformed " + rpc + " response: " + response.length
                    + " bytes where 1 was expected");
        }
        return response[0] != 0;
    }

    static byte[] int64(long n) {
        return write(out -> out.writeLong(n));
    }

    static long readInt64(byte[] response, String rpc) {
        Reader in = new Reader(response, rpc + " response");
        long n = in.int64();
        in.end();
        return n;
    }

    private interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            body.write(out);
        } catch (IOException e) {
            // A ByteArrayOutputStream does not fail.
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void bytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    /** Reads one message, turning truncation and bad lengths into errors naming the RPC. */
    private static final class Reader {

        private final DataInputStream in;
        private final String what;

        Reader(byte[] message, String what) {
            this.in = new DataInputStream(new ByteArrayInputStream(message));
            this.what = what;
        }

        byte[] bytes() {
            int n = int32();
            // Checked before allocating, so a corrupt length cannot ask for gigabytes.
            if (n < 0 || n > available()) {
                throw malformed("length " + n + " with " + available() + " bytes left");
            }
            byte[] b = new byte[n];
            try {
                in.readFully(b);
            } catch (IOException e) {
                throw malformed("truncated");
            }
            return b;
        }

        int int32() {
            try {
                return in.readInt();
            } catch (IOException e) {
                throw malformed("truncated");
            }
        }

        int int8() {
            try {
                return in.readUnsignedByte();
            } catch (IOException e) {
                throw malformed("truncated");
            }
        }

        long int64() {
            try {
                return in.readLong();
            } catch (IOException e) {
                throw malformed("truncated");
            }
        }

        void end() {
            if (available() != 0) {
                throw malformed(available() + " trailing bytes");
            }
        }

        private int available() {
            try {
                return in.available();
            } catch (IOException e) {
                return 0;
            }
        }

        IllegalArgumentException malformed(String why) {
            return new IllegalArgumentException("Malformed " + what + ": " + why);
        }
    }
}
