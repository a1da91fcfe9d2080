package bedrock.api.spec;

import bedrock.api.BedrockException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A whole process configuration: {@code margo}, {@code bedrock}, {@code abt_io}, {@code ssg},
 * {@code libraries}, {@code clients} and {@code providers}, in the legacy Bedrock format.
 *
 * <p>{@code ProcSpec.fromMap(Map.of())} and {@code new ProcSpec()} give the default spec. Named
 * lists ({@link #abtIo()}, {@link #ssg()}, {@link #clients()}, {@link #providers()}) keep names
 * unique. {@link #libraries()} maps module names to library locations ({@code null}: already
 * linked) in insertion order.
 *
 * <p><b>Libraries forms.</b> The legacy object form {@code {"module_a": "libA.so", "b": null}} is
 * stored as is. The newer list form {@code ["libA.so", "libB.so"]} is stored with each location
 * as both key and value, and {@link #librariesListForm()} set, so that {@link #toMap()} writes a
 * list again (duplicate locations collapse into one entry). {@link #addLibrary(String)} adds a
 * list-form entry, {@link #addLibrary(String, String)} an object-form one.
 *
 * <p>Example:
 * <pre>{@code
 * PoolSpec pool1 = new PoolSpec("pool1", PoolKind.FIFO_WAIT, PoolAccess.MPMC);
 * PoolSpec pool2 = new PoolSpec("pool2", PoolKind.FIFO_WAIT, PoolAccess.MPMC);
 * XstreamSpec xstream1 = new XstreamSpec("xstream1", new SchedulerSpec(SchedulerType.BASIC_WAIT, pool1));
 * ProviderSpec provider = new ProviderSpec("my_provider", "yokan").providerId(42).pool(pool1)
 *         .config(Map.of("database", Map.of("type", "map")));
 * ProcSpec spec = new ProcSpec();
 * spec.margo().argobots().pools(List.of(pool1, pool2));
 * spec.margo().argobots().xstreams(List.of(xstream1));
 * spec.providers(List.of(provider));
 * spec.validate();
 * String json = spec.toJson();
 * }</pre>
 */
public final class ProcSpec extends Spec {

    private MargoSpec margo;
    private BedrockSpec bedrock;
    private final SpecList<AbtIoSpec> abtIo = new SpecList<>("ABT-IO instance");
    private final SpecList<SsgSpec> ssg = new SpecList<>("SSG group");
    private final Map<String, String> libraries = new LinkedHashMap<>();
    private boolean librariesListForm;
    private final SpecList<ClientSpec> clients = new SpecList<>("client");
    private final SpecList<ProviderSpec> providers = new SpecList<>("provider");

    /** Creates the default spec (default Margo section, Bedrock on Margo's RPC pool, nothing else). */
    public ProcSpec() {
        this(new MargoSpec());
    }

    /**
     * Creates a spec around a Margo section; Bedrock runs on its RPC pool with provider id 0.
     *
     * @param margo the Margo section
     * @throws NullPointerException when {@code margo} is {@code null}
     */
    public ProcSpec(MargoSpec margo) {
        this.margo = Objects.requireNonNull(margo, "margo");
        this.bedrock = new BedrockSpec(margo.rpcPool());
    }

    /** @return the Margo section (live), never {@code null} */
    public MargoSpec margo() {
        return margo;
    }

    /**
     * @param margo the Margo section (references held by other sections are not changed)
     * @return this spec
     * @throws NullPointerException when {@code margo} is {@code null}
     */
    public ProcSpec margo(MargoSpec margo) {
        this.margo = Objects.requireNonNull(margo, "margo");
        return this;
    }

    /** @return the Bedrock section (live), never {@code null} */
    public BedrockSpec bedrock() {
        return bedrock;
    }

    /**
     * @param bedrock the Bedrock section
     * @return this spec
     * @throws NullPointerException when {@code bedrock} is {@code null}
     */
    public ProcSpec bedrock(BedrockSpec bedrock) {
        this.bedrock = Objects.requireNonNull(bedrock, "bedrock");
        return this;
    }

    /** @return the live list of ABT-IO instances, never {@code null} */
    public SpecList<AbtIoSpec> abtIo() {
        return abtIo;
    }

    /**
     * @param instances the new ABT-IO instances
     * @return this spec
     * @throws BedrockException on a duplicate name (nothing changes)
     */
    public ProcSpec abtIo(List<AbtIoSpec> instances) {
        abtIo.setAll(instances);
        return this;
    }

    /** @return the live list of SSG groups, never {@code null} */
    public SpecList<SsgSpec> ssg() {
        return ssg;
    }

    /**
     * @param groups the new SSG groups
     * @return this spec
     * @throws BedrockException on a duplicate name (nothing changes)
     */
    public ProcSpec ssg(List<SsgSpec> groups) {
        ssg.setAll(groups);
        return this;
    }

    /** @return the live, insertion-ordered map of module name (or location) to location or {@code null} */
    public Map<String, String> libraries() {
        return libraries;
    }

    /**
     * Replaces the libraries (the form, object or list, is unchanged).
     *
     * @param libraries module name to library location or {@code null}
     * @return this spec
     * @throws NullPointerException when {@code libraries} or a key is {@code null}
     */
    public ProcSpec libraries(Map<String, String> libraries) {
        Map<String, String> copy = new LinkedHashMap<>(libraries);
        copy.keySet().forEach(k -> Objects.requireNonNull(k, "module name"));
        this.libraries.clear();
        this.libraries.putAll(copy);
        return this;
    }

    /**
     * Adds an object-form entry {@code "module": "location"}.
     *
     * @param module the module name
     * @param location the library location, or {@code null} when the module is already linked
     * @return this spec
     * @throws NullPointerException when {@code module} is {@code null}
     */
    public ProcSpec addLibrary(String module, String location) {
        libraries.put(Objects.requireNonNull(module, "module"), location);
        return this;
    }

    /**
     * Adds a list-form entry (key and value both {@code location}) and switches to the list form.
     *
     * @param location the library location
     * @return this spec
     * @throws NullPointerException when {@code location} is {@code null}
     */
    public ProcSpec addLibrary(String location) {
        libraries.put(Objects.requireNonNull(location, "location"), location);
        librariesListForm = true;
        return this;
    }

    /** @return whether {@link #toMap()} writes {@code libraries} as a list of locations */
    public boolean librariesListForm() {
        return librariesListForm;
    }

    /**
     * @param listForm {@code true}: write {@code libraries} as a list of the map's values;
     *        {@code false}: as an object
     * @return this spec
     */
    public ProcSpec librariesListForm(boolean listForm) {
        this.librariesListForm = listForm;
        return this;
    }

    /** @return the live list of clients, never {@code null} */
    public SpecList<ClientSpec> clients() {
        return clients;
    }

    /**
     * @param clients the new clients
     * @return this spec
     * @throws BedrockException on a duplicate name (nothing changes)
     */
    public ProcSpec clients(List<ClientSpec> clients) {
        this.clients.setAll(clients);
        return this;
    }

    /** @return the live list of providers, never {@code null} */
    public SpecList<ProviderSpec> providers() {
        return providers;
    }

    /**
     * @param providers the new providers
     * @return this spec
     * @throws BedrockException on a duplicate name (nothing changes)
     */
    public ProcSpec providers(List<ProviderSpec> providers) {
        this.providers.setAll(providers);
        return this;
    }

    /**
     * {@inheritDoc} Keys: {@code abt_io}, {@code bedrock}, {@code clients}, {@code libraries}
     * (object or list, see the class description), {@code margo}, {@code providers}, {@code ssg}.
     */
    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("abt_io", maps(abtIo));
        map.put("bedrock", bedrock.toMap());
        map.put("clients", maps(clients));
        if (librariesListForm) {
            List<Object> list = new ArrayList<>();
            libraries.forEach((k, v) -> list.add(v == null ? k : v));
            map.put("libraries", list);
        } else {
            map.put("libraries", new LinkedHashMap<String, Object>(libraries));
        }
        map.put("margo", margo.toMap());
        map.put("providers", maps(providers));
        map.put("ssg", maps(ssg));
        return map;
    }

    private static List<Object> maps(List<? extends Spec> specs) {
        List<Object> out = new ArrayList<>();
        specs.forEach(s -> out.add(s.toMap()));
        return out;
    }

    /**
     * Reads a process configuration, either a minimal input ({@code {}} gives the default spec) or
     * the completed configuration a daemon reports. Pool references (names or indices) are
     * resolved against {@code margo.argobots}; {@code ssg} may be a single object; unknown keys
     * (e.g. {@code mona}) are ignored. Does not run {@link #validate()}.
     *
     * @param map the configuration object
     * @return a new spec
     * @throws BedrockException on a wrong type, missing name or type, unknown enumeration value,
     *         duplicate name or unresolvable pool reference, with the JSON Pointer of the item
     * @throws NullPointerException when {@code map} is {@code null}
     */
    public static ProcSpec fromMap(Map<String, ?> map) {
        return parse(Objects.requireNonNull(map, "map"), "");
    }

    /**
     * Reads a process configuration from JSON text (see {@link #fromMap(Map)}); blank text means
     * {@code {}}.
     *
     * @param json a JSON object
     * @return a new spec
     * @throws BedrockException when the text is not JSON or not a valid configuration
     */
    public static ProcSpec fromJson(String json) {
        return parse(Json.parseObject(json, "a process configuration"), "");
    }

    static ProcSpec parse(Object value, String path) {
        Fields f = new Fields(value, path, "process configuration");
        MargoSpec margo = f.has("margo") ? MargoSpec.parse(f.raw("margo"), f.path("margo")) : new MargoSpec();
        ArgobotsSpec abt = margo.argobots();
        ProcSpec spec = new ProcSpec(margo);
        if (f.has("bedrock")) {
            spec.bedrock = BedrockSpec.parse(f.raw("bedrock"), f.path("bedrock"), abt, margo.rpcPool());
        }
        List<Object> items = f.list("abt_io");
        for (int i = 0; i < items.size(); i++) {
            String at = Json.child(f.path("abt_io"), i);
            spec.abtIo.addAt(AbtIoSpec.parse(items.get(i), at, abt), at);
        }
        Object ssgValue = f.raw("ssg");
        items = ssgValue instanceof Map ? List.of(ssgValue) : f.list("ssg");
        for (int i = 0; i < items.size(); i++) {
            String at = ssgValue instanceof Map ? f.path("ssg") : Json.child(f.path("ssg"), i);
            spec.ssg.addAt(SsgSpec.parse(items.get(i), at, abt), at);
        }
        parseLibraries(spec, f);
        items = f.list("clients");
        for (int i = 0; i < items.size(); i++) {
            String at = Json.child(f.path("clients"), i);
            spec.clients.addAt(ClientSpec.parse(items.get(i), at), at);
        }
        items = f.list("providers");
        for (int i = 0; i < items.size(); i++) {
            String at = Json.child(f.path("providers"), i);
            spec.providers.addAt(ProviderSpec.parse(items.get(i), at, abt), at);
        }
        return spec;
    }

    private static void parseLibraries(ProcSpec spec, Fields f) {
        Object libs = f.raw("libraries");
        String at = f.path("libraries");
        if (libs == null) {
            return;
        }
        if (libs instanceof Map) {
            for (Map.Entry<String, Object> e : Json.asObject(libs).entrySet()) {
                Object v = e.getValue();
                if (v != null && !(v instanceof String)) {
                    throw new BedrockException("Invalid library " + Json.quote(v) + " for module "
                            + Json.quote(e.getKey()) + " (expected a string or null)", Json.child(at, e.getKey()));
                }
                spec.libraries.put(e.getKey(), (String) v);
            }
        } else if (libs instanceof List) {
            List<?> list = (List<?>) libs;
            for (int i = 0; i < list.size(); i++) {
                Object v = list.get(i);
                if (!(v instanceof String)) {
                    throw new BedrockException("Invalid library " + Json.quote(v)
                            + " in \"libraries\" (expected a string)", Json.child(at, i));
                }
                spec.libraries.put((String) v, (String) v);
            }
            spec.librariesListForm = true;
        } else {
            throw new BedrockException("Invalid \"libraries\" field " + Json.quote(libs)
                    + " (expected an object or an array)", at);
        }
    }

    @Override
    void collect(List<BedrockException> out, String path) {
        ArgobotsSpec abt = margo.argobots();
        margo.collect(out, Json.child(path, "margo"));
        bedrock.collect(out, Json.child(path, "bedrock"), abt);
        for (int i = 0; i < abtIo.size(); i++) {
            abtIo.get(i).collect(out, Json.child(Json.child(path, "abt_io"), i), abt);
        }
        for (int i = 0; i < ssg.size(); i++) {
            ssg.get(i).collect(out, Json.child(Json.child(path, "ssg"), i), abt);
        }
        collectLibraries(out, Json.child(path, "libraries"));
        for (int i = 0; i < clients.size(); i++) {
            clients.get(i).collect(out, Json.child(Json.child(path, "clients"), i));
        }
        Map<Integer, String> ids = new HashMap<>();
        for (int i = 0; i < providers.size(); i++) {
            ProviderSpec p = providers.get(i);
            String at = Json.child(Json.child(path, "providers"), i);
            p.collect(out, at, abt);
            if (p.providerId() != ProviderSpec.AUTO_PROVIDER_ID) {
                String previous = ids.putIfAbsent(p.providerId(), p.name());
                if (previous != null) {
                    out.add(new BedrockException("Provider id " + p.providerId() + " of provider "
                            + Json.quote(p.name()) + " is already used by provider " + Json.quote(previous)
                            + " (expected distinct provider ids)", Json.child(at, "provider_id")));
                }
            }
        }
    }

    private void collectLibraries(List<BedrockException> out, String path) {
        int i = 0;
        for (Map.Entry<String, String> e : libraries.entrySet()) {
            if (librariesListForm) {
                if (e.getValue() != null && !e.getValue().equals(e.getKey())) {
                    out.add(new BedrockException("Library entry " + Json.quote(e.getKey()) + " -> "
                            + Json.quote(e.getValue()) + " cannot be written in list form"
                            + " (expected the location as both key and value)", Json.child(path, i)));
                }
            } else if (e.getKey().isEmpty()) {
                out.add(new BedrockException("Empty module name for library " + Json.quote(e.getValue())
                        + " (expected a module name)", Json.child(path, e.getKey())));
            }
            i++;
        }
    }
}
