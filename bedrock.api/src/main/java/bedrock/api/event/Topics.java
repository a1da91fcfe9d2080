package bedrock.api.event;

import java.util.List;

/**
 * The Typed Events topics a Bedrock daemon publishes on, and the event type each carries. A handler
 * registered with {@code event.topics=bedrock/*} receives them all.
 */
public final class Topics {

    /** Every topic starts with this. */
    public static final String PREFIX = "bedrock/";

    /** The wildcard that matches every Bedrock topic. */
    public static final String ALL = "bedrock/*";

    /** {@link ModuleEvent}: a module type became available to the daemon. */
    public static final String MODULE_LOADED = "bedrock/module/loaded";
    /** {@link ModuleEvent}: a module's bundle stopped; what it created is gone. */
    public static final String MODULE_UNLOADED = "bedrock/module/unloaded";
    /** {@link PoolChangeEvent}: a provider moved to another pool. */
    public static final String PROVIDER_POOL_CHANGED = "bedrock/provider/pool_changed";
    /** {@link MemberEvent}: a member joined a group. */
    public static final String MEMBER_JOINED = "bedrock/group/member_joined";
    /** {@link MemberEvent}: a member is suspected to have failed (failure detection only). */
    public static final String MEMBER_SUSPECTED = "bedrock/group/member_suspected";
    /** {@link MemberEvent}: a member left a group. */
    public static final String MEMBER_LEFT = "bedrock/group/member_left";
    /** {@link RefusalEvent}: a spec was rejected; no daemon started. */
    public static final String SPEC_REJECTED = "bedrock/spec/rejected";
    /** {@link RefusalEvent}: a runtime change was refused; nothing changed. */
    public static final String CHANGE_REFUSED = "bedrock/change/refused";
    /** {@link DaemonEvent}: the daemon serves. */
    public static final String DAEMON_READY = "bedrock/daemon/ready";
    /** {@link DaemonEvent}: the daemon is stopping. */
    public static final String DAEMON_STOPPING = "bedrock/daemon/stopping";

    /** The kinds of {@link EntityEvent}, as they appear in topics. */
    public static final List<String> KINDS = List.of("pool", "xstream", "client", "provider", "abt_io", "ssg");

    private Topics() {
    }

    /** {@code bedrock/<kind>/added}: an {@link EntityEvent}. */
    public static String added(String kind) {
        return PREFIX + kind + "/added";
    }

    /** {@code bedrock/<kind>/removed}: an {@link EntityEvent}. */
    public static String removed(String kind) {
        return PREFIX + kind + "/removed";
    }
}
