package bedrock.runtime.internal.jx9;

/** One lexical token with its position (1-based line and column). */
record Token(Kind kind, String text, Object value, int line, int column) {
    enum Kind { VAR, IDENT, INT, FLOAT, STRING, DQSTRING, OP, EOF }

    boolean is(String op) {
        return kind == Kind.OP && text.equals(op);
    }

    boolean isWord(String word) {
        return kind == Kind.IDENT && text.equalsIgnoreCase(word);
    }

    /** How the token reads in an error message. */
    String display() {
        return switch (kind) {
            case VAR -> "$" + text;
            case EOF -> "end of script";
            default -> text;
        };
    }
}
