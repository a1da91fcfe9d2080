package bedrock.api.spec;

import bedrock.api.BedrockException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What clients and providers share: a name and a module type fixed at construction, a JSON-like
 * {@code config} passed to the module as is, {@code dependencies} mapping dependency names to a
 * reference string or a list of them (checked by {@link #validate()}), and {@code tags}.
 *
 * @param <S> the concrete spec, returned by the fluent setters
 */
public abstract sealed class ComponentSpec<S extends ComponentSpec<S>> extends Spec implements NamedSpec
        permits ClientSpec, ProviderSpec {

    private final String name;
    private final String type;
    Map<String, Object> config = new LinkedHashMap<>();
    Map<String, Object> dependencies = new LinkedHashMap<>();
    List<String> tags = new ArrayList<>();

    ComponentSpec(String name, String type, String kind) {
        this.name = Names.requireName(name, kind);
        this.type = Objects.requireNonNull(type, "type");
    }

    abstract S self();

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
    public S config(Map<String, ?> config) {
        this.config = Components.copyConfig(config);
        return self();
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
    public S dependencies(Map<String, ?> dependencies) {
        this.dependencies = Components.copyDependencies(dependencies);
        return self();
    }

    /**
     * Sets one dependency.
     *
     * @param key the dependency name
     * @param reference a reference string, e.g. {@code "my_provider@local"}
     * @return this spec
     * @throws NullPointerException when an argument is {@code null}
     */
    public S dependency(String key, String reference) {
        dependencies.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(reference, "reference"));
        return self();
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
    public S tags(List<String> tags) {
        this.tags = Components.copyTags(tags);
        return self();
    }

    /** The shared keys of {@link #toMap()}: config, dependencies, name, tags, type (sorted with the rest). */
    Map<String, Object> commonMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("config", Json.normalize(config, ""));
        map.put("dependencies", Json.normalize(dependencies, ""));
        map.put("name", name);
        map.put("tags", new ArrayList<Object>(tags));
        map.put("type", type);
        return map;
    }

    /** Reads config, dependencies and tags. */
    void readCommon(Fields f) {
        config = f.object("config");
        dependencies = Components.readDependencies(f);
        tags = f.strings("tags");
    }

    /** Checks name, type and dependencies; {@code kind} is "client" or "provider". */
    void collectCommon(List<BedrockException> out, String kind, String path) {
        String owner = kind + " " + Json.quote(name);
        Names.check(out, name, kind, path);
        Components.checkType(out, type, owner, path);
        Components.checkDependencies(out, dependencies, owner, path);
    }
}
