package bedrock.api.spec;

import bedrock.api.BedrockException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An SSG group to create or join:
 * {@code {"bootstrap": "init", "credential": -1, "group_file": "", "name": "g", "pool": "__primary__"}}.
 *
 * <p>The name is fixed at construction. Defaults: pool {@code __primary__}, credential -1,
 * bootstrap {@link SsgBootstrap#INIT}, group file {@code ""}, no SWIM section (SWIM off). A
 * {@code join} group needs a non-empty group file (checked by {@link #validate()}).
 *
 * <p>Example: {@code new SsgSpec("g").bootstrap(SsgBootstrap.JOIN).groupFile("g.ssg")}.
 */
public final class SsgSpec extends Spec implements NamedSpec {

    private final String name;
    private PoolSpec pool;
    private long credential = -1;
    private SsgBootstrap bootstrap = SsgBootstrap.INIT;
    private String groupFile = "";
    private SwimSpec swim;

    /**
     * Creates a group on a (detached) {@code __primary__} pool.
     *
     * @param name the group name (checked by {@link #validate()})
     * @throws NullPointerException when {@code name} is {@code null}
     */
    public SsgSpec(String name) {
        this(name, new PoolSpec(Names.PRIMARY));
    }

    /**
     * Creates a group.
     *
     * @param name the group name (checked by {@link #validate()})
     * @param pool the pool running the group's RPCs
     * @throws NullPointerException when an argument is {@code null}
     */
    public SsgSpec(String name, PoolSpec pool) {
        this.name = Names.requireName(name, "SSG group");
        pool(pool);
    }

    /** {@inheritDoc} */
    @Override
    public String name() {
        return name;
    }

    /** @return the pool, never {@code null} */
    public PoolSpec pool() {
        return pool;
    }

    /**
     * @param pool the pool, one of the Argobots pools for a valid spec
     * @return this spec
     * @throws NullPointerException when {@code pool} is {@code null}
     */
    public SsgSpec pool(PoolSpec pool) {
        this.pool = Objects.requireNonNull(pool, "pool");
        return this;
    }

    /** @return the network credential (default -1: none) */
    public long credential() {
        return credential;
    }

    /**
     * @param credential the network credential, -1 for none
     * @return this spec
     */
    public SsgSpec credential(long credential) {
        this.credential = credential;
        return this;
    }

    /** @return the bootstrap method, never {@code null} */
    public SsgBootstrap bootstrap() {
        return bootstrap;
    }

    /**
     * @param bootstrap the bootstrap method
     * @return this spec
     * @throws NullPointerException when {@code bootstrap} is {@code null}
     */
    public SsgSpec bootstrap(SsgBootstrap bootstrap) {
        this.bootstrap = Objects.requireNonNull(bootstrap, "bootstrap");
        return this;
    }

    /** @return the group file ({@code ""}: none), never {@code null} */
    public String groupFile() {
        return groupFile;
    }

    /**
     * @param groupFile the group file to write or read, {@code ""} for none
     * @return this spec
     * @throws NullPointerException when {@code groupFile} is {@code null}
     */
    public SsgSpec groupFile(String groupFile) {
        this.groupFile = Objects.requireNonNull(groupFile, "groupFile");
        return this;
    }

    /** @return the SWIM settings, or empty when SWIM is off (the default) */
    public Optional<SwimSpec> swim() {
        return Optional.ofNullable(swim);
    }

    /**
     * @param swim the SWIM settings, or {@code null} to turn SWIM off
     * @return this spec
     */
    public SsgSpec swim(SwimSpec swim) {
        this.swim = swim;
        return this;
    }

    /**
     * {@inheritDoc} Keys: {@code bootstrap}, {@code credential}, {@code group_file}, {@code name},
     * {@code pool} (name), {@code swim} (when set).
     */
    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("bootstrap", bootstrap.jsonName());
        map.put("credential", credential);
        map.put("group_file", groupFile);
        map.put("name", name);
        map.put("pool", pool.name());
        if (swim != null) {
            map.put("swim", swim.toMap());
        }
        return map;
    }

    /**
     * Reads a group without argobots context (a pool name becomes a detached default pool; an
     * index is rejected). Prefer {@link #fromMap(Map, ArgobotsSpec)}.
     *
     * @param map e.g. {@code {"name": "g", "bootstrap": "init"}}
     * @return a new group
     * @throws BedrockException when {@code name} is missing, a value has the wrong type or the
     *         bootstrap method is unknown
     */
    public static SsgSpec fromMap(Map<String, ?> map) {
        return parse(Objects.requireNonNull(map, "map"), "", null);
    }

    /**
     * Reads a group, resolving {@code pool} (name or index; default {@code __primary__}) against
     * {@code abt}.
     *
     * @param map e.g. {@code {"name": "g", "pool": 0, "swim": {"period_length_ms": 1000}}}
     * @param abt the Argobots section, may be {@code null}
     * @return a new group
     * @throws BedrockException when {@code name} is missing, a value is invalid or the pool is
     *         unknown
     */
    public static SsgSpec fromMap(Map<String, ?> map, ArgobotsSpec abt) {
        return parse(Objects.requireNonNull(map, "map"), "", abt);
    }

    /**
     * Reads a group from JSON text without argobots context (see {@link #fromMap(Map)}).
     *
     * @param json a JSON object
     * @return a new group
     * @throws BedrockException when the text is not a valid SSG object
     */
    public static SsgSpec fromJson(String json) {
        return parse(Json.parseObject(json, "an SSG group"), "", null);
    }

    static SsgSpec parse(Object value, String path, ArgobotsSpec abt) {
        String name = new Fields(value, path, "SSG group").requiredString("name");
        String owner = "SSG group " + Json.quote(name);
        Fields f = new Fields(value, path, owner);
        PoolSpec pool = f.has("pool") ? PoolRefs.resolve(f.raw("pool"), abt, f.path("pool"), owner)
                : abt == null ? new PoolSpec(Names.PRIMARY) : abt.primaryPool();
        SsgSpec ssg = new SsgSpec(name, pool)
                .credential(f.integer("credential", -1))
                .groupFile(f.string("group_file", ""));
        if (f.has("bootstrap")) {
            ssg.bootstrap(Enums.parse(SsgBootstrap.values(), SsgBootstrap::jsonName,
                    f.string("bootstrap", null), "SSG bootstrap method", "for " + owner,
                    f.path("bootstrap")));
        }
        if (f.has("swim")) {
            ssg.swim(SwimSpec.parse(f.raw("swim"), f.path("swim")));
        }
        return ssg;
    }

    @Override
    void collect(List<BedrockException> out, String path) {
        collect(out, path, null);
    }

    void collect(List<BedrockException> out, String path, ArgobotsSpec abt) {
        String owner = "SSG group " + Json.quote(name);
        Names.check(out, name, "SSG group", path);
        if (bootstrap == SsgBootstrap.JOIN && groupFile.isEmpty()) {
            out.add(new BedrockException("Empty group_file for " + owner
                    + " (the \"join\" bootstrap method requires a group file)", Json.child(path, "group_file")));
        }
        PoolRefs.check(out, pool, abt, Json.child(path, "pool"), owner);
        if (swim != null) {
            swim.collect(out, Json.child(path, "swim"));
        }
    }
}
