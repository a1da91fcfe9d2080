package bedrock.runtime.internal.jx9;

/** A library function. Arguments are evaluated values; arrays arrive shared, so can be changed. */
@FunctionalInterface
interface Builtin {
    Object call(Frame f, Object[] args, int line);
}
