package bedrock.api.server;

import bedrock.api.BedrockException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a spec is read: as JSON or as a Jx9 script returning the spec, with the Jx9 parameters
 * (each value is JSON text, as upstream's {@code --jx9-context}), and the folder against which
 * relative module locations resolve.
 *
 * @param jx9 whether the spec is a Jx9 script
 * @param jx9Parameters variables for the script, name to JSON text
 * @param baseDirectory folder for relative library paths; null means the working directory
 */
public record SpecOptions(boolean jx9, Map<String, String> jx9Parameters, Path baseDirectory) {

    public SpecOptions {
        jx9Parameters = Map.copyOf(Objects.requireNonNull(jx9Parameters, "jx9Parameters"));
    }

    /** A JSON spec, relative paths against the working directory. */
    public static SpecOptions json() {
        return new SpecOptions(false, Map.of(), null);
    }

    /** A Jx9 script with these parameters. */
    public static SpecOptions jx9(Map<String, String> parameters) {
        return new SpecOptions(true, parameters, null);
    }

    /** Options for a file: Jx9 if it ends in {@code .jx9}; relative paths against its folder. */
    public static SpecOptions forFile(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        return new SpecOptions(file.toString().endsWith(".jx9"), Map.of(), dir);
    }

    /** The same options with another base directory. */
    public SpecOptions withBaseDirectory(Path dir) {
        return new SpecOptions(jx9, jx9Parameters, dir);
    }

    /** The same options with Jx9 parameters parsed from {@code "x=1,s=\"a\""}. */
    public SpecOptions withJx9Context(String context) {
        return new SpecOptions(jx9, parseContext(context), baseDirectory);
    }

    /**
     * Parses upstream's {@code --jx9-context} syntax: comma-separated {@code name=json} entries.
     * Commas inside quotes, brackets or braces do not split entries.
     */
    public static Map<String, String> parseContext(String context) {
        Map<String, String> out = new LinkedHashMap<>();
        if (context == null || context.isBlank()) {
            return out;
        }
        for (String entry : splitTopLevel(context)) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new BedrockException("Invalid definition of \"" + entry.trim()
                        + "\" in Jx9 parameters (expected name=value)");
            }
            out.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
        }
        return out;
    }

    private static java.util.List<String> splitTopLevel(String text) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && (c == '[' || c == '{')) {
                depth++;
            } else if (!quoted && (c == ']' || c == '}')) {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /**
     * Reads a spec file as UTF-8, with an error naming the file and saying why (missing, not
     * readable, a folder, or not UTF-8 text, with the offset of the first bad byte).
     */
    public static String read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BedrockException("Could not read configuration file \"" + file + "\": "
                    + ioReason(e, file), e);
        }
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        java.nio.charset.CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(in, out, true);
        if (result.isError()) {
            throw new BedrockException("Could not read configuration file \"" + file + "\": it is not"
                    + " UTF-8 text (invalid byte 0x" + String.format("%02x", bytes[in.position()] & 0xff)
                    + " at offset " + in.position() + ")");
        }
        return out.flip().toString();
    }

    private static String ioReason(IOException e, Path file) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (Files.isDirectory(file)) {
            return "it is a folder";
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }
}
