package brass.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A raw socket client for integration tests, like netcat: it negotiates nothing and answers no
 * telnet option, except, when made with a terminal type, TTYPE (WILL, then that type to every
 * SEND). It reads until the text it waits for arrives, or fails after a bound.
 */
final class TelnetClient implements AutoCloseable {

    /** What the login dialogue asks first. */
    static final String NAME_PROMPT = "By what name shall we know you? ";

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final ByteArrayOutputStream seen = new ByteArrayOutputStream();
    private int consumed;
    private final String terminalType;
    private int scanned;

    TelnetClient(int port) throws IOException {
        this(port, null);
    }

    /** A client that answers DO TTYPE with WILL and each SEND with {@code terminalType} (null: none). */
    TelnetClient(int port, String terminalType) throws IOException {
        this(new Socket("127.0.0.1", port), terminalType);
    }

    /** A client whose connection comes from {@code localAddress} (another loopback address, 127.0.0.2). */
    static TelnetClient from(String localAddress, int port) throws IOException {
        return new TelnetClient(new Socket(java.net.InetAddress.getByName("127.0.0.1"), port,
                java.net.InetAddress.getByName(localAddress), 0), null);
    }

    private TelnetClient(Socket socket, String terminalType) throws IOException {
        this.terminalType = terminalType;
        this.socket = socket;
        socket.setSoTimeout(200);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /** Connects and creates a character through the login dialogue; returns at the first prompt. */
    static TelnetClient createCharacter(int port, String name, String password) throws IOException {
        TelnetClient c = new TelnetClient(port);
        c.await(NAME_PROMPT);
        c.answerAsNewCharacter(name, password);
        c.await("Welcome, " + name + "!");
        c.await("> ");
        return c;
    }

    /** Connects and logs in as a character that exists; returns at the first prompt. */
    static TelnetClient logIn(int port, String name, String password) throws IOException {
        return new TelnetClient(port).loggedInAs(name, password);
    }

    /** Logs this new connection in as a character that exists; returns it at the first prompt. */
    TelnetClient loggedInAs(String name, String password) throws IOException {
        await(NAME_PROMPT);
        answerAsKnownCharacter(name, password);
        await("> ");
        return this;
    }

    /** At the name prompt: a character's name, then its password; the answer is the caller's to await. */
    void answerAsKnownCharacter(String name, String password) throws IOException {
        send(name);
        await("Password: ");
        send(password);
    }

    /** At the name prompt: asks for a new character and gives its password twice; the answer is the caller's to await. */
    void answerAsNewCharacter(String name, String password) throws IOException {
        send(name);
        await("Create that character? (yes/no) ");
        send("yes");
        await("Choose a password");
        send(password);
        await("Type it again: ");
        send(password);
    }

    void send(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Waits (at most 20 s) until {@code text} has arrived after what earlier waits consumed; returns what came. */
    String await(String text) throws IOException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        byte[] buf = new byte[8192];
        while (true) {
            String all = seen.toString(StandardCharsets.UTF_8);
            int at = all.indexOf(text, consumed);
            if (at >= 0) {
                String got = all.substring(consumed, at + text.length());
                consumed = at + text.length();
                return got;
            }
            if (System.nanoTime() > deadline) {
                ThreadDump.print("a telnet client waited 20 s for '" + text + "'");
                throw new AssertionError("waited 20 s for '" + text + "'; got: " + all.substring(consumed));
            }
            try {
                int n = in.read(buf);
                if (n < 0) {
                    throw new AssertionError("connection closed while waiting for '" + text + "'; got: "
                            + all.substring(consumed));
                }
                seen.write(buf, 0, n);
                answerOptions();
            } catch (SocketTimeoutException again) {
                // keep waiting until the deadline
            }
        }
    }

    private static final int IAC = 255;
    private static final int DO = 253;
    private static final int WILL = 251;
    private static final int SB = 250;
    private static final int SE = 240;
    private static final int TTYPE = 24;

    /** Answers the TTYPE negotiation in what arrived since the last look, if this client has a type. */
    private void answerOptions() throws IOException {
        if (terminalType == null) {
            return;
        }
        byte[] b = seen.toByteArray();
        int i = scanned;
        while (i < b.length) {
            if ((b[i] & 0xff) != IAC) {
                i++;
                continue;
            }
            if (i + 2 >= b.length) {
                break; // the rest of the command has not arrived yet
            }
            int verb = b[i + 1] & 0xff;
            int option = b[i + 2] & 0xff;
            if (verb == DO && option == TTYPE) {
                out.write(new byte[] {(byte) IAC, (byte) WILL, (byte) TTYPE});
                i += 3;
            } else if (verb == SB && option == TTYPE) {
                if (i + 5 >= b.length) {
                    break;
                }
                // IAC SB TTYPE SEND IAC SE
                byte[] name = terminalType.getBytes(StandardCharsets.US_ASCII);
                ByteArrayOutputStream reply = new ByteArrayOutputStream();
                reply.write(new byte[] {(byte) IAC, (byte) SB, (byte) TTYPE, 0});
                reply.write(name);
                reply.write(new byte[] {(byte) IAC, (byte) SE});
                out.write(reply.toByteArray());
                i += 6;
            } else {
                i += verb == IAC ? 2 : 1;
            }
        }
        scanned = i;
        out.flush();
    }

    /** Waits (at most 20 s) until the server closes the connection; returns what came after earlier waits. */
    String awaitClosed() throws IOException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        byte[] buf = new byte[8192];
        while (true) {
            if (System.nanoTime() > deadline) {
                ThreadDump.print("a telnet client waited 20 s for the server to close");
                throw new AssertionError("waited 20 s for the server to close; got: "
                        + seen.toString(StandardCharsets.UTF_8).substring(consumed));
            }
            try {
                int n = in.read(buf);
                if (n < 0) {
                    String all = seen.toString(StandardCharsets.UTF_8);
                    String got = all.substring(consumed);
                    consumed = all.length();
                    return got;
                }
                seen.write(buf, 0, n);
            } catch (SocketTimeoutException again) {
                // keep waiting until the deadline
            } catch (java.net.SocketException reset) {
                return seen.toString(StandardCharsets.UTF_8).substring(consumed);
            }
        }
    }

    /** Everything received so far, raw. */
    byte[] raw() {
        return seen.toByteArray();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
