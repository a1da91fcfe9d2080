package bedrock.api.spec;

import java.util.Map;

/** Placeholder until the spec model lands. */
public class ProcSpec {
    public static ProcSpec fromMap(Map<String, Object> map) {
        throw new UnsupportedOperationException();
    }

    public String toJson() {
        throw new UnsupportedOperationException();
    }
}
