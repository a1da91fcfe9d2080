package bedrock.module.yokan;

import bedrock.module.yokan.backend.Backend;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The receiving side of migrations into one provider: batches are staged per session and applied
 * to the database in one {@link Backend#load} with the last batch. A session whose sender went
 * away is dropped after {@link #IDLE_NANOS} without a batch, when another batch arrives.
 *
 * <p>Thread-safe: batches may arrive on several pool threads.
 */
final class MigrationInbox {

    static final long IDLE_NANOS = 60_000_000_000L;

    private record Staged(List<byte[][]> pairs, long[] lastSeen) {
    }

    private final Backend db;
    private final Map<Long, Staged> sessions = new HashMap<>();

    MigrationInbox(Backend db) {
        this.db = db;
    }

    /** Handles one {@value Wire#MIGRATE} request. */
    byte[] receive(byte[] request) {
        Wire.Batch batch = Wire.readMigrate(request);
        long now = System.nanoTime();
        Staged staged;
        synchronized (this) {
            sessions.values().removeIf(s -> now - s.lastSeen[0] > IDLE_NANOS);
            if (batch.has(Wire.FIRST)) {
                sessions.put(batch.session(), new Staged(new ArrayList<>(), new long[] {now}));
            }
            staged = sessions.get(batch.session());
            if (staged == null) {
                throw new IllegalStateException("yokan migrate: unknown or expired migration session "
                        + Long.toUnsignedString(batch.session()));
            }
            staged.lastSeen[0] = now;
            staged.pairs.addAll(batch.pairs());
            if (!batch.has(Wire.LAST)) {
                return Wire.EMPTY;
            }
            sessions.remove(batch.session());
        }
        db.load(staged.pairs, batch.has(Wire.REPLACE));
        return Wire.EMPTY;
    }

    /** Forgets every staged session (the provider is closing). */
    synchronized void clear() {
        sessions.clear();
    }
}
