package brass.server.control;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The command line's end of the control channel: finds the server running on a data folder,
 * sends one request with the secret and reads the answer.
 */
public final class ControlClient {

    /** The longest answer read; a listing of every account with a role fits many times over. */
    private static final int MAX_ANSWER_BYTES = 1 << 20;

    private ControlClient() {
    }

    /** A server runs on that data folder, but its control channel cannot be used. */
    public static final class ControlException extends Exception {
        ControlException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Asks the server running on {@code dataDir} to do {@code operation}. Empty when no server
     * runs there (no socket, or a socket nobody listens on any more).
     *
     * @throws ControlException when a server runs but could not be asked (say, the secret cannot
     *     be read by this user)
     */
    public static Optional<ControlReply> ask(Path dataDir, String operation, List<String> arguments)
            throws ControlException {
        ControlFiles files = ControlFiles.in(dataDir);
        Optional<SocketChannel> connected = connect(files);
        if (connected.isEmpty()) {
            return Optional.empty();
        }
        try (SocketChannel channel = connected.get()) {
            ControlRequest request = new ControlRequest(secret(dataDir, files), operation, arguments);
            channel.write(StandardCharsets.UTF_8.encode(request.line()));
            byte[] answer = Channels.newInputStream(channel).readNBytes(MAX_ANSWER_BYTES);
            return Optional.of(ControlReply.decode(new String(answer, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            throw new ControlException("the server running on " + dataDir + " could not be asked: " + e.getMessage(), e);
        }
    }

    private static String secret(Path dataDir, ControlFiles files) throws ControlException {
        try {
            return Files.readString(files.secret(), StandardCharsets.UTF_8).strip();
        } catch (AccessDeniedException e) {
            throw new ControlException("a server runs on " + dataDir + ", but this user may not read its secret "
                    + files.secret() + "; run this as the user the server runs as", e);
        } catch (IOException e) {
            throw new ControlException("a server runs on " + dataDir + ", but its secret " + files.secret()
                    + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Whether a server is listening on {@code dataDir}'s control channel. */
    public static boolean running(Path dataDir) {
        return answers(ControlFiles.in(dataDir));
    }

    static boolean answers(ControlFiles files) {
        try {
            Optional<SocketChannel> c = connect(files);
            if (c.isPresent()) {
                c.get().close();
                return true;
            }
            return false;
        } catch (ControlException | IOException e) {
            return false;
        }
    }

    /** Connects to the socket, or the loopback port; empty when neither is there or listening. */
    private static Optional<SocketChannel> connect(ControlFiles files) throws ControlException {
        try {
            if (Files.exists(files.socket())) {
                SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX);
                return connected(c, UnixDomainSocketAddress.of(files.socket()));
            }
            if (Files.exists(files.port())) {
                int port = Integer.parseInt(Files.readString(files.port(), StandardCharsets.UTF_8).strip());
                SocketChannel c = SocketChannel.open();
                return connected(c, new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            }
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            throw new ControlException("cannot reach the control channel in " + files.folder() + ": " + e.getMessage(), e);
        }
    }

    private static Optional<SocketChannel> connected(SocketChannel c, java.net.SocketAddress address)
            throws IOException {
        try {
            c.connect(address);
            return Optional.of(c);
        } catch (ConnectException stale) {
            // Left behind by a server that did not stop cleanly: nobody listens.
            c.close();
            return Optional.empty();
        }
    }
}
