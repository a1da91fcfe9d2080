package bedrock.runtime.internal.osgi;

import bedrock.api.BedrockException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns a {@code libraries} location into a bundle location URL: a path (relative to the spec's
 * folder, else the working directory), a {@code file:}/{@code http:}/{@code https:} URL, or
 * {@code mvn:group/artifact/version[/type[/classifier]]} from the local Maven repository.
 */
final class ModuleLocations {

    private ModuleLocations() {
    }

    static String resolve(String location, Path baseDir) {
        if (location.startsWith("mvn:")) {
            return maven(location).toUri().toString();
        }
        if (location.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !location.matches("^[a-zA-Z]:\\\\.*")) {
            URI.create(location);
            return location;
        }
        Path path = Path.of(location);
        if (!path.isAbsolute() && baseDir != null && Files.exists(baseDir.resolve(path))) {
            path = baseDir.resolve(path);
        }
        path = path.toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new BedrockException("Could not find module bundle \"" + location + "\" (looked for "
                    + path + (baseDir != null ? " and relative to " + baseDir : "") + ")");
        }
        return path.toUri().toString();
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
