package bedrock.runtime.internal.jx9;

/** The variables of one function activation (or of the script body), plus pending control flow. */
final class Frame {
    private static final int[] NO_SLOTS = new int[0];
    private static final Object[] NO_VALUES = new Object[0];

    final Interp in;
    final Object[] vars;
    /** Remaining loop levels for a pending break/continue. */
    int levels;
    Object ret;
    /** The function running in this frame; null for the script body (Jx9's global scope). */
    Jx9Function fn;
    /** This function's static variables, shared by all its activations in one execution. */
    Object[] statics;
    /**
     * The argument list func_get_args() reports: the slots of the bound parameters (given or
     * defaulted, so a changed parameter shows its new value, as in the engine), then the extras.
     */
    int[] argSlots = NO_SLOTS;
    Object[] extraArgs = NO_VALUES;
    /** Variables extract() made that no slot of this scope names (created on first use). */
    java.util.Map<String, Object> extracted;

    Frame(Interp in, Object[] vars) {
        this.in = in;
        this.vars = vars;
    }

    int argCount() {
        return argSlots.length + extraArgs.length;
    }

    Object arg(int i) {
        return i < argSlots.length ? vars[argSlots[i]] : extraArgs[i - argSlots.length];
    }
}
