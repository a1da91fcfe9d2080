package bedrock.launcher.cli;

import bedrock.api.wire.Frames;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The training run of {@code bedrock-shutdown}'s class-data archive ({@code lib/launch.sh}): the
 * command's one-shot path against a loopback stand-in that answers {@code bedrock_shutdown} as a
 * daemon does. A real daemon would be stopped by it, and the refused connection trained before
 * ran the full path instead: an archive five times larger (the Netty engine), which every run
 * maps and relocates, without the classes of the answer.
 */
final class OneShotTraining {

    /** The hidden command line of the training run. */
    static final String OPTION = "--one-shot-training";

    /** Bounds the stand-in's wait for the command's connection and request. */
    private static final int TIMEOUT_MILLIS = 10_000;

    private OneShotTraining() {
    }

    /** Runs {@code command -a ADDR} against a stand-in daemon; the command's exit status. */
    static int run(ShutdownCommand command) throws IOException, InterruptedException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(TIMEOUT_MILLIS);
            Thread daemon = new Thread(() -> answerOne(server), "bedrock-training-daemon");
            daemon.setDaemon(true);
            daemon.start();
            int status = command.run("-a", "tcp://127.0.0.1:" + server.getLocalPort());
            daemon.join(TIMEOUT_MILLIS);
            return status;
        }
    }

    /** Reads one request and answers it OK with {@code null}, as a daemon answers a shutdown. */
    private static void answerOne(ServerSocket server) {
        try (Socket socket = server.accept()) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte[] body = in.readNBytes(in.readInt());
            Frames.Request request = Frames.readRequest(ByteBuffer.wrap(body));
            OutputStream out = socket.getOutputStream();
            out.write(Frames.response(request.requestId(), 0, "null".getBytes(StandardCharsets.UTF_8),
                    new byte[0]));
            out.flush();
        } catch (IOException | RuntimeException e) {
            // The command then reports the failure, and the training run exits 1.
        }
    }
}
