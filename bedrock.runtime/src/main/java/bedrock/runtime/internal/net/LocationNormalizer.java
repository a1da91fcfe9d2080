package bedrock.runtime.internal.net;

import bedrock.api.BedrockException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;

/**
 * Turns a module location into the one thing a loader will open, so that the check and the load
 * see the same file: the scheme in lower case, paths absolute and real (symbolic links followed).
 * Stateless.
 */
final class LocationNormalizer {

    private LocationNormalizer() {
    }

    /**
     * The normalised location, or null when it is not allowed.
     *
     * @param allowedPath whether an absolute real path may be loaded (given the base directory)
     * @throws BedrockException when a relative path, allowed as such, names no file in any folder
     */
    static String normalize(String location, Path baseDirectory, BiPredicate<Path, Path> allowedPath,
            boolean maven, List<String> urlPrefixes) {
        String scheme = scheme(location);
        if ("mvn".equals(scheme)) {
            return maven ? "mvn" + location.substring(3) : null;
        }
        if (scheme != null && !"file".equals(scheme)) {
            String lowered = scheme + location.substring(scheme.length());
            return urlPrefixes.stream().anyMatch(lowered::startsWith) ? lowered : null;
        }
        Path path = path(location, scheme);
        if (path == null) {
            return null;
        }
        if (path.isAbsolute()) {
            Path real = real(path);
            return allowedPath.test(real, baseDirectory) ? real.toString() : null;
        }
        return relative(location, path, baseDirectory);
    }

    /** A relative path: found under the spec folder or the installation, and staying inside it. */
    private static String relative(String location, Path path, Path baseDirectory) {
        if (containsDotDot(path)) {
            return null;
        }
        List<Path> roots = new ArrayList<>();
        if (baseDirectory != null) {
            roots.add(baseDirectory);
        }
        String home = System.getProperty("bedrock.home");
        if (home != null && !home.isBlank()) {
            roots.add(Path.of(home));
        }
        if (roots.isEmpty()) {
            return location;
        }
        for (Path root : roots) {
            Path candidate = root.resolve(path);
            if (Files.exists(candidate)) {
                Path real = real(candidate);
                return real.startsWith(real(root)) ? real.toString() : null;
            }
        }
        // Never the working directory: nothing there is the daemon's to hand out. An allowed
        // form that names no file is "not found", as a spec's library would be, not "refused".
        throw new BedrockException("Could not find module bundle " + bedrock.api.json.Json.write(location)
                + " (looked for " + String.join(", ", roots.stream()
                        .map(root -> root.resolve(path).toAbsolutePath().normalize().toString()).toList()) + ")");
    }

    /** The real path when it exists (links followed), else the absolute normalised one. */
    static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException missing) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** The scheme in lower case, or null for a plain path (one letter is a Windows drive). */
    static String scheme(String location) {
        int colon = location.indexOf(':');
        if (colon < 2) {
            return null;
        }
        String scheme = location.substring(0, colon);
        boolean valid = Character.isLetter(scheme.charAt(0)) && scheme.chars()
                .allMatch(c -> Character.isLetterOrDigit(c) || c == '+' || c == '.' || c == '-');
        return valid ? scheme.toLowerCase(Locale.ROOT) : null;
    }

    /** The path of a plain path or a {@code file:} URL; null when it is not one. */
    static Path path(String location, String scheme) {
        try {
            return scheme == null ? Path.of(location)
                    : Path.of(URI.create("file" + location.substring(scheme.length())));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    static boolean containsDotDot(Path path) {
        for (Path part : path) {
            if (part.toString().equals("..")) {
                return true;
            }
        }
        return false;
    }
}
