package bedrock.api.spec;

import bedrock.api.BedrockException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Name checks shared by the spec classes (not exported API). */
final class Names {

    /** The pattern every pool, xstream, ABT-IO, SSG, client and provider name must match. */
    static final Pattern IDENTIFIER = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*$");

    /** Name of the pool and xstream Margo always provides. */
    static final String PRIMARY = "__primary__";

    private Names() {
    }

    static String requireName(String name, String what) {
        return Objects.requireNonNull(name, what + " name must not be null");
    }

    /** Adds a problem when {@code name} does not match {@link #IDENTIFIER}. */
    static void check(List<BedrockException> out, String name, String what, String path) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            String why = name == null || name.isEmpty() ? "it is empty"
                    : Character.isDigit(name.charAt(0)) ? "it starts with a digit"
                    : "it contains characters other than letters, digits and underscores";
            out.add(new BedrockException("Invalid " + what + " name " + Json.quote(name)
                    + " (expected letters, digits and underscores, not starting with a digit;"
                    + " " + why + ")", Json.child(path, "name")));
        }
    }
}
