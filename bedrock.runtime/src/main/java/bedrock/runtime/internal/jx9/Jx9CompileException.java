package bedrock.runtime.internal.jx9;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A script that does not compile. The message is {@code "Jx9 script failed to compile: "} followed by
 * the errors, one {@code "<line> Error: <message>"} per line, as Bedrock reports it.
 */
public final class Jx9CompileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Jx9Diagnostic> errors;

    Jx9CompileException(List<Jx9Diagnostic> errors) {
        super("Jx9 script failed to compile: "
                + errors.stream().map(Jx9Diagnostic::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    /** The errors, in source order of discovery; never empty. */
    public List<Jx9Diagnostic> errors() {
        return errors;
    }
}
