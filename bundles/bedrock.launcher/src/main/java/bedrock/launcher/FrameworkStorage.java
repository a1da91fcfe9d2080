package bedrock.launcher;

import bedrock.api.BedrockException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The private storage folder of one embedded framework, {@code bedrock-felix-PID-N}: on a memory
 * file system when there is one ({@code $XDG_RUNTIME_DIR}, then {@code /dev/shm}), else in
 * {@code java.io.tmpdir}. Felix writes some hundred small files there while it installs and starts
 * the bundles (a folder and two files per bundle); on a disk's file system that was the costliest
 * single step of a daemon's start. The system property {@value #ROOT_PROPERTY} picks the parent
 * folder instead.
 *
 * <p>A framework deletes its folder when it stops; the folders that killed processes left behind
 * in that parent (their Felix cache lock is free) are deleted on a background thread the first
 * time a framework starts in a JVM. Thread-safe.
 */
final class FrameworkStorage {

    /** System property: the folder in which frameworks create their storage folders. */
    static final String ROOT_PROPERTY = "bedrock.framework.storage.root";

    /** The name prefix of every storage folder. */
    static final String PREFIX = "bedrock-felix-";

    /** The lock file Felix holds in its storage while the framework runs. */
    private static final String LOCK_FILE = "cache.lock";

    /** A folder without Felix's lock file younger than this may belong to a framework being created. */
    private static final Duration UNLOCKED_GRACE = Duration.ofHours(1);

    private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime() & 0xffffff);

    private static final AtomicBoolean RECLAIMED = new AtomicBoolean();

    private static final System.Logger LOG = System.getLogger(FrameworkStorage.class.getName());

    private FrameworkStorage() {
    }

    /**
     * A fresh, private (owner-only) folder. Not {@code Files.createTempDirectory}: its random
     * names seed a {@code SecureRandom}, some 15 ms of a daemon's start.
     */
    static Path create() {
        Path root = root();
        reclaimOnce(root);
        String prefix = PREFIX + ProcessHandle.current().pid() + "-";
        boolean posix = root.getFileSystem().supportedFileAttributeViews().contains("posix");
        for (int attempt = 0; ; attempt++) {
            Path folder = root.resolve(prefix + COUNTER.incrementAndGet());
            try {
                return posix ? Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------"))) : Files.createDirectory(folder);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 1000) {
                    throw new BedrockException("Could not create the framework storage folder: " + e, e);
                }
            } catch (IOException e) {
                throw new BedrockException("Could not create the framework storage folder in \""
                        + root + "\": " + e, e);
            }
        }
    }

    /** The parent folder: the system property, else the first writable memory file system, else tmpdir. */
    static Path root() {
        String configured = System.getProperty(ROOT_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.trim());
        }
        String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
        for (String candidate : new String[] {runtimeDir, "/dev/shm"}) {
            if (candidate != null && !candidate.isEmpty()) {
                Path path = Path.of(candidate);
                if (Files.isDirectory(path) && Files.isWritable(path)) {
                    return path;
                }
            }
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** Deletes a storage folder and everything in it; a failure is only a warning. */
    static void delete(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not delete the framework storage " + root, e);
        }
    }

    /** Once per JVM: deletes, on a background thread, the folders of frameworks no longer running. */
    private static void reclaimOnce(Path root) {
        if (!RECLAIMED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> reclaim(root), "bedrock-storage-reclaim");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Deletes the storage folders in that parent whose framework is gone. */
    static void reclaim(Path root) {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, PREFIX + "*")) {
            for (Path folder : folders) {
                if (Files.isDirectory(folder) && Files.isWritable(folder)) {
                    reclaimIfAbandoned(folder);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Only garbage left for a later start to reclaim.
        }
    }

    /**
     * Felix holds a lock on {@code cache.lock} for its framework's whole life, so a lock we can
     * take means no framework uses the folder (a process id alone would not say it: ids are
     * reused, and another PID namespace may share the folder). A folder without the lock file is
     * left alone unless it is old: its framework may be between creating it and starting.
     */
    private static void reclaimIfAbandoned(Path folder) throws IOException {
        Path lockFile = folder.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            Instant modified = Files.getLastModifiedTime(folder).toInstant();
            if (modified.isBefore(Instant.now().minus(UNLOCKED_GRACE))) {
                delete(folder);
            }
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                delete(folder);
            }
        } catch (OverlappingFileLockException e) {
            // A framework of this JVM: running.
        }
    }
}
