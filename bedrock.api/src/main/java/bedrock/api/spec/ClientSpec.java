package bedrock.api.spec;

import bedrock.api.BedrockException;
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
public final class ClientSpec extends ComponentSpec<ClientSpec> {


    /**
     * Creates a client with empty config, dependencies and tags.
     *
     * @param name the client name (checked by {@link #validate()})
     * @param type the module type (non-empty for a valid spec)
     * @throws NullPointerException when an argument is {@code null}
     */
    public ClientSpec(String name, String type) {
        super(name, type, "Client");
    }

    @Override
    ClientSpec self() {
        return this;
    }


    /** {@inheritDoc} Keys: {@code config}, {@code dependencies}, {@code name}, {@code tags}, {@code type}. */
    @Override
    public Map<String, Object> toMap() {
        return commonMap();
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
        client.readCommon(f);
        return client;
    }

    @Override
    void collect(List<BedrockException> out, String path) {
        collectCommon(out, "client", path);
    }
}
