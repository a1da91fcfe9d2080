package bedrock.runtime.internal.jx9;

/** A compiled statement; {@link #exec} returns one of the completion codes. */
abstract class Stmt {
    static final int NORMAL = 0;
    static final int BREAK = 1;
    static final int CONTINUE = 2;
    static final int RETURN = 3;

    final int line;

    Stmt(int line) {
        this.line = line;
    }

    abstract int exec(Frame f);
}
