package bedrock.runtime.internal.jx9;

/**
 * A compiled user function (named or anonymous). Its body is filled in after parsing, so that
 * functions can be called before their definition.
 */
final class Jx9Function {
    private final String name;
    final int line;
    int[] paramSlots;
    Expr[] defaults;
    /** Per parameter: the type it is cast to ('i', 'f', 's', 'b'), or 0 for an untyped one. */
    char[] paramTypes;
    /** The engine's signature: the type letters of the typed parameters only, in order. */
    String signature = "";
    /** Initial values of the static variables (null: none), evaluated once per execution. */
    Expr[] staticInits = new Expr[0];
    /** The previous definition of the same name: Jx9 overloads functions by signature. */
    Jx9Function overloaded;
    Stmt body;
    /** Names of the frame's slots, used to make injected globals visible inside the function. */
    String[] slotNames;

    Jx9Function(String name, int line) {
        this.name = name;
        this.line = line;
    }

    String name() {
        return name;
    }
}
