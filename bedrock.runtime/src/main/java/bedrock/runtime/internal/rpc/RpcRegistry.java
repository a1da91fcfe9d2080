package bedrock.runtime.internal.rpc;

import bedrock.api.BedrockException;
import bedrock.api.module.Pool;
import bedrock.api.module.RpcEngine;
import bedrock.api.module.RpcHandler;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The RPCs an engine serves, keyed by (name, provider id). Thread-safe: looked up on network
 * threads while modules register and deregister from others.
 */
final class RpcRegistry {

    /** One registered RPC; closing it removes exactly this registration. */
    final class Entry implements RpcEngine.Registration {
        final String rpcName;
        final int providerId;
        final Pool pool;
        final RpcHandler handler;
        final CredentialCheck credentialCheck;
        private final Key key;

        private Entry(Key key, Pool pool, RpcHandler handler, CredentialCheck credentialCheck) {
            this.key = key;
            this.rpcName = key.rpcName;
            this.providerId = key.providerId;
            this.pool = pool;
            this.handler = handler;
            this.credentialCheck = credentialCheck;
        }

        @Override
        public void close() {
            entries.remove(key, this);
        }
    }

    /**
     * Not a record: a record's equals is linked through method handles on its first call, which
     * would make a fresh daemon's first request spin some twenty classes (several milliseconds).
     */
    private static final class Key {
        final String rpcName;
        final int providerId;

        Key(String rpcName, int providerId) {
            this.rpcName = rpcName;
            this.providerId = providerId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.providerId == providerId && key.rpcName.equals(rpcName);
        }

        @Override
        public int hashCode() {
            return 31 * rpcName.hashCode() + providerId;
        }
    }

    private final ConcurrentMap<Key, Entry> entries = new ConcurrentHashMap<>();

    /**
     * Adds an RPC.
     *
     * @throws BedrockException when that name is already registered for that provider id
     */
    Entry register(String rpcName, int providerId, Pool pool, RpcHandler handler,
            CredentialCheck credentialCheck) {
        Objects.requireNonNull(rpcName, "rpcName");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(credentialCheck, "credentialCheck");
        if (rpcName.isEmpty()) {
            throw new BedrockException("RPC name is empty");
        }
        if (providerId < 0 || providerId > 0xFFFF) {
            throw new BedrockException("Provider id " + providerId + " of RPC \"" + rpcName
                    + "\" is not in 0..65535");
        }
        FrameCodec.shortString(rpcName, "RPC name");
        Key key = new Key(rpcName, providerId);
        Entry entry = new Entry(key, pool, handler, credentialCheck);
        if (entries.putIfAbsent(key, entry) != null) {
            throw new BedrockException("RPC \"" + rpcName + "\" is already registered for provider id "
                    + providerId);
        }
        return entry;
    }

    /** The registration for that name and provider id, or null. */
    Entry lookup(String rpcName, int providerId) {
        return entries.get(new Key(rpcName, providerId));
    }
}
