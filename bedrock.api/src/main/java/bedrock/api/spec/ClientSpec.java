package bedrock.api.spec;

import bedrock.api.BedrockException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A client of a component (module) type:
 * {@code {"config": {}, "dependencies": {}, "name": "c", "tags": [], "type": "yokan"}}.
 *
 * <p>Name and type are fixed at construction. {@code config} is a JSON-like object passed to the
 * module as is; {@code dependencies} maps dependency names to a reference string or a list of
 * reference strings (checked by {@link #validate()}); {@code tags} is a list of strings.
 *
 * <p>Example: {@code new ClientSpec("c", "yokan").dependency("db", "my_provider@local")}.
 */
public final class ClientSpec extends Spec implements NamedSpec {

    private final String name;
    private final String type;
    private Map<String, Object> config = new LinkedHashMap<>();
    private Map<String, Object> dependencies = new LinkedHashMap<>();
    private List<String> tags = new ArrayList<>();

    /**
     * Creates a client with empty config, dependencies and tags.
     *
     * @param name the client name (checked by {@link #validate()})
     * @param type the module type (non-empty for a valid spec)
     * @throws NullPointerException when an argument is {@code null}
     */
    public ClientSpec(String name, String type) {
        this.name = Names.requireName(name, "Client");
        this.type = Objects.requireNonNull(type, "type");
    }

    /** {@inheritDoc} */
    @Override
    public String name() {
        return name;
    }

    /** @return the module type, never {@code null} */
    public String type() {
        return type;
    }

    /** @return the live JSON-like config object, never {@code null} */
    public Map<String, Object> config() {
        return config;
    }

    /**
     * @param config a JSON-like object (deep-copied)
     * @return this spec
     * @throws NullPointerException when {@code config} is {@code null}
     * @throws BedrockException when it holds a value that is not JSON-like
     */
    public ClientSpec config(Map<String, ?> config) {
        this.config = Components.copyConfig(config);
        return this;
    }

    /** @return the live dependency map (values: String or List of String), never {@code null} */
    public Map<String, Object> dependencies() {
        return dependencies;
    }

    /**
     * @param dependencies dependency name to reference string or list of reference strings
     *        (deep-copied)
     * @return this spec
     * @throws NullPointerException when {@code dependencies} is {@code null}
     */
    public ClientSpec dependencies(Map<String, ?> dependencies) {
        this.dependencies = Components.copyDependencies(dependencies);
        return this;
    }

    /**
     * Sets one dependency.
     *
     * @param key the dependency name
     * @param reference a reference string, e.g. {@code "my_provider@local"}
     * @return this spec
     * @throws NullPointerException when an argument is {@code null}
     */
    public ClientSpec dependency(String key, String reference) {
        dependencies.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(reference, "reference"));
        return this;
    }

    /** @return the live list of tags, never {@code null} */
    public List<String> tags() {
        return tags;
    }

    /**
     * @param tags the tags (copied)
     * @return this spec
     * @throws NullPointerException when the list or a tag is {@code null}
     */
    public ClientSpec tags(List<String> tags) {
        this.tags = Components.copyTags(tags);
        return this;
    }

    /** {@inheritDoc} Keys: {@code config}, {@code dependencies}, {@code name}, {@code tags}, {@code type}. */
    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("config", Json.normalize(config, ""));
        map.put("dependencies", Json.normalize(dependencies, ""));
        map.put("name", name);
        map.put("tags", new ArrayList<Object>(tags));
        map.put("type", type);
        return map;
    }

    /**
     * Reads a client; {@code name} and {@code type} are required, the rest optional; unknown keys
     * are ignored.
     *
     * @param map e.g. {@code {"name": "c", "type": "yokan", "dependencies": {"db": "p@local"}}}
     * @return a new client
     * @throws BedrockException when a required key is missing or a value has the wrong type
     */
    public static ClientSpec fromMap(Map<String, ?> map) {
        return parse(Objects.requireNonNull(map, "map"), "");
    }

    /**
     * Reads a client from JSON text (see {@link #fromMap(Map)}).
     *
     * @param json a JSON object
     * @return a new client
     * @throws BedrockException when the text is not a valid client object
     */
    public static ClientSpec fromJson(String json) {
        return parse(Json.parseObject(json, "a client"), "");
    }

    static ClientSpec parse(Object value, String path) {
        Fields f = new Fields(value, path, "client");
        String name = f.requiredString("name");
        f = new Fields(value, path, "client " + Json.quote(name));
        ClientSpec client = new ClientSpec(name, f.requiredString("type"));
        client.config = f.object("config");
        client.dependencies = Components.readDependencies(f);
        client.tags = f.strings("tags");
        return client;
    }

    @Override
    void collect(List<BedrockException> out, String path) {
        String owner = "client " + Json.quote(name);
        Names.check(out, name, "client", path);
        Components.checkType(out, type, owner, path);
        Components.checkDependencies(out, dependencies, owner, path);
    }
}
