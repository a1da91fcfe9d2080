package bedrock.api.spec;

import bedrock.api.BedrockException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code margo.mercury} section (Mercury network settings), with the defaults of upstream
 * Python's {@code MercurySpec}.
 *
 * <p>{@link #toMap()} always writes the keys a running daemon reports; {@code address} and
 * {@code version} only when set, and {@code auth_key}, {@code ip_subnet}, {@code log_level} and
 * {@code log_subsys} only when they differ from their defaults. {@link #fromMap(Map)} also
 * accepts a bare address string in place of the object (see {@link MargoSpec#fromMap(Map)}).
 *
 * <p>Example: {@code new MercurySpec("na+sm").listening(true).toMap().get("address")} is
 * {@code "na+sm"}.
 */
public final class MercurySpec extends Spec {

    private static final List<String> CHECKSUM_LEVELS = List.of("none", "rpc_headers", "rpc_payload");
    private static final List<String> ADDR_FORMATS = List.of("unspec", "ipv4", "ipv6", "native");

    private String address = null;
    private boolean autoSm = false;
    private String authKey = "";
    private String checksumLevel = "none";
    private long inputEagerSize = 4080;
    private String ipSubnet = "";
    private boolean listening = true;
    private String logLevel = "warning";
    private String logSubsys = "hg,na";
    private long maxContexts = 1;
    private String naAddrFormat = "unspec";
    private long naMaxExpectedSize = 0;
    private long naMaxUnexpectedSize = 0;
    private boolean naNoBlock = false;
    private boolean naNoRetry = false;
    private boolean naRequestMemDevice = false;
    private boolean noBulkEager = false;
    private boolean noLoopback = false;
    private long outputEagerSize = 4080;
    private long requestPostIncr = 256;
    private long requestPostInit = 256;
    private boolean stats = false;
    private String version = null;

    /** Creates a section with all defaults and no address. */
    public MercurySpec() {
    }

    /**
     * Creates a section with all defaults and the given address.
     *
     * @param address a Mercury address or protocol (e.g. {@code na+sm}), may be {@code null}
     */
    public MercurySpec(String address) {
        this.address = address;
    }

    /**
     * Returns the protocol: the address up to its first {@code :}, or the whole address.
     *
     * @return the protocol, or empty when there is no address
     */
    public Optional<String> protocol() {
        if (address == null) {
            return Optional.empty();
        }
        int colon = address.indexOf(':');
        return Optional.of(colon < 0 ? address : address.substring(0, colon));
    }

    /**
     * Returns the Mercury address (e.g. {@code na+sm://1234-0}), or {@code null} when not known (JSON {@code address}, default {@code null}).
     *
     * @return the value, may be {@code null}
     */
    public String address() {
        return address;
    }

    /**
     * Sets the Mercury address (e.g. {@code na+sm://1234-0}), or {@code null} when not known.
     *
     * @param value the new value, may be {@code null}
     * @return this spec
     */
    public MercurySpec address(String value) {
        this.address = value;
        return this;
    }

    /**
     * Returns whether shared memory is used automatically for local peers (JSON {@code auto_sm}, default {@code false}).
     *
     * @return the value
     */
    public boolean autoSm() {
        return autoSm;
    }

    /**
     * Sets whether shared memory is used automatically for local peers.
     *
     * @param value the new value
     * @return this spec
     */
    public MercurySpec autoSm(boolean value) {
        this.autoSm = value;
        return this;
    }

    /**
     * Returns the authentication key (empty: none) (JSON {@code auth_key}, default {@code ""}).
     *
     * @return the value, never {@code null}
     */
    public String authKey() {
        return authKey;
    }

    /**
     * Sets the authentication key (empty: none).
     *
     * @param value the new value (not {@code null})
     * @return this spec
     * @throws NullPointerException when {@code value} is {@code null}
     */
    public MercurySpec authKey(String value) {
        this.authKey = Objects.requireNonNull(value, "auth_key");
        return this;
    }

    /**
     * Returns the checksum level: {@code none}, {@code rpc_headers} or {@code rpc_payload} (JSON {@code checksum_level}, default {@code "none"}).
     *
     * @return the value, never {@code null}
     */
    public String checksumLevel() {
        return checksumLevel;
    }

    /**
     * Sets the checksum level: {@code none}, {@code rpc_headers} or {@code rpc_payload}.
     *
     * @param value the new value (not {@code null})
     * @return this spec
     * @throws NullPointerException when {@code value} is {@code null}
     */
    public MercurySpec checksumLevel(String value) {
        this.checksumLevel = Objects.requireNonNull(value, "checksum_level");
        return this;
    }

    /**
     * Returns the input eager buffer size in bytes (JSON {@code input_eager_size}, default {@code 4080}).
     *
     * @return the value
     */
    public long inputEagerSize() {
        return inputEagerSize;
    }

    /**
     * Sets the input eager buffer size in bytes.
     *
     * @param value the new value
     * @return this spec
     */
    public MercurySpec inputEagerSize(long value) {
        this.inputEagerSize = value;
        return this;
    }

    /**
     * Returns the IP subnet to listen on (empty: any) (JSON {@code ip_subnet}, default {@code ""}).
     *
     * @return the value, never {@code null}
     */
    public String ipSubnet() {
        return ipSubnet;
    }

    /**
     * Sets the IP subnet to listen on (empty: any).
     *
     * @param value the new value (not {@code null})
     * @return this spec
     * @throws NullPointerException when {@code value} is {@code null}
     */
    public MercurySpec ipSubnet(String value) {
        this.ipSubnet = Objects.requireNonNull(value, "ip_subnet");
        return this;
    }

    /**
     * Returns whether the process listens for incoming RPCs (JSON {@code listening}, default {@code true}).
     *
     * @return the value
     */
    public boolean listening() {
        return listening;
    }

    /**
     * Sets whether the process listens for incoming RPCs.
     *
     * @param value the new value
     * @return this spec
     */
    public MercurySpec listening(boolean value) {
        this.listening = value;
        return this;
    }

    /**
     * Returns Mercury's log level (JSON {@code log_level}, default {@code "warning"}).
     *
     * @return the value, never {@code null}
     */
    public String logLevel() {
        return logLevel;
    }

    /**
     * Sets Mercury's log level.
     *
     * @param value the new value (not {@code null})
     * @return this spec
     * @throws NullPointerException when {@code value} is {@code null}
     */
    public MercurySpec logLevel(String value) {
        this.logLevel = Objects.requireNonNull(value, "log_level");
        return this;
    }

    /**
     * Returns Mercury's logged subsystems (JSON {@code log_subsys}, default {@code "hg,na"}).
     *
     * @return the value, never {@code null}
     */
    public String logSubsys() {
        return logSubsys;
    }

    /**
     * Sets Mercury's logged subsystems.
     *
     * @param value the new value (not {@code null})
     * @return this spec
     * @throws NullPointerException when {@code value} is {@code null}
     */
    public MercurySpec logSubsys(String value) {
        this.logSubsys = Objects.requireNonNull(value, "log_subsys");
        return this;
    }

    /**
     * Returns the maximum number of Mercury contexts (JSON {@code max_contexts}, default {@code 1}).
     *
     * @return the value
     */
    public long maxContexts() {
        return maxContexts;
    }

    /**
     * Sets the maximum number of Mercury contexts.
     *
     * @param value the new value
     * @return this spec
     */
    public MercurySpec maxContexts(long value) {
        this.maxContexts = value;
        return this;
    }

    /**
     * Returns the address format: {@code unspec}, {@code ipv4}, {@code ipv6} or {@code native} (JSON {@code na_addr_format}, default {@code "unspec"}).
     *
     * @return the value, never {@code null}
     */
    public String naAddrFormat() {
        return naAddrFormat;
    }

    /**
     * Sets the address format: {@code unspec}, {@code ipv4}, {@code ipv6} or {@code native}.
     *
     * @param value the new value (not {@code null})
     * @return this spec
     * @throws NullPointerException when {@code value} is {@code null}
     */
    public MercurySpec naAddrFormat(String value) {
        this.naAddrFormat = Objects.requireNonNull(value, "na_addr_format");
        return this;
    }

    /**
     * Returns the NA maximum expected message size (0: plugin default) (JSON {@code na_max_expected_size}, default {@code 0}).
     *
     * @return the value
     */
    public long naMaxExpectedSize() {
        return naMaxExpectedSize;
    }

    /**
     * Sets the NA maximum expected message size (0: plugin default).
     *
     * @param value the new value
     * @return this spec
     */
    public MercurySpec naMaxExpectedSize(long value) {
        this.naMaxExpectedSize = value;
        return this;
    }

    /**
     * Returns the NA maximum unexpected message size (0: plugin default) (JSON {@code na_max_unexpected_size}, default {@code 0}).
     *
     * @return the value
     */
    public long naMaxUnexpectedSize() {
        return naMaxUnexpectedSize;
    }

    /**
     * Sets the NA maximum unexpected message size (0: plugin default).
     *
     * @param value the new value
     * @return this spec
     */
    public MercurySpec naMaxUnexpectedSize(long value) {
        this.naMaxUnexpectedSize = value;
        return this;
    }

    /**
     * Returns whether NA busy-spins instead of blocking (JSON {@code na_no_block}, default {@code false}).
     *
     * @return the value
     */
    public boolean naNoBlock() {
        return naNoBlock;
    }

    /**
     * Sets whether NA busy-spins instead of blocking.
     *
     * @param value the new value
     * @return this spec
     */
    public MercurySpec naNoBlock(boolean value) {
        this.naNoBlock = value;
        return this;
    }

    /**
     * Returns whether NA gives up instead of retrying (JSON {@code na_no_retry}, default {@code false}).
     *
     * @return the value
     */
    public boolean naNoRetry() {
        return naNoRetry;
    }

    /**
     * Sets whether NA gives up instead of retrying.
     *
     * @param value the new value
     * @return this spec
     */
    public MercurySpec naNoRetry(boolean value) {
        this.naNoRetry = value;
        return this;
    }

    /**
     * Returns whether NA requests device memory support (JSON {@code na_request_mem_device}, default {@code false}).
     *
     * @return the value
     */
    public boolean naRequestMemDevice() {
        return naRequestMemDevice;
    }

    /**
     * Sets whether NA requests device memory support.
     *
     * @param value the new value
     * @return this spec
     */
    public MercurySpec naRequestMemDevice(boolean value) {
        this.naRequestMemDevice = value;
        return this;
    }

    /**
     * Returns whether eager bulk transfers are disabled (JSON {@code no_bulk_eager}, default {@code false}).
     *
     * @return the value
     */
    public boolean noBulkEager() {
        return noBulkEager;
    }

    /**
     * Sets whether eager bulk transfers are disabled.
     *
     * @param value the new value
     * @return this spec
     */
    public MercurySpec noBulkEager(boolean value) {
        this.noBulkEager = value;
        return this;
    }

    /**
     * Returns whether loopback is disabled (JSON {@code no_loopback}, default {@code false}).
     *
     * @return the value
     */
    public boolean noLoopback() {
        return noLoopback;
    }

    /**
     * Sets whether loopback is disabled.
     *
     * @param value the new value
     * @return this spec
     */
    public MercurySpec noLoopback(boolean value) {
        this.noLoopback = value;
        return this;
    }

    /**
     * Returns the output eager buffer size in bytes (JSON {@code output_eager_size}, default {@code 4080}).
     *
     * @return the value
     */
    public long outputEagerSize() {
        return outputEagerSize;
    }

    /**
     * Sets the output eager buffer size in bytes.
     *
     * @param value the new value
     * @return this spec
     */
    public MercurySpec outputEagerSize(long value) {
        this.outputEagerSize = value;
        return this;
    }

    /**
     * Returns the increment of posted requests (JSON {@code request_post_incr}, default {@code 256}).
     *
     * @return the value
     */
    public long requestPostIncr() {
        return requestPostIncr;
    }

    /**
     * Sets the increment of posted requests.
     *
     * @param value the new value
     * @return this spec
     */
    public MercurySpec requestPostIncr(long value) {
        this.requestPostIncr = value;
        return this;
    }

    /**
     * Returns the initial number of posted requests (JSON {@code request_post_init}, default {@code 256}).
     *
     * @return the value
     */
    public long requestPostInit() {
        return requestPostInit;
    }

    /**
     * Sets the initial number of posted requests.
     *
     * @param value the new value
     * @return this spec
     */
    public MercurySpec requestPostInit(long value) {
        this.requestPostInit = value;
        return this;
    }

    /**
     * Returns whether Mercury collects statistics (JSON {@code stats}, default {@code false}).
     *
     * @return the value
     */
    public boolean stats() {
        return stats;
    }

    /**
     * Sets whether Mercury collects statistics.
     *
     * @param value the new value
     * @return this spec
     */
    public MercurySpec stats(boolean value) {
        this.stats = value;
        return this;
    }

    /**
     * Returns the Mercury version reported by a daemon, or {@code null} (JSON {@code version}, default {@code null}).
     *
     * @return the value, may be {@code null}
     */
    public String version() {
        return version;
    }

    /**
     * Sets the Mercury version reported by a daemon, or {@code null}.
     *
     * @param value the new value, may be {@code null}
     * @return this spec
     */
    public MercurySpec version(String value) {
        this.version = value;
        return this;
    }

    /** {@inheritDoc} Keys are sorted; see the class description for which are optional. */
    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        if (address != null) {
            map.put("address", address);
        }
        map.put("auto_sm", autoSm);
        if (!authKey.equals("")) {
            map.put("auth_key", authKey);
        }
        map.put("checksum_level", checksumLevel);
        map.put("input_eager_size", inputEagerSize);
        if (!ipSubnet.equals("")) {
            map.put("ip_subnet", ipSubnet);
        }
        map.put("listening", listening);
        if (!logLevel.equals("warning")) {
            map.put("log_level", logLevel);
        }
        if (!logSubsys.equals("hg,na")) {
            map.put("log_subsys", logSubsys);
        }
        map.put("max_contexts", maxContexts);
        map.put("na_addr_format", naAddrFormat);
        map.put("na_max_expected_size", naMaxExpectedSize);
        map.put("na_max_unexpected_size", naMaxUnexpectedSize);
        map.put("na_no_block", naNoBlock);
        map.put("na_no_retry", naNoRetry);
        map.put("na_request_mem_device", naRequestMemDevice);
        map.put("no_bulk_eager", noBulkEager);
        map.put("no_loopback", noLoopback);
        map.put("output_eager_size", outputEagerSize);
        map.put("request_post_incr", requestPostIncr);
        map.put("request_post_init", requestPostInit);
        map.put("stats", stats);
        if (version != null) {
            map.put("version", version);
        }
        return map;
    }

    /**
     * Reads the section; absent keys take their defaults and unknown keys are ignored.
     *
     * @param map e.g. {@code {"address": "na+sm", "listening": true}}
     * @return a new section
     * @throws BedrockException when a value has the wrong type; the path is relative to {@code map}
     */
    public static MercurySpec fromMap(Map<String, ?> map) {
        return parse(Objects.requireNonNull(map, "map"), "");
    }

    /**
     * Reads the section from JSON text (see {@link #fromMap(Map)}).
     *
     * @param json a JSON object
     * @return a new section
     * @throws BedrockException when the text is not a valid mercury object
     */
    public static MercurySpec fromJson(String json) {
        return parse(Json.parseObject(json, "a mercury section"), "");
    }

    static MercurySpec parse(Object value, String path) {
        if (value instanceof String) {
            return new MercurySpec((String) value);
        }
        Fields f = new Fields(value, path, "the \"mercury\" section");
        MercurySpec m = new MercurySpec();
        m.address = f.string("address", null);
        m.autoSm = f.bool("auto_sm", false);
        m.authKey = f.string("auth_key", "");
        m.checksumLevel = f.string("checksum_level", "none");
        m.inputEagerSize = f.integer("input_eager_size", 4080);
        m.ipSubnet = f.string("ip_subnet", "");
        m.listening = f.bool("listening", true);
        m.logLevel = f.string("log_level", "warning");
        m.logSubsys = f.string("log_subsys", "hg,na");
        m.maxContexts = f.integer("max_contexts", 1);
        m.naAddrFormat = f.string("na_addr_format", "unspec");
        m.naMaxExpectedSize = f.integer("na_max_expected_size", 0);
        m.naMaxUnexpectedSize = f.integer("na_max_unexpected_size", 0);
        m.naNoBlock = f.bool("na_no_block", false);
        m.naNoRetry = f.bool("na_no_retry", false);
        m.naRequestMemDevice = f.bool("na_request_mem_device", false);
        m.noBulkEager = f.bool("no_bulk_eager", false);
        m.noLoopback = f.bool("no_loopback", false);
        m.outputEagerSize = f.integer("output_eager_size", 4080);
        m.requestPostIncr = f.integer("request_post_incr", 256);
        m.requestPostInit = f.integer("request_post_init", 256);
        m.stats = f.bool("stats", false);
        m.version = f.string("version", null);
        return m;
    }

    @Override
    void collect(List<BedrockException> out, String path) {
        if (!CHECKSUM_LEVELS.contains(checksumLevel)) {
            out.add(new BedrockException("Invalid mercury checksum_level " + Json.quote(checksumLevel)
                    + " (expected one of " + String.join(", ", CHECKSUM_LEVELS) + ")",
                    Json.child(path, "checksum_level")));
        }
        if (!ADDR_FORMATS.contains(naAddrFormat)) {
            out.add(new BedrockException("Invalid mercury na_addr_format " + Json.quote(naAddrFormat)
                    + " (expected one of " + String.join(", ", ADDR_FORMATS) + ")",
                    Json.child(path, "na_addr_format")));
        }
        String[] keys = {"input_eager_size", "output_eager_size", "max_contexts", "request_post_init",
            "request_post_incr", "na_max_expected_size", "na_max_unexpected_size"};
        long[] values = {inputEagerSize, outputEagerSize, maxContexts, requestPostInit, requestPostIncr,
            naMaxExpectedSize, naMaxUnexpectedSize};
        for (int i = 0; i < keys.length; i++) {
            if (values[i] < 0) {
                out.add(new BedrockException("Invalid mercury " + keys[i] + " " + values[i]
                        + " (expected a number ≥0)", Json.child(path, keys[i])));
            }
        }
    }
}
