package bedrock.runtime.internal.argobots;

import bedrock.api.BedrockException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The daemon's pools and xstreams, in Margo's order, with Margo's rules for adding and removing
 * them at run time.
 *
 * <p>Indices: removing a pool or an xstream moves the <em>last</em> one into the freed slot, as
 * Margo does, so the index of that last element changes; references by index are only stable
 * between removals. Names never change.
 *
 * <p>Atomicity: every add validates everything before creating anything, and a failed add leaves
 * the registry exactly as it was (no thread left running, no pool attached). Building from a spec
 * is all or nothing too.
 *
 * <p>Threading: all methods are thread-safe. Changes are serialised by one lock; waiting for a
 * removed xstream's thread to finish happens outside it, so a task on that xstream may still use
 * the registry. Messages are Margo's; the Bedrock layer wraps them
 * ({@code Could not remove pool with name "<n>": ...}).
 */
public final class ExecutionRegistry implements AutoCloseable {

    /** The name of the implicit pool and xstream. */
    public static final String PRIMARY = "__primary__";

    private static final System.Logger LOG = System.getLogger(ExecutionRegistry.class.getName());
    private static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final Set<String> ACCESS_MODES = Set.of("private", "spsc", "mpsc", "spmc", "mpmc");

    private final Object lock = new Object();
    private final List<ExecPool> pools = new ArrayList<>();
    private final List<ExecXstream> xstreams = new ArrayList<>();
    /** Live xstreams in creation order, which {@link #close} reverses (indices do not keep it). */
    private final List<ExecXstream> creationOrder = new ArrayList<>();
    private String progressPool;
    private String rpcPool;
    private boolean closed;

    private ExecutionRegistry(String progressPool, String rpcPool) {
        this.progressPool = progressPool;
        this.rpcPool = rpcPool;
    }

    /**
     * Creates the pools and starts the xstreams of a completed {@code margo.argobots} map
     * ({@code {"pools":[...], "xstreams":[...]}}, other keys ignored). {@code progressPool} and
     * {@code rpcPool} name the pools that can never be removed (may be null). All or nothing: on
     * failure every started xstream is stopped before the exception is thrown.
     */
    public static ExecutionRegistry start(Map<String, ?> argobots, String progressPool, String rpcPool) {
        ExecutionRegistry registry = new ExecutionRegistry(progressPool, rpcPool);
        try {
            synchronized (registry.lock) {
                List<Map<String, ?>> poolSpecs = ConfigValues.objects(argobots, "pools", "/margo/argobots");
                for (int i = 0; i < poolSpecs.size(); i++) {
                    registry.pools.add(registry.newPool(poolSpecs.get(i), "/margo/argobots/pools/" + i));
                }
                List<Map<String, ?>> xstreamSpecs = ConfigValues.objects(argobots, "xstreams", "/margo/argobots");
                for (int i = 0; i < xstreamSpecs.size(); i++) {
                    registry.startXstream(xstreamSpecs.get(i), "/margo/argobots/xstreams/" + i);
                }
            }
        } catch (RuntimeException | Error e) {
            registry.close(DEFAULT_STOP_TIMEOUT);
            throw e;
        }
        return registry;
    }

    /** Tells the registry which pools Margo uses for progress and RPC handlers (never removable). */
    public void setReservedPools(String progressPool, String rpcPool) {
        synchronized (lock) {
            this.progressPool = progressPool;
            this.rpcPool = rpcPool;
        }
    }

    // ---------------------------------------------------------------- lookups

    /** Pools, in index order (a snapshot). */
    public List<ExecPool> pools() {
        synchronized (lock) {
            return List.copyOf(pools);
        }
    }

    /** Number of pools. */
    public int poolCount() {
        synchronized (lock) {
            return pools.size();
        }
    }

    /** The pool with that name. */
    public Optional<ExecPool> pool(String name) {
        synchronized (lock) {
            int index = indexOf(pools, name);
            return index < 0 ? Optional.empty() : Optional.of(pools.get(index));
        }
    }

