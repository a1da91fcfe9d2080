package bedrock.runtime.internal.server;

import bedrock.api.module.AbtIo;
import bedrock.api.module.GroupHandle;
import bedrock.api.module.Pool;
import bedrock.api.module.Xstream;
import bedrock.runtime.internal.argobots.AbtIoInstance;
import bedrock.runtime.internal.argobots.ExecPool;
import bedrock.runtime.internal.argobots.ExecXstream;
import bedrock.runtime.internal.argobots.ExecutionRegistry;
import bedrock.runtime.internal.core.ResourceDirectory;
import bedrock.runtime.internal.group.SsgGroup;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** The pools, xstreams, abt_io instances and groups of a service, as dependencies see them. */
final class Resources implements ResourceDirectory {

    final ExecutionRegistry execution;
    final Map<String, AbtIoInstance> abtIo = new LinkedHashMap<>();
    final Map<String, SsgGroup> groups = new LinkedHashMap<>();

    Resources(ExecutionRegistry execution) {
        this.execution = execution;
    }

    @Override
    public Optional<Pool> pool(String name) {
        return execution.pool(name).map(p -> p);
    }

    @Override
    public Optional<Pool> pool(int index) {
        return execution.pool(index).map(p -> p);
    }

    @Override
    public Optional<Xstream> xstream(String name) {
        return execution.xstream(name).map(x -> x);
    }

    @Override
    public Optional<Xstream> xstream(int index) {
        return execution.xstream(index).map(x -> x);
    }

    @Override
    public Optional<AbtIo> abtIo(String name) {
        return Optional.ofNullable(abtIo.get(name));
    }

    @Override
    public Optional<GroupHandle> group(String name) {
        return Optional.ofNullable(groups.get(name));
    }

    @Override
    public Hold retain(Object resource) {
        AtomicBoolean released = new AtomicBoolean();
        if (resource instanceof ExecPool pool) {
            pool.retain();
            return () -> {
                if (released.compareAndSet(false, true)) {
                    pool.release();
                }
            };
        }
        if (resource instanceof ExecXstream xstream) {
            xstream.retain();
            return () -> {
                if (released.compareAndSet(false, true)) {
                    xstream.release();
                }
            };
        }
        return () -> { };
    }

    /** Whether an abt_io instance runs on that pool. */
    boolean poolUsedByAbtIo(String pool) {
        return abtIo.values().stream().anyMatch(a -> a.pool().name().equals(pool));
    }
}
