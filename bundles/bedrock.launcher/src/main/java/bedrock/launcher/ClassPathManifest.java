package bedrock.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The manifest of one entry of a class path, with its jar (null for a folder).
 *
 * <p>{@link #listed} reads them straight from the files of the class path, in the order
 * {@code getResources("META-INF/MANIFEST.MF")} would give them, at half its cost: that lookup
 * opens each jar for the class loader, then again through a {@code jar:} URL for the stream (some
 * 20 ms of a framework's boot on 2 cores, for the daemon's 21 jars).
 */
record ClassPathManifest(Path jar, Manifest manifest) {

    /**
     * The manifests of the class path of that loader and its parents, parents' first; null when
     * only the loader itself can tell (a loader of another kind, a URL that is not a file, or a
     * jar whose {@code Class-Path} the loader would follow).
     */
    static List<ClassPathManifest> listed(ClassLoader loader) throws IOException {
        Deque<List<Path>> chain = new ArrayDeque<>();
        for (ClassLoader current = loader; current != null; current = current.getParent()) {
            List<Path> entries = entries(current);
            if (entries == null) {
                return null;
            }
            chain.push(entries);
        }
        List<ClassPathManifest> manifests = new ArrayList<>();
        for (List<Path> entries : chain) {
            for (Path entry : entries) {
                ClassPathManifest found = read(entry);
                if (found != null) {
                    if (found.manifest().getMainAttributes().containsKey(Attributes.Name.CLASS_PATH)) {
                        return null;
                    }
                    manifests.add(found);
                }
            }
        }
        return manifests;
    }

    /** The class path entries of one loader (none for the platform loader), or null if unknown. */
    private static List<Path> entries(ClassLoader loader) {
        if (loader == ClassLoader.getPlatformClassLoader()) {
            return List.of();
        }
        List<Path> entries = new ArrayList<>();
        if (loader == ClassLoader.getSystemClassLoader()) {
            String classPath = System.getProperty("java.class.path", "");
            for (String entry : classPath.split(java.io.File.pathSeparator)) {
                entries.add(Path.of(entry.isEmpty() ? "." : entry));
            }
            return entries;
        }
        if (loader instanceof URLClassLoader urls) {
            for (URL url : urls.getURLs()) {
                if (!"file".equals(url.getProtocol())) {
                    return null;
                }
                try {
                    entries.add(Path.of(url.toURI()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return null;
                }
            }
            return entries;
        }
        return null;
    }

    /** The manifest of a jar or a folder, null when it has none, does not exist or is no jar. */
    private static ClassPathManifest read(Path entry) throws IOException {
        Path absolute = entry.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            Path file = absolute.resolve(JarFile.MANIFEST_NAME);
            if (!Files.isRegularFile(file)) {
                return null;
            }
            try (InputStream in = Files.newInputStream(file)) {
                return new ClassPathManifest(null, new Manifest(in));
            }
        }
        if (!Files.isRegularFile(absolute)) {
            return null;
        }
        try (JarFile jar = new JarFile(absolute.toFile(), false)) {
            Manifest manifest = jar.getManifest();
            return manifest == null ? null : new ClassPathManifest(absolute, manifest);
        } catch (java.util.zip.ZipException e) {
            // Not a jar: the class loader skips it too.
            return null;
        }
    }
}