    /** The pool at that index. */
    public Optional<ExecPool> pool(int index) {
        synchronized (lock) {
            return index >= 0 && index < pools.size() ? Optional.of(pools.get(index)) : Optional.empty();
        }
    }

    /** A pool referenced as in a spec: by name (a String) or by index (a Number). */
    public Optional<ExecPool> pool(Object reference) {
        if (reference instanceof String name) {
            return pool(name);
        }
        if (reference instanceof Number index && index.doubleValue() == index.intValue()) {
            return pool(index.intValue());
        }
        return Optional.empty();
    }

    /** The index of the named pool, or -1. */
    public int poolIndex(String name) {
        synchronized (lock) {
            return indexOf(pools, name);
        }
    }

    /** Xstreams, in index order (a snapshot). */
    public List<ExecXstream> xstreams() {
        synchronized (lock) {
            return List.copyOf(xstreams);
        }
    }

    /** Number of xstreams. */
    public int xstreamCount() {
        synchronized (lock) {
            return xstreams.size();
        }
    }

    /** The xstream with that name. */
    public Optional<ExecXstream> xstream(String name) {
        synchronized (lock) {
            int index = indexOf(xstreams, name);
            return index < 0 ? Optional.empty() : Optional.of(xstreams.get(index));
        }
    }

    /** The xstream at that index. */
    public Optional<ExecXstream> xstream(int index) {
        synchronized (lock) {
            return index >= 0 && index < xstreams.size() ? Optional.of(xstreams.get(index)) : Optional.empty();
        }
    }

    /** The index of the named xstream, or -1. */
    public int xstreamIndex(String name) {
        synchronized (lock) {
            return indexOf(xstreams, name);
        }
    }

    // ---------------------------------------------------------------- changes

    /**
     * Adds a pool from its spec object ({@code name}, {@code kind}, {@code access}; missing fields
     * take Margo's defaults, a missing name becomes {@code __pool_<k>__}).
     */
    public ExecPool addPool(Map<String, ?> config) {
        synchronized (lock) {
            ensureOpen();
            ExecPool pool = newPool(config, "");
            pools.add(pool);
            return pool;
        }
    }

    /**
     * Adds and starts an xstream from its spec object ({@code name}, {@code scheduler} with
     * {@code type} and {@code pools} given by name or index, optional {@code cpubind} and
     * {@code affinity}).
     */
    public ExecXstream addXstream(Map<String, ?> config) {
        synchronized (lock) {
            ensureOpen();
            return startXstream(config, "");
        }
    }

    /**
     * Removes an empty pool that no xstream serves and nothing retains. The last pool takes its
     * index.
     */
    public void removePool(String name) {
        synchronized (lock) {
            int index = indexOf(pools, name);
            if (index < 0) {
                throw new BedrockException("Could not find pool named \"" + name + "\"");
            }
            ExecPool pool = pools.get(index);
            if (name.equals(progressPool)) {
                throw new BedrockException("Removing the progress pool is not allowed");
            }
            if (name.equals(rpcPool)) {
                throw new BedrockException("Removing the default handler pool is not allowed");
            }
            if (pool.refCount() > 0) {
                throw new BedrockException("Pool \"" + name + "\" is still in use by some dependencies");
            }
            int servers = pool.serverCount();
            if (servers > 0) {
                throw new BedrockException("Cannot remove pool " + name + " at index " + index
                        + " because it is used by " + servers + " running xstreams");
            }
            if (!pool.isEmpty()) {
                throw new BedrockException("Destroying a pool (" + name + ") that is not empty");
            }
            removeMovingLast(pools, index);
            pool.close();
        }
    }

