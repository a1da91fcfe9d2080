package bedrock.runtime.internal.net;

import bedrock.api.BedrockException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which module locations {@code bedrock_load_module} accepts from the network. A spec's own
 * {@code libraries} are not checked: whoever wrote the spec already controls the daemon.
 *
 * <p>{@link #checked} normalises a location once and judges the result (see there); everything
 * else is refused with an error naming the location. Immutable.
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
            String scheme = LocationNormalizer.scheme(item);
            if (scheme != null && !"file".equals(scheme)) {
                prefixes.add(scheme + item.substring(scheme.length()));
            } else {
                Path dir = LocationNormalizer.path(item, scheme);
                if (dir == null) {
                    throw new IllegalArgumentException("Invalid directory \"" + item + "\" in "
                            + ALLOWED_PROPERTY);
                }
                dirs.add(dir.toAbsolutePath().normalize());
            }
        }
        return new ModuleLocationPolicy(dirs, prefixes, maven);
    }

    /** From {@value #ALLOWED_PROPERTY} and {@value #MAVEN_PROPERTY}; defaults when unset. */
    public static ModuleLocationPolicy fromSystemProperties() {
        return fromSystemProperties(false);
    }

    /**
     * From the system properties; with {@code credentialSet} and {@value #MAVEN_PROPERTY} unset,
     * {@code mvn:} coordinates are refused (a secured daemon loads only files it was given).
     */
    public static ModuleLocationPolicy fromSystemProperties(boolean credentialSet) {
        String allowed = System.getProperty(ALLOWED_PROPERTY, "");
        String mavenValue = System.getProperty(MAVEN_PROPERTY);
        boolean maven = mavenValue == null ? !credentialSet : !"false".equalsIgnoreCase(mavenValue);
        return of(List.of(allowed.split(",")), maven);
    }

    /** This policy with {@code mvn:} coordinates allowed or not. */
    public ModuleLocationPolicy withMaven(boolean value) {
        return new ModuleLocationPolicy(directories, urlPrefixes, value);
    }

    /** Whether {@code mvn:} coordinates are accepted. */
    public boolean allowsMaven() {
        return maven;
    }

    /**
     * {@link #checked(String, Path)} without the daemon's own folder.
     *
     * @throws BedrockException naming the location and what is allowed
     */
    public void check(String location) {
        checked(location, null);
    }

    /** {@link #checked(String, Path)}, dropping the result. */
    public void check(String location, Path baseDirectory) {
        checked(location, baseDirectory);
    }

    /**
     * Normalises a location once (scheme in lower case, paths made absolute and real, symbolic
     * links followed), checks that result, and returns it: the caller loads exactly what was
     * checked. Accepted: a relative path without {@code ..} that exists under the daemon's folder
     * ({@code baseDirectory}, its spec's folder) or its installation ({@code bedrock.home}) and
     * whose real path stays inside that folder; an absolute path or {@code file:} URL whose real
     * path is under the daemon's folder, {@code <bedrock.home>/modules}, {@code
     * <bedrock.home>/deploy} or an allowed directory; {@code mvn:} when allowed; other URLs under
     * an allowed prefix. A daemon with neither folder nor installation passes a relative location
     * on unchanged.
     *
     * @throws BedrockException naming the location and what is allowed
     */
    public String checked(String location, Path baseDirectory) {
        String result = location == null || location.isBlank() ? null
                : LocationNormalizer.normalize(location, baseDirectory, this::allowedPath,
                        maven, urlPrefixes);
        if (result == null) {
            List<Path> own = ownDirectories(baseDirectory);
            throw new BedrockException("Module location " + bedrock.api.json.Json.write(location)
                    + " is not allowed over RPC (allowed: relative paths without \"..\" inside "
                    + (baseDirectory == null ? "" : "the spec folder or ") + "the installation"
                    + (own.isEmpty() ? "" : ", files under " + own)
                    + (maven ? ", mvn: coordinates" : "")
                    + (directories.isEmpty() ? "" : ", files under " + directories)
                    + (urlPrefixes.isEmpty() ? "" : ", URLs starting with " + urlPrefixes) + ")");
        }
        return result;
    }

    /** Whether an absolute real path may be loaded. */
    private boolean allowedPath(Path real, Path baseDirectory) {
        List<Path> allowed = new ArrayList<>(ownDirectories(baseDirectory));
        allowed.addAll(directories);
        return allowed.stream().map(LocationNormalizer::real).anyMatch(real::startsWith);
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

    /** Whether {@code location} may be loaded on request of a remote client, judged as text. */
    public boolean allows(String location) {
        if (location == null || location.isBlank()) {
            return false;
        }
        String scheme = LocationNormalizer.scheme(location);
        if ("mvn".equals(scheme)) {
            return maven;
        }
        if (scheme == null || "file".equals(scheme)) {
            Path path = LocationNormalizer.path(location, scheme);
            if (path == null) {
                return false;
            }
            if (!path.isAbsolute()) {
                return !LocationNormalizer.containsDotDot(path);
            }
            Path normalized = path.normalize();
            return directories.stream().anyMatch(normalized::startsWith);
        }
        String lowered = scheme + location.substring(scheme.length());
        return urlPrefixes.stream().anyMatch(lowered::startsWith);
    }

    @Override
    public String toString() {
        return "ModuleLocationPolicy[dirs=" + directories + ", urls=" + urlPrefixes + ", mvn=" + maven + "]";
    }
}
