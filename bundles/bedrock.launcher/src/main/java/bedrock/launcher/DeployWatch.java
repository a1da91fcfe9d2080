package bedrock.launcher;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Watches the hot-deploy folder of a daemon whose framework has not booted yet
 * ({@code bedrock-deploy-watch}): the first bundle jar found there boots it, and FileInstall,
 * started with it, installs the jar. Polls at {@link HotDeploy#poll()}, one directory listing a
 * poll, and ends once the framework is booting for any reason, or the daemon is closed.
 */
final class DeployWatch {

    private DeployWatch() {
    }

    /**
     * Starts watching, unless hot deploy is off.
     *
     * @param done whether to stop (the framework is booting, or the server closed)
     * @param boot boots the framework
     */
    static void start(Path home, BooleanSupplier done, Runnable boot) {
        Path folder = HotDeploy.prepare(home);
        if (folder == null) {
            return;
        }
        Duration poll = HotDeploy.poll();
        Thread thread = new Thread(() -> {
            while (!done.getAsBoolean()) {
                if (holdsAJar(folder)) {
                    boot.run();
                    return;
                }
                try {
                    Thread.sleep(poll.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bedrock-deploy-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private static boolean holdsAJar(Path folder) {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*.jar")) {
            return jars.iterator().hasNext();
        } catch (IOException e) {
            // A folder removed or unreadable holds nothing to deploy for now.
            return false;
        }
    }
}
