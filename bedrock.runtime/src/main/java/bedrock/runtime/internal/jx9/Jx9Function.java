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
