package bedrock.runtime.internal.jx9;

/**
 * A bare identifier: a built-in constant (the engine installs its table after compiling, so a
 * script's {@code const} of the same name is overwritten), else a constant of the script (bound
 * once the whole script is parsed, since the engine knows a {@code const} before its statement
 * runs), else its own name as a string.
 */
final class ConstRef extends Expr {
    final String name;
    private final boolean builtin;
    /** The scope the identifier is used in, whose variables a script constant's definition sees. */
    private final Scope user;
    private ScriptConstant declared;
    private LValue[] variables;

    ConstRef(int line, String name, Scope user) {
        super(line);
        this.name = name;
        this.builtin = EngineConstants.isBuiltin(name);
        this.user = user;
    }

    /** Called once every scope is complete. */
    void bind(ScriptConstant value) {
        declared = value;
        if (value != null) {
            variables = value.variablesIn(user, line);
        }
    }

    @Override
    Object eval(Frame f) {
        if (builtin) {
            return EngineConstants.value(name);
        }
        return declared != null ? declared.eval(f, variables) : name;
    }
}
