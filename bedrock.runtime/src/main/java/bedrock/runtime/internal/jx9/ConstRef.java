package bedrock.runtime.internal.jx9;

/**
 * A bare identifier: a constant of the script (bound once the whole script is parsed, since the
 * engine knows a {@code const} before its statement runs), else a built-in constant, else its own
 * name as a string.
 */
final class ConstRef extends Expr {
    final String name;
    private final Object builtin;
    private Expr declared;

    ConstRef(int line, String name) {
        super(line);
        this.name = name;
        this.builtin = Constants.value(name);
    }

    void bind(Expr value) {
        declared = value;
    }

    @Override
    Object eval(Frame f) {
        return declared != null ? declared.eval(f) : builtin;
    }
}