    /**
     * Removes an xstream nothing retains (never {@code __primary__}). The last xstream takes its
     * index. Its running task finishes; this waits (bounded) for the thread to end unless called
     * from that very thread.
     */
    public void removeXstream(String name) {
        ExecXstream xstream;
        synchronized (lock) {
            int index = indexOf(xstreams, name);
            if (index < 0) {
                throw new BedrockException("Could not find xstream named \"" + name + "\"");
            }
            xstream = xstreams.get(index);
            if (PRIMARY.equals(name)) {
                throw new BedrockException("Cannot remove primary xstream");
            }
            if (xstream.refCount() > 0) {
                throw new BedrockException("Xstream \"" + name + "\" is still in use by some dependencies");
            }
            removeMovingLast(xstreams, index);
            creationOrder.remove(xstream);
            xstream.requestStop();
        }
        awaitStopped(xstream, DEFAULT_STOP_TIMEOUT);
    }

    /**
     * The current state in the shape of {@code margo.argobots}: {@code {"pools":[{access, kind,
     * name}], "xstreams":[{[affinity], [cpubind], name, scheduler:{pools, type}}]}}, keys sorted
     * as upstream prints them, pools referenced by name.
     */
    public Map<String, Object> config() {
        synchronized (lock) {
            List<Object> poolConfigs = new ArrayList<>();
            for (ExecPool pool : pools) {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("access", pool.access());
                map.put("kind", pool.kind());
                map.put("name", pool.name());
                poolConfigs.add(map);
            }
            List<Object> xstreamConfigs = new ArrayList<>();
            for (ExecXstream xstream : xstreams) {
                Map<String, Object> map = new LinkedHashMap<>();
                if (!xstream.affinity().isEmpty()) {
                    map.put("affinity", new ArrayList<>(xstream.affinity()));
                }
                xstream.cpubind().ifPresent(cpu -> map.put("cpubind", cpu));
                map.put("name", xstream.name());
                Map<String, Object> scheduler = new LinkedHashMap<>();
                List<Object> names = new ArrayList<>();
                xstream.execPools().forEach(pool -> names.add(pool.name()));
                scheduler.put("pools", names);
                scheduler.put("type", xstream.schedulerType());
                map.put("scheduler", scheduler);
                xstreamConfigs.add(map);
            }
            Map<String, Object> config = new LinkedHashMap<>();
            config.put("pools", poolConfigs);
            config.put("xstreams", xstreamConfigs);
            return config;
        }
    }

    /** Stops every xstream, newest first, waiting up to 10 s in all; see {@link #close(Duration)}. */
    @Override
    public void close() {
        close(DEFAULT_STOP_TIMEOUT);
    }

