package bedrock.module.yokan;

import bedrock.api.BedrockException;
import bedrock.api.ClientException;
import bedrock.api.module.ProviderHandle;
import bedrock.module.yokan.backend.Backend;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * The sending side of a migration: the source's pairs go to the destination provider in batches
 * of {@value Wire#MIGRATE} requests of about {@link #BATCH_BYTES} each, under one random session
 * id. The destination stages them and applies them all at once with the last batch (see
 * {@link MigrationInbox}), so a migration that fails midway leaves the destination as it was.
 */
final class Migration {

    /** Bytes of pairs per request: far below the 16 MiB frame limit, large enough to be fast. */
    static final int BATCH_BYTES = 1 << 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Migration() {
    }

    /** Sends every pair of {@code source}; returns how many were sent. */
    static long send(Backend source, ProviderHandle destination, boolean replace) {
        long session = RANDOM.nextLong();
        List<byte[][]> batch = new ArrayList<>();
        long[] sent = {0};
        int[] size = {0};
        boolean[] first = {true};
        source.forEach((key, value) -> {
            batch.add(new byte[][] {key, value});
            size[0] += key.length + value.length + 8;
            if (size[0] >= BATCH_BYTES) {
                call(destination, Wire.migrate(session, first[0], false, replace, batch));
                sent[0] += batch.size();
                first[0] = false;
                batch.clear();
                size[0] = 0;
            }
        });
        call(destination, Wire.migrate(session, first[0], true, replace, batch));
        return sent[0] + batch.size();
    }

    private static void call(ProviderHandle destination, byte[] request) {
        try {
            destination.call(Wire.MIGRATE, request);
        } catch (ClientException e) {
            String message = String.valueOf(e.getMessage());
            if (message.startsWith("No RPC")) {
                throw new BedrockException("yokan migrate: there is no yokan provider with id "
                        + destination.providerId() + " at \"" + destination.address() + "\" (" + message + ")",
                        "/dest_provider_id", e);
            }
            throw new BedrockException("yokan migrate: the destination provider " + destination.providerId()
                    + " at \"" + destination.address() + "\" failed: " + message, "/dest_address", e);
        }
    }

    /** Encodes one batch (used by {@link Wire}). */
    static byte[] encode(long session, int flags, List<byte[][]> pairs) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(session);
            out.writeByte(flags);
            out.writeInt(pairs.size());
            for (byte[][] pair : pairs) {
                out.writeInt(pair[0].length);
                out.write(pair[0]);
                out.writeInt(pair[1].length);
                out.write(pair[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
