package bedrock.runtime.internal.jx9;

/** Code point helpers for escapes in string literals and JSON text. */
final class Unicode {
    private Unicode() {
    }

    /** Appends one UTF-16 code unit from a {@code \}{@code uXXXX} escape. */
    static void appendUtf8(StringBuilder sb, int unit) {
        sb.append((char) unit);
    }
}
