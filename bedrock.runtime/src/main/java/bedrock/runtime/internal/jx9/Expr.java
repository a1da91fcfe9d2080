package bedrock.runtime.internal.jx9;

/** A compiled expression. Nodes are immutable and shared between concurrent executions. */
abstract class Expr {
    final int line;

    Expr(int line) {
        this.line = line;
    }

    abstract Object eval(Frame f);

    /** True for nodes that can stand on the left of an assignment. */
    boolean isAssignable() {
        return false;
    }
}
