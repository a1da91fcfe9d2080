package bedrock.runtime.internal.osgi;

import bedrock.api.BedrockException;
import bedrock.runtime.internal.server.UpstreamLibraries;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@code libraries} location into a bundle location URL: a path (relative to the spec's
 * folder, else the installation, else the working directory), a {@code file:}/{@code http:}/{@code https:} URL, or
 * {@code mvn:group/artifact/version[/type[/classifier]]} from the local Maven repository; an upstream
 * library name ({@code libyokan-bedrock-module.so}) is the bundle {@link UpstreamLibraries} maps it to.
 */
final class ModuleLocations {

    private ModuleLocations() {
    }

    static String resolve(String location, Path baseDir) {
        Path upstream = UpstreamLibraries.bundleFor(location);
        if (upstream != null) {
            return upstream.toUri().toString();
        }
        if (location.regionMatches(true, 0, "mvn:", 0, 4)) {
            return maven(location).toUri().toString();
        }
        if (location.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !location.matches("^[a-zA-Z]:\\\\.*")) {
            URI.create(location);
            return location;
        }
        Path path = Path.of(location);
        if (path.isAbsolute()) {
            return existing(location, List.of(path.normalize()));
        }
        List<Path> candidates = new ArrayList<>();
        for (Path root : roots(baseDir)) {
            candidates.add(root.resolve(path).toAbsolutePath().normalize());
        }
        return existing(location, candidates);
    }

    /**
     * Where a relative location may be: the spec's folder, then the installation
     * ({@code bedrock.home}), then the working directory.
     */
    private static List<Path> roots(Path baseDir) {
        List<Path> roots = new ArrayList<>();
        if (baseDir != null) {
            roots.add(baseDir);
        }
        String home = System.getProperty("bedrock.home");
        if (home != null && !home.isBlank()) {
            roots.add(Path.of(home));
        }
        roots.add(Path.of(""));
        return roots;
    }

    private static String existing(String location, List<Path> candidates) {
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                return candidate.toUri().toString();
            }
        }
        throw new BedrockException("Could not find module bundle \"" + location + "\" (looked for "
                + String.join(", ", candidates.stream().map(Path::toString).distinct().toList()) + ")");
    }

    private static Path maven(String location) {
        String[] parts = location.substring(4).split("/");
        if (parts.length < 3 || parts.length > 5) {
            throw new BedrockException("Invalid Maven location \"" + location
                    + "\" (expected mvn:group/artifact/version[/type[/classifier]])");
        }
        String type = parts.length > 3 && !parts[3].isEmpty() ? parts[3] : "jar";
        String classifier = parts.length > 4 ? "-" + parts[4] : "";
        String repo = System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        Path file = Path.of(repo, parts[0].replace('.', '/'), parts[1], parts[2],
                parts[1] + "-" + parts[2] + classifier + "." + type);
        if (!Files.isRegularFile(file)) {
            throw new BedrockException("Could not find module bundle \"" + location + "\" in the local Maven "
                    + "repository (looked for " + file + ")");
        }
        return file;
    }
}
