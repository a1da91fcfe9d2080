package bedrock.runtime.internal.jx9;

/** The variables of one function activation (or of the script body), plus pending control flow. */
final class Frame {
    final Interp in;
    final Object[] vars;
    /** Remaining loop levels for a pending break/continue. */
    int levels;
    Object ret;

    Frame(Interp in, Object[] vars) {
        this.in = in;
        this.vars = vars;
    }
}
