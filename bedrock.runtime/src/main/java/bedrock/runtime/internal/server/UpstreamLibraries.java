package bedrock.runtime.internal.server;

import bedrock.api.BedrockException;
import bedrock.api.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Upstream Bedrock's library file names ({@code libyokan-bedrock-module.so}, and its test modules'
 * {@code libModuleA.so} for {@code bedrock.module.a}, in any folder) stand
 * for the module bundle of that name in the installation's modules folder ({@code
 * <bedrock.home>/modules/bedrock.module.yokan.jar}), so that upstream specs and {@code
 * load_module} calls run unchanged. A shared object is never a bundle, so such a name is always
 * mapped, whatever its folder (a test module name only when the installation has that bundle). Stateless.
 */
public final class UpstreamLibraries {

    private static final Pattern LIBRARY = Pattern.compile("lib([A-Za-z0-9_.+-]+?)-bedrock-module\\.so");
    /** Upstream's test modules (tests/ValidConfigs.json): libModuleA.so is module_a, our bedrock.module.a. */
    private static final Pattern TEST_MODULE = Pattern.compile("libModule([A-Z])\\.so");
    private static final Pattern URL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+:.*");

    private UpstreamLibraries() {
    }

    /**
     * The module bundle an upstream library name stands for.
     *
     * @return the bundle's absolute path, or null when {@code location} is not such a name
     * @throws BedrockException naming the library and what was looked for, when there is no such bundle
     */
    public static Path bundleFor(String location) {
        String module = module(location);
        if (module == null) {
            return null;
        }
        String home = System.getProperty("bedrock.home");
        boolean testModule = TEST_MODULE.matcher(fileName(location)).matches();
        if (testModule && !installed(home, module)) {
            return null; // not ours to answer: the location is looked up as written
        }
        if (home == null || home.isBlank()) {
            throw new BedrockException("Could not find a module bundle for library " + Json.write(location)
                    + ": upstream library names stand for module bundles of the installation's modules"
                    + " folder (bedrock.module." + module + ".jar), and this runtime has no installation"
                    + " (bedrock.home is not set)");
        }
        Path modules = Path.of(home, "modules").toAbsolutePath().normalize();
        Path bundle = modules.resolve("bedrock.module." + module + ".jar");
        if (Files.isRegularFile(bundle)) {
            return bundle;
        }
        throw new BedrockException("Could not find a module bundle for library " + Json.write(location)
                + " (looked for " + bundle + "; modules there: " + shipped(modules) + ")");
    }

    private static boolean installed(String home, String module) {
        return home != null && !home.isBlank()
                && Files.isRegularFile(Path.of(home, "modules", "bedrock.module." + module + ".jar"));
    }

    private static String fileName(String location) {
        return location.substring(Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\')) + 1);
    }

    /** The module name of an upstream library name ({@code yokan}), or null. */
    static String module(String location) {
        if (location == null || URL.matcher(location).matches() && !location.regionMatches(true, 0, "file:", 0, 5)) {
            return null;
        }
        String file = fileName(location);
        Matcher m = LIBRARY.matcher(file);
        if (m.matches()) {
            return m.group(1);
        }
        Matcher test = TEST_MODULE.matcher(file);
        return test.matches() ? test.group(1).toLowerCase(java.util.Locale.ROOT) : null;
    }

    private static String shipped(Path modules) {
        try (Stream<Path> files = Files.list(modules)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("bedrock.module.") && n.endsWith(".jar"))
                    .map(n -> n.substring("bedrock.module.".length(), n.length() - ".jar".length()))
                    .sorted().toList();
            return names.isEmpty() ? "none" : String.join(", ", names);
        } catch (IOException e) {
            return "none (" + modules + " cannot be read)";
        }
    }
}
