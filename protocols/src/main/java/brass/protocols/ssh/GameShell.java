package brass.protocols.ssh;

import brass.engine.reactor.DelayedCall;
import brass.engine.reactor.Reactor;
import brass.protocols.account.Account;
import brass.protocols.guard.ClientAddress;
import brass.protocols.play.Lobby;
import brass.protocols.session.ClientCapabilities;
import brass.protocols.session.Connection;
import brass.protocols.session.ConnectionListener;
import brass.protocols.session.GameConnection;
import brass.protocols.session.Output;
import brass.protocols.session.PlayerInput;
import brass.protocols.session.Transport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.sshd.common.channel.BufferedIoOutputStream;
import org.apache.sshd.common.io.IoInputStream;
import org.apache.sshd.common.io.IoOutputStream;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelDataReceiver;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.channel.ChannelSessionAware;
import org.apache.sshd.server.command.AsyncCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SSH shell: the {@link Transport} of a {@link GameConnection}, so the game sees an SSH
 * player exactly as it sees a telnet one. MINA's threads only decode keys and encode output;
 * lines go to the game loop through the connection, and each turn's output arrives in one
 * {@link #deliver} call and leaves as one write.
 *
 * <p>With a PTY (and a TERM other than {@code dumb}) the player gets the full-screen view of
 * {@link TerminalScreen}; with a PTY and {@code TERM=dumb} the echoing line view of
 * {@link PlainTerminal}; without one ({@code ssh -T}) plain lines. The shell is asynchronous
 * (MINA's {@link AsyncCommand}): nothing here blocks a MINA thread or the game loop.
 *
 * <p>Everything that touches the view or writes runs on the shell's own serial executor, as a
 * telnet channel's work runs on its Netty event loop: the game loop only hands it a turn's output
 * (and the status it read from the world), and MINA's thread only hands it the bytes typed. So
 * no lock is shared between the loop and I/O, and the order on the wire is the order of the
 * view's changes. Typed bytes are taken out of the SSH window only once the executor has handled
 * them, so a client cannot queue more than its window while the executor is busy. Writes go
 * through a {@link BufferedIoOutputStream}, because the raw channel stream refuses a write while
 * the previous one is pending.
 *
 * <p>With the full-screen view it can also show a full-screen animation ({@code watch
 * terrarium}): {@link #writeFrame} writes paced frames, and while {@link #fullScreen} is on the
 * view is suspended and each key goes to the game as a line of its own.
 */
final class GameShell implements AsyncCommand, ChannelSessionAware, ChannelDataReceiver, Transport {

    private static final Logger log = LoggerFactory.getLogger(GameShell.class);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final Duration STATUS_EVERY = Duration.ofSeconds(5);

    private final SshGameServer.Settings settings;
    private final Reactor reactor;
    private final Lobby lobby;
    private final Executor io;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final AtomicLong unwritten = new AtomicLong();
    private ChannelSession channel;
    private IoOutputStream rawOut;
    private BufferedIoOutputStream out;
    private ExitCallback exit;
    private GameConnection connection;
    private volatile String closeReason;

    // Set once in start(), before anything reaches the loop or the executor; which view it is
    // may be asked anywhere, but the view itself is confined to the executor.
    private ShellView screen;
    private LineSplitter lines;

    // Confined to the executor (io).
    private final KeyDecoder keys = new KeyDecoder();
    private ClientCapabilities capabilities;
    private boolean droppingInput;

    // Loop-confined.
    private DelayedCall statusTimer;

    /** @param io this shell's own serial executor: tasks run one at a time, in order */
    GameShell(SshGameServer.Settings settings, Reactor reactor, Lobby lobby, Executor io) {
        this.settings = settings;
        this.reactor = reactor;
        this.lobby = lobby;
        this.io = io;
    }

    // ---- MINA command lifecycle ----

    @Override
    public void setChannelSession(ChannelSession session) {
        this.channel = session;
        // Input comes to data() as it arrives, with no thread of our own reading a stream.
        session.setDataReceiver(this);
    }

    @Override
    public void setIoOutputStream(IoOutputStream stream) {
        this.rawOut = stream;
    }

    @Override
    public void setIoInputStream(IoInputStream in) { } // input arrives through data()

    @Override
    public void setIoErrorStream(IoOutputStream err) { } // the game writes to standard output only

    // The blocking streams are never used: input comes to data(), output goes to the IoOutputStream.
    @Override
    public void setInputStream(InputStream in) { }

    @Override
    public void setOutputStream(OutputStream o) { }

    @Override
    public void setErrorStream(OutputStream err) { }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void start(ChannelSession session, Environment env) throws IOException {
        // Our own count (unwritten below) refuses a write before the stream's bound is reached,
        // so the stream's wait for space, which would block the caller, never happens.
        out = new BufferedIoOutputStream("brass-ssh", session.getChannelId(), rawOut, settings.maxPendingBytes() * 2,
                Duration.ofSeconds(1));
        ShellTerminal terminal = ShellTerminal.of(env);
        int width = terminal.width();
        int height = terminal.height();
        if (terminal.pty()) {
            LineEditor editor = new LineEditor(settings.maxLineLength(), settings.historySize());
            screen = terminal.fullScreen() ? new TerminalScreen(width, height, editor)
                    : new PlainTerminal(width, height, editor);
            width = screen.width();
            height = screen.height();
        } else {
            lines = new LineSplitter(settings.maxLineLength(),
                    () -> notice("[" + PlayerInput.tooLong(settings.maxLineLength(), "bytes") + "]"));
        }
        ClientCapabilities caps = terminal.capabilities(width, height);
        capabilities = caps;
        Account account = session.getSession().getAttribute(SshGameServer.ACCOUNT);
        connection = new GameConnection(reactor, this, settings.limits(), lobby.guard().logs());
        lobby.guard().logs().info(log, address(), "ssh connection {} from {} as {} ({}, {}x{}, TERM={}, {})",
                connection.id(), remoteAddress(),
                session.getSession().getUsername(), terminal.fullScreen() ? "full screen" : terminal.pty() ? "plain terminal" : "line mode", width, height,
                terminal.term(), terminal.colours());
        if (terminal.pty()) {
            // In line mode with a PTY (TERM=dumb) a resize still changes where the game wraps.
            env.addSignalListener((ch, signal) -> resized(env), Signal.WINCH);
        }
        if (screen != null) {
            onIo(() -> write(screen.start()));
        }
        connection.capabilitiesReceived(caps);
        Function<Connection, ConnectionListener> factory = account == null
                ? lobby::accept
                : c -> lobby.acceptAuthenticated(c, account);
        connection.start(c -> {
            ConnectionListener listener = factory.apply(c);
            if (fullView() != null) {
                refreshStatus();
            }
            return listener;
        });
    }

    /**
     * MINA's thread: the session has been silent for its idle timeout (half the game's). True if
     * the game was told (it warns, or says goodbye and closes) and MINA should start counting
     * again, as telnet's idle handler does; false if the shell is already finished.
     */
    boolean idle() {
        if (connection == null || closing.get()) {
            return false;
        }
        connection.idle();
        return true;
    }

    /** MINA's thread: the new size is read here and applied on the executor. */
    private void resized(Environment env) {
        Map<String, String> vars = env.getEnv();
        String columns = vars.get(Environment.ENV_COLUMNS);
        String rows = vars.get(Environment.ENV_LINES);
        onIo(() -> {
            int width = ShellTerminal.size(columns, capabilities.width());
            int height = ShellTerminal.size(rows, capabilities.height());
            if (screen != null) {
                write(screen.resize(width, height));
                width = screen.width();
                height = screen.height();
            }
            log.debug("ssh connection {} resized to {}x{}", connection.id(), width, height);
            capabilities = capabilities.withSize(width, height);
            connection.capabilitiesReceived(capabilities);
            if (fullView() != null && fullView().isSuspended()) {
                // The terminal may have reflowed or cut the picture: an empty line asks whoever
                // paints the full screen to repaint it whole; the view itself redraws at the new
                // size when it takes the screen back.
                toGame("");
            }
        });
    }

    /**
     * MINA's thread: the bytes are copied and handed to the executor. They stay in the SSH
     * window until it has handled them (SSH's own flow control), so a client typing into a busy
     * shell is held back by its window rather than queued here without bound.
     */
    @Override
    public int data(ChannelSession session, byte[] buf, int start, int len) {
        if (connection == null || closing.get()) {
            return len;
        }
        byte[] typed = Arrays.copyOfRange(buf, start, start + len);
        return onIo(() -> {
            try {
                typed(typed);
            } finally {
                releaseWindow(typed.length);
            }
        }) ? 0 : len;
    }

    /** On the executor: keys through the view (or lines without one), lines to the game. */
    private void typed(byte[] bytes) {
        if (closing.get()) {
            return;
        }
        if (screen == null) {
            for (String line : lines.decode(bytes, 0, bytes.length)) {
                toGame(line);
            }
            return;
        }
        TerminalScreen.Input input = screen.keys(keys.decode(bytes, 0, bytes.length));
        write(input.output());
        for (String line : input.lines()) {
            toGame(line);
        }
        if (input.endOfInput()) {
            toGame("quit");
        }
    }

    /**
     * What is waiting for the game is bounded by the connection's line queue (excess lines are
     * dropped with a notice), so the window is released as soon as the keys are decoded.
     */
    private void releaseWindow(int len) {
        try {
            channel.getLocalWindow().release(len);
        } catch (IOException | RuntimeException e) {
            if (!closing.get()) {
                log.debug("ssh connection {}: window not released ({})", connection.id(), e.toString());
            }
        }
    }

    private void toGame(String line) {
        if (connection.lineReceived(line)) {
            droppingInput = false;
        } else if (!droppingInput) {
            droppingInput = true;
            lobby.guard().logs().info(log, this, "ssh connection {}: input flood, dropping lines", connection.id());
            notice("[Too many commands are waiting; some were ignored.]");
        }
    }

    /** On the executor. */
    private void notice(String text) {
        write(screen == null ? text + "\r\n" : screen.output(text + "\r\n"));
    }

    @Override
    public void close() {
        // ChannelDataReceiver: the channel is closing; destroy() tells the game.
    }

    @Override
    public void destroy(ChannelSession session) {
        closing.set(true);
        String reason = closeReason != null ? closeReason : "connection closed by the client";
        if (connection != null) {
            lobby.guard().logs().info(log, address(), "ssh connection {} closed: {}", connection.id(), reason);
            connection.transportClosed(reason);
        }
        lobby.guard().logs().forget(this);
    }

    // ---- Transport ----

    /**
     * On the loop, which only reads the status from the world and hands the batch on: the text
     * is composed and written on the executor. Until then it counts in the connection's backlog
     * (its weight is returned only once written), so a stuck shell trips the game's bound.
     */
    @Override
    public void deliver(List<Output> batch) {
        long weight = 0;
        for (Output o : batch) {
            weight += o.weight();
        }
        long total = weight;
        Status status = fullView() == null ? null : status();
        if (!onIo(() -> compose(batch, status, total))) {
            connection.outputWritten(total);
        }
    }

    /** On the executor: one turn's output through the view, written as one buffer. */
    private void compose(List<Output> batch, Status status, long total) {
        StringBuilder text = new StringBuilder();
        for (Output o : batch) {
            if (o instanceof Output.Text t) {
                text.append(screen == null ? t.text() : screen.output(t.text()));
            } else if (o instanceof Output.Prompt p) {
                text.append(screen == null ? p.text() : screen.prompt(p.text()));
            } else if (o instanceof Output.EchoOff e && screen != null) {
                text.append(screen.echoOff(e.off()));
            }
            // GMCP has no meaning over SSH.
        }
        if (status != null) {
            text.append(screen.status(status));
        }
        if (!write(text.toString(), error -> connection.outputWritten(total))) {
            connection.outputWritten(total);
        }
    }

    /**
     * Writes one frame of a full-screen animation, queued behind everything written before it;
     * the future completes (on a MINA thread: {@link GameConnection#sendFrame} takes it back to
     * the loop) once SSH has sent the bytes, within the client's window, so a slow client paces
     * the animation. A frame dropped because the channel is closing completes the future too.
     */
    @Override
    public CompletionStage<Void> writeFrame(String ansi) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        int weight = ansi.length();
        Runnable dropped = () -> {
            connection.outputWritten(weight);
            done.complete(null);
        };
        boolean handed = onIo(() -> {
            boolean queued = write(ansi, error -> {
                connection.outputWritten(weight);
                if (error == null || closing.get()) {
                    done.complete(null);
                } else {
                    done.completeExceptionally(error);
                }
            });
            if (!queued) {
                dropped.run();
            }
        });
        if (!handed) {
            dropped.run();
        }
        return done;
    }

    /** Full-screen frames need a PTY and a terminal that moves its cursor: the full-screen view's. */
    @Override
    public boolean canDrawFullScreen(ClientCapabilities caps) {
        return fullView() != null;
    }

    /** With the full-screen view each key goes to the game on its own while the game draws. */
    @Override
    public boolean sendsKeys() {
        return fullView() != null;
    }

    /** A view of either kind keeps the line being typed apart from the game's text, and redraws it. */
    @Override
    public boolean keepsPromptApart() {
        return screen != null;
    }

    @Override
    public String protocol() {
        return "ssh";
    }

    /** The full-screen view wraps the game's text itself, and again at each new size. */
    @Override
    public boolean wrapsText() {
        return fullView() != null;
    }

    /** The full-screen view, or null (a dumb terminal, or no PTY). */
    private TerminalScreen fullView() {
        return screen instanceof TerminalScreen full ? full : null;
    }

    /**
     * On the loop. On: the view stops drawing (no output, status or input line), and keys go to
     * the game one by one. Off: the view clears the screen and draws itself whole again, at the
     * terminal's size now, with the status that changed meanwhile.
     */
    @Override
    public void fullScreen(boolean on) {
        TerminalScreen full = fullView();
        if (full == null) {
            return;
        }
        Status status = on ? null : status();
        onIo(() -> {
            if (on) {
                write(full.suspend());
            } else {
                full.status(status);
                write(full.resume());
            }
        });
    }

    /** On the loop: where the player is, how many play, the time. */
    private Status status() {
        return new Status(Status.where(lobby, connection), lobby.game().playerCount(),
                LocalTime.now(ZoneOffset.UTC).format(CLOCK) + " UTC");
    }

    /** On the loop, every few seconds while open: others come and go, the clock moves. */
    private void refreshStatus() {
        if (closing.get()) {
            return;
        }
        Status status = status();
        onIo(() -> write(screen.status(status)));
        statusTimer = reactor.callLater(STATUS_EVERY, "ssh status " + connection.id(), this::refreshStatus);
    }

    private boolean write(String text) {
        return write(text, null);
    }

    /**
     * On the executor. Enqueues {@code text}; {@code written} runs once it has left (or failed
     * to: with the error). False if nothing was enqueued, and then {@code written} never runs.
     */
    private boolean write(String text, Consumer<Throwable> written) {
        if (text.isEmpty() || out == null || !channel.isOpen()) {
            return false;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        // Everything queued counts, echoes included: a client that types but never reads is
        // dropped here rather than left to fill memory or to make a writer wait.
        if (unwritten.addAndGet(bytes.length) > settings.maxPendingBytes()) {
            unwritten.addAndGet(-bytes.length);
            lobby.guard().logs().warn(log, this, "ssh connection {} ({}) is not reading: over {} bytes unsent; "
                    + "disconnecting it", connection.id(), remoteAddress(), settings.maxPendingBytes());
            abort("output backlog: the client is not reading");
            return false;
        }
        try {
            out.writeBuffer(new ByteArrayBuffer(bytes)).addListener(f -> {
                unwritten.addAndGet(-bytes.length);
                if (written != null) {
                    written.accept(f.getException());
                }
                if (f.getException() != null && !closing.get()) {
                    log.debug("ssh write failed: {}", f.getException().toString());
                }
            });
            return true;
        } catch (IOException | RuntimeException e) {
            unwritten.addAndGet(-bytes.length);
            lobby.guard().logs().info(log, this, "ssh connection {}: write refused ({}); closing it", connection.id(),
                    e.toString());
            abort("write failed: " + e.getMessage());
            return false;
        }
    }

    @Override
    public void close(String reason) {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        if (closeReason == null) {
            closeReason = reason;
        }
        cancelStatus();
        // Queued behind everything already written, so the farewell arrives before the exit.
        boolean handed = onIo(() -> {
            String last = screen == null ? "" : screen.finish();
            if (!write(last, error -> exit.onExit(0, reason))) {
                exit.onExit(0, reason);
            }
        });
        if (!handed) {
            exit.onExit(0, reason);
        }
    }

    @Override
    public void abort(String reason) {
        closing.set(true);
        if (closeReason == null) {
            closeReason = reason;
        }
        cancelStatus();
        // The whole connection, as telnet drops its socket: closing only the channel would queue
        // a close message behind the very output the client is not taking.
        channel.getSession().close(true);
    }

    private void cancelStatus() {
        try {
            reactor.execute(() -> {
                if (statusTimer != null) {
                    statusTimer.cancel();
                }
            });
        } catch (RuntimeException e) {
            // the loop is gone: so are its timers
        }
    }

    /** True once the channel is gone, so the server can forget this shell. */
    boolean isDone() {
        return closing.get() && (channel == null || !channel.isOpen());
    }

    /** Tells the player the server is going down and closes; for shutdown. Any thread. */
    void shutdown(String message) {
        onIo(() -> notice(message));
        close("server shutting down");
    }

    /**
     * Hands {@code task} to this shell's executor; false if it is no longer taking work (the
     * server is stopping). A task that fails closes the connection rather than leave a
     * half-drawn view.
     */
    private boolean onIo(Runnable task) {
        try {
            io.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.warn("ssh connection {}: output failed; closing it", connection.id(), e);
                    abort("output failed: " + e);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** This shell's serial executor, for tests that hold it. */
    Executor executor() {
        return io;
    }

    @Override
    public SocketAddress remoteAddress() {
        return channel.getSession().getIoSession().getRemoteAddress();
    }

    private ClientAddress address() {
        return ClientAddress.of(remoteAddress());
    }
}
