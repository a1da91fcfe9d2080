package bedrock.runtime.internal.net;

import bedrock.api.BedrockException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which module locations {@code bedrock_load_module} accepts from the network. A spec's own
 * {@code libraries} are not checked: whoever wrote the spec already controls the daemon.
 *
 * <p>Accepted: a relative path with no {@code ..} segment (the loader resolves it against the
 * spec's folder, the installation and the working directory, in that order); {@code mvn:} coordinates when Maven is allowed
 * (the daemon's configured repositories decide what they resolve to); an absolute path or
 * {@code file:} URL inside one of the allowed directories; any other URL starting with one of the
 * allowed prefixes. Everything else is refused with an error naming the location. Immutable.
 */
public final class ModuleLocationPolicy {

    /** System property listing extra allowed directories and URL prefixes, separated by commas. */
    public static final String ALLOWED_PROPERTY = "bedrock.module.allowed";
    /** System property: {@code false} refuses {@code mvn:} coordinates over RPC. */
    public static final String MAVEN_PROPERTY = "bedrock.module.allowMaven";

    private final List<Path> directories;
    private final List<String> urlPrefixes;
    private final boolean maven;

    private ModuleLocationPolicy(List<Path> directories, List<String> urlPrefixes, boolean maven) {
        this.directories = List.copyOf(directories);
        this.urlPrefixes = List.copyOf(urlPrefixes);
        this.maven = maven;
    }

    /** The default: relative paths inside the module folder and {@code mvn:} coordinates. */
    public static ModuleLocationPolicy defaults() {
        return new ModuleLocationPolicy(List.of(), List.of(), true);
    }

    /**
     * A policy allowing, besides relative paths, these directories (plain paths) and URL prefixes
     * (entries containing {@code ://}), and {@code mvn:} coordinates if {@code maven}.
     */
    public static ModuleLocationPolicy of(List<String> allowed, boolean maven) {
        List<Path> dirs = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        for (String entry : allowed) {
            String item = entry.strip();
            if (item.isEmpty()) {
                continue;
            }
            if (item.contains("://") && !item.startsWith("file:")) {
                prefixes.add(item);
            } else {
                dirs.add(toPath(item).toAbsolutePath().normalize());
            }
        }
        return new ModuleLocationPolicy(dirs, prefixes, maven);
    }

    /** From {@value #ALLOWED_PROPERTY} and {@value #MAVEN_PROPERTY}; defaults when unset. */
    public static ModuleLocationPolicy fromSystemProperties() {
        String allowed = System.getProperty(ALLOWED_PROPERTY, "");
        boolean maven = !"false".equalsIgnoreCase(System.getProperty(MAVEN_PROPERTY, "true"));
        return of(List.of(allowed.split(",")), maven);
    }

    /**
     * Refuses a location the policy does not allow.
     *
     * @throws BedrockException naming the location and what is allowed
     */
    public void check(String location) {
        check(location, null);
    }

    /**
     * Refuses a location the policy does not allow, accepting also absolute paths under the
     * daemon's own folder ({@code baseDirectory}: its spec's folder or installation) and under
     * {@code <bedrock.home>/modules} and {@code <bedrock.home>/deploy}.
     *
     * @throws BedrockException naming the location and what is allowed
     */
    public void check(String location, Path baseDirectory) {
        List<Path> own = ownDirectories(baseDirectory);
        if (!allows(location) && !underAny(location, own)) {
            throw new BedrockException("Module location \"" + location + "\" is not allowed over RPC ("
                    + "allowed: relative paths without \"..\"" + (own.isEmpty() ? "" : ", files under " + own)
                    + (maven ? ", mvn: coordinates" : "")
                    + (directories.isEmpty() ? "" : ", files under " + directories)
                    + (urlPrefixes.isEmpty() ? "" : ", URLs starting with " + urlPrefixes) + ")");
        }
    }

    private static List<Path> ownDirectories(Path baseDirectory) {
        List<Path> out = new ArrayList<>();
        if (baseDirectory != null) {
            out.add(baseDirectory.toAbsolutePath().normalize());
        }
        String home = System.getProperty("bedrock.home");
        if (home != null && !home.isBlank()) {
            out.add(Path.of(home, "modules").toAbsolutePath().normalize());
            out.add(Path.of(home, "deploy").toAbsolutePath().normalize());
        }
        return out;
    }

    private static boolean underAny(String location, List<Path> dirs) {
        if (dirs.isEmpty() || hasScheme(location) && !location.toLowerCase(Locale.ROOT).startsWith("file:")) {
            return false;
        }
        try {
            Path path = toPath(location);
            return path.isAbsolute() && dirs.stream().anyMatch(path.normalize()::startsWith);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether {@code location} may be loaded on request of a remote client. */
    public boolean allows(String location) {
        if (location == null || location.isBlank()) {
            return false;
        }
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mvn:")) {
            return maven;
        }
        if (lower.startsWith("file:") || !hasScheme(location)) {
            Path path;
            try {
                path = toPath(location);
            } catch (IllegalArgumentException e) {
                return false;
            }
            if (!path.isAbsolute()) {
                return !containsDotDot(path);
            }
            Path normalized = path.normalize();
            return directories.stream().anyMatch(normalized::startsWith);
        }
        return urlPrefixes.stream().anyMatch(location::startsWith);
    }

    private static boolean containsDotDot(Path path) {
        for (Path part : path) {
            if (part.toString().equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasScheme(String location) {
        int colon = location.indexOf(':');
        // One letter before the colon is a Windows drive, not a scheme.
        return colon > 1 && location.substring(0, colon).chars().allMatch(Character::isLetterOrDigit);
    }

    private static Path toPath(String location) {
        try {
            return location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw new IllegalArgumentException("Invalid path \"" + location + "\"", e);
        }
    }

    @Override
    public String toString() {
        return "ModuleLocationPolicy[dirs=" + directories + ", urls=" + urlPrefixes + ", mvn=" + maven + "]";
    }
}
