package bedrock.api.spec;

import bedrock.api.BedrockException;
import java.util.List;

/** Resolution and checks of pool references (not exported API). */
final class PoolRefs {

    private PoolRefs() {
    }

    /**
     * Resolves a pool reference read from JSON: a name, or an index into the argobots pools.
     * Without an argobots spec, a name becomes a detached {@code PoolSpec(name)} with default
     * kind and access and an index is an error. The name {@code __primary__} always resolves,
     * since Margo provides that pool when the spec does not list it.
     */
    static PoolSpec resolve(Object ref, ArgobotsSpec abt, String path, String owner) {
        if (ref instanceof String) {
            String name = (String) ref;
            if (abt == null) {
                return new PoolSpec(name);
            }
            if (abt.pools().contains(name)) {
                return abt.pools().get(name);
            }
            if (Names.PRIMARY.equals(name)) {
                return abt.primaryPool();
            }
            throw new BedrockException("Invalid reference to pool " + Json.quote(name) + " in " + owner
                    + " (expected one of " + String.join(", ", abt.pools().names()) + ")", path);
        }
        Object n = Json.normalize(ref, path);
        if (n instanceof Long) {
            long index = (Long) n;
            if (abt == null) {
                throw new BedrockException("Invalid reference to pool " + index + " in " + owner
                        + " (pool indices need the argobots spec; use a pool name)", path);
            }
            if (index < 0 || index >= abt.pools().size()) {
                throw new BedrockException("Invalid reference to pool " + index + " in " + owner
                        + " (expected an index from 0 to " + (abt.pools().size() - 1) + ")", path);
            }
            return abt.pools().get((int) index);
        }
        throw new BedrockException("Invalid reference to pool " + Json.quote(ref) + " in " + owner
                + " (expected a pool name or index)", path);
    }

    /**
     * Adds a problem when {@code pool} is missing or is not one of the argobots pools (by name;
     * an unlisted {@code __primary__} is accepted). Without an argobots spec only {@code null}
     * is reported.
     */
    static void check(List<BedrockException> out, PoolSpec pool, ArgobotsSpec abt, String path,
            String owner) {
        if (pool == null) {
            out.add(new BedrockException("Missing pool for " + owner, path));
            return;
        }
        if (abt == null || abt.pools().contains(pool.name())) {
            return;
        }
        if (Names.PRIMARY.equals(pool.name())) {
            return;
        }
        out.add(new BedrockException("Pool " + Json.quote(pool.name()) + " used by " + owner
                + " is not one of the argobots pools (expected one of "
                + String.join(", ", abt.pools().names()) + ")", path));
    }
}