    /**
     * Stops every xstream in reverse creation order (each finishes its running task first), waiting
     * up to {@code timeout} in all, then rejects new tasks on every pool. Returns whether every
     * thread ended in time (a thread calling this from an xstream ends after its current task).
     * Idempotent.
     */
    public boolean close(Duration timeout) {
        List<ExecXstream> toStop;
        List<ExecPool> toClose;
        synchronized (lock) {
            if (closed) {
                return true;
            }
            closed = true;
            toStop = new ArrayList<>(creationOrder);
            Collections.reverse(toStop);
            toClose = List.copyOf(pools);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean allStopped = true;
        for (ExecXstream xstream : toStop) {
            xstream.requestStop();
            Duration left = Duration.ofNanos(Math.max(TimeUnit.MILLISECONDS.toNanos(1), deadline - System.nanoTime()));
            allStopped &= awaitStopped(xstream, left);
        }
        toClose.forEach(ExecPool::close);
        return allStopped;
    }

    // ---------------------------------------------------------------- internals

    private void ensureOpen() {
        if (closed) {
            throw new BedrockException("The execution registry has been closed");
        }
    }

    private ExecPool newPool(Map<String, ?> config, String path) {
        String name = ConfigValues.string(config, "name", null, path);
        if (name == null) {
            name = freshName(pools, "__pool_", "__");
        } else if (indexOf(pools, name) >= 0) {
            throw new BedrockException("Could not create new pool: name (\"" + name + "\") already used",
                    path + "/name");
        }
        PoolKind kind = PoolKind.of(ConfigValues.string(config, "kind", PoolKind.FIFO_WAIT.configName(), path));
        String access = ConfigValues.string(config, "access", "mpmc", path);
        if (!ACCESS_MODES.contains(access)) {
            throw new BedrockException("Invalid pool access \"" + access
                    + "\" (expected private, spsc, mpsc, spmc or mpmc)", path + "/access");
        }
        return new ExecPool(name, kind, access);
    }

    /** Validates, creates and starts one xstream, then appends it; nothing changes on failure. */
    private ExecXstream startXstream(Map<String, ?> config, String path) {
        String name = ConfigValues.string(config, "name", null, path);
        if (name == null) {
            name = freshName(xstreams, "__xstream_", "__");
        } else if (indexOf(xstreams, name) >= 0) {
            throw new BedrockException("Could not create new xstream: name (\"" + name + "\") already used",
                    path + "/name");
        }
        Map<String, ?> scheduler = ConfigValues.object(config, "scheduler", path);
        SchedulerType type = SchedulerType.of(
                ConfigValues.string(scheduler, "type", SchedulerType.BASIC_WAIT.configName(), path + "/scheduler"));
        List<ExecPool> servedPools = new ArrayList<>();
        List<?> references = ConfigValues.list(scheduler, "pools", path + "/scheduler");
        for (int i = 0; i < references.size(); i++) {
            Object reference = references.get(i);
            ExecPool pool = resolveUnlocked(reference).orElseThrow(() -> new BedrockException(
                    "Invalid reference to pool \"" + reference + "\" in scheduler configuration",
                    path + "/scheduler/pools/" + servedPools.size()));
            servedPools.add(pool);
        }
        if (servedPools.isEmpty()) {
            throw new BedrockException("Xstream \"" + name + "\" has no pool in its scheduler configuration",
                    path + "/scheduler/pools");
        }
        Object cpubind = config.get("cpubind");
        OptionalInt cpu = cpubind instanceof Number n ? OptionalInt.of(n.intValue()) : OptionalInt.empty();
        List<Integer> affinity = ConfigValues.integers(config, "affinity", path);
        ExecXstream xstream = new ExecXstream(name, type, servedPools, cpu, affinity);
        try {
            xstream.start();
        } catch (RuntimeException | Error e) {
            throw new BedrockException("Could not start xstream \"" + name + "\": " + e, path, e);
        }
        xstreams.add(xstream);
        creationOrder.add(xstream);
        return xstream;
    }

    private Optional<ExecPool> resolveUnlocked(Object reference) {
        if (reference instanceof String name) {
            int index = indexOf(pools, name);
            return index < 0 ? Optional.empty() : Optional.of(pools.get(index));
        }
        if (reference instanceof Number n && n.doubleValue() == n.intValue()
                && n.intValue() >= 0 && n.intValue() < pools.size()) {
            return Optional.of(pools.get(n.intValue()));
        }
        return Optional.empty();
    }

    private static boolean awaitStopped(ExecXstream xstream, Duration timeout) {
        try {
            if (xstream.awaitTermination(timeout)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (Thread.currentThread() != xstream.thread()) {
            LOG.log(System.Logger.Level.WARNING, "Xstream \"" + xstream.name()
                    + "\" is still running a task; it will exit when the task ends");
        }
        return false;
    }

    /** Margo's naming of unnamed items: the first free {@code <prefix><k><suffix>}, k from the count. */
    private static String freshName(List<?> items, String prefix, String suffix) {
        for (int k = items.size();; k++) {
            String candidate = prefix + k + suffix;
            if (indexOf(items, candidate) < 0) {
                return candidate;
            }
        }
    }

    private static int indexOf(List<?> items, String name) {
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            String itemName = item instanceof ExecPool p ? p.name() : ((ExecXstream) item).name();
            if (itemName.equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Margo's removal: the last element moves into the freed slot. */
    private static <T> void removeMovingLast(List<T> items, int index) {
        int last = items.size() - 1;
        items.set(index, items.get(last));
        items.remove(last);
    }
}
