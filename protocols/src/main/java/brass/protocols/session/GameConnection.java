package brass.protocols.session;

import brass.engine.reactor.Reactor;
import brass.protocols.gmcp.GmcpMessage;
import brass.protocols.guard.LogLimiter;
import brass.protocols.render.SharedRenderings;
import brass.protocols.render.TextRenderer;
import brass.world.markup.Markup;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The protocol-independent half of a connection: the {@link Connection} the game writes to and
 * the bridge that carries the client's input to the game loop.
 *
 * <p>Methods of {@link Connection} run on the game loop; output is rendered at once and kept
 * until the end of the turn (or, for a crowd's bystanders, the {@link OutputPacer}'s next pulse),
 * then handed to the {@link Transport} in one batch. The methods
 * named {@code ...Received}, {@link #start}, {@link #transportClosed} and {@link #outputWritten}
 * are for the I/O side and may be called from any thread: they hand work to the loop with
 * {@link Reactor#execute}, and if the loop refuses it (inbox full) the connection is dropped.
 */
public final class GameConnection implements Connection {

    private static final Logger log = LoggerFactory.getLogger(GameConnection.class);
    private static final AtomicLong IDS = new AtomicLong();
    /** Output written by every connection of this process: one server runs in a process. */
    private static final LongAdder OUTPUT_WRITTEN = new LongAdder();
    /** The log source for lines about the loop refusing work, whichever connection hit it. */
    private static final String LOOP_REFUSED = "game loop refused work";

    private final long id = IDS.incrementAndGet();
    private final Reactor reactor;
    private final Transport transport;
    private final ConnectionLimits limits;
    private final LogLimiter logs;
    private final AtomicLong unsentOutput = new AtomicLong();
    private final AtomicInteger queuedLines = new AtomicInteger();

    // Loop-confined state.
    private ConnectionListener listener;
    private ClientCapabilities capabilities = ClientCapabilities.DEFAULT;
    private TextRenderer renderer;
    private SharedRenderings renderings;
    /** The player's own colour choice, ahead of what the client reports; null: the client's. */
    private brass.protocols.render.ColourLevel colourChoice;
    private List<Output> pending = new ArrayList<>();
    private boolean flushScheduled;
    /** The client sent something since output last went: what comes next answers it, at once. */
    private boolean answerDue;
    private OutputPacer pacer;
    /** When the oldest line not yet answered arrived (the reactor's clock), or {@link #NOT_ANSWERING}. */
    private long answering = NOT_ANSWERING;
    private static final long NOT_ANSWERING = Long.MIN_VALUE;
    private AnswerTimes answerTimes;
    /** The pacer's turn in which this connection's output began to wait for it; 0 when not waiting. */
    private long waitingSince;
    private boolean open = true;
    private boolean closeReported;
    // Full-screen mode: text that arrives meanwhile waits here (bounded) until the mode ends.
    private boolean fullScreen;
    private List<Output> held;
    private int heldDropped;
    // Where the client's cursor is, for text that arrives unasked (see queue): after the last
    // prompt sent, until the player ends a line; then the prompt is shown again after such text.
    private boolean atPrompt;
    private boolean promptOwed;
    private Output.Prompt lastPrompt;

    /** Most messages kept back while the screen shows an animation; older ones are dropped. */
    static final int MAX_HELD = 200;

    /** @param logs bounds what this connection makes the server log (shared by every connection) */
    public GameConnection(Reactor reactor, Transport transport, ConnectionLimits limits, LogLimiter logs) {
        this.reactor = reactor;
        this.transport = transport;
        this.limits = limits;
        this.logs = logs;
        this.renderer = rendererFor(ClientCapabilities.DEFAULT);
    }

    // ---- Connection (game loop) ----

    @Override
    public long id() {
        return id;
    }

    @Override
    public SocketAddress remoteAddress() {
        return transport.remoteAddress();
    }

    @Override
    public ClientCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void send(String markup) {
        if (renderings == null) {
            renderings = SharedRenderings.onThisThread(); // the loop's, kept: see onThisThread
        }
        queue(new Output.Text(renderings.render(renderer, markup), true));
    }

    @Override
    public void send(Markup markup) {
        queue(new Output.Text(renderer.render(markup) + TextRenderer.CRLF));
    }

    @Override
    public void prompt(String markup) {
        queue(new Output.Prompt(renderer.render(markup)));
    }

    @Override
    public void prompt(Markup markup) {
        queue(new Output.Prompt(renderer.render(markup)));
    }

    @Override
    public void sendGmcp(GmcpMessage message) {
        if (capabilities.wantsGmcp(message.gmcpPackage())) {
            queue(new Output.Gmcp(message));
        }
    }

    @Override
    public void overrideColour(brass.protocols.render.ColourLevel level) {
        colourChoice = level;
        renderer = rendererFor(capabilities);
    }

    @Override
    public void setEchoOff(boolean off) {
        queue(new Output.EchoOff(off));
    }

    @Override
    public void close(String reason) {
        if (!open) {
            return;
        }
        promptOwed = false; // a last word needs no prompt after it
        flush();
        open = false;
        log.debug("connection {} closed by the game: {}", id, reason);
        transport.close(reason);
    }

    private void queue(Output item) {
        reactor.checkInLoop();
        if (!open) {
            return;
        }
        if (!fullScreen && !transport.keepsPromptApart()) {
            if (item instanceof Output.Prompt p) {
                lastPrompt = p;
                atPrompt = true;
                promptOwed = false;
            } else if (item instanceof Output.Text t && atPrompt) {
                // Text nobody typed for (another player arriving, the cockroach) while the cursor
                // sits after the prompt: a fresh line first, and the prompt again at the turn's end.
                atPrompt = false;
                promptOwed = true;
                if (t.shared()) {
                    // The fresh line on its own, so that the shared text stays the same object.
                    queue(new Output.Text(TextRenderer.CRLF));
                } else {
                    item = new Output.Text(TextRenderer.CRLF + t.text());
                }
            }
        }
        if (fullScreen && (item instanceof Output.Text || item instanceof Output.Prompt)) {
            // Text would scroll the animation off its grid: keep it for later; a prompt is stale by then.
            if (item instanceof Output.Text) {
                if (held.size() >= MAX_HELD) {
                    held.remove(0);
                    heldDropped++;
                }
                held.add(item);
            }
            return;
        }
        pending.add(item);
        if (!flushScheduled) {
            flushScheduled = true;
            pacer().add(this);
        }
    }

    private AnswerTimes answerTimes() {
        if (answerTimes == null) {
            answerTimes = AnswerTimes.of(reactor);
        }
        return answerTimes;
    }

    private OutputPacer pacer() {
        if (pacer == null) {
            pacer = reactor.loopLocal(OutputPacer.class, OutputPacer::new);
        }
        return pacer;
    }

    /** The client sent something (loop): the answer goes out at the end of this turn, crowd or not. */
    private void clientActed() {
        answerDue = true;
        if (flushScheduled) {
            pacer().acted(this);
        }
    }

    @Override
    public void answeringHeldLine() {
        reactor.checkInLoop();
        lineEnded();
    }

    /** What follows answers a line: neither a fresh line before it nor the prompt again after it. */
    private void lineEnded() {
        atPrompt = false;
        promptOwed = false;
        clientActed();
    }

    /** Whether the client is owed an answer, so its output may not wait for the pacer. */
    boolean actedThisTurn() {
        return answerDue;
    }

    void waitingSince(long pacerTurn) {
        waitingSince = pacerTurn;
    }

    long waitingSince() {
        return waitingSince;
    }

    // ---- full-screen mode ----

    @Override
    public boolean canDrawFullScreen() {
        return transport.canDrawFullScreen(capabilities);
    }

    @Override
    public boolean sendsKeys() {
        return transport.sendsKeys();
    }

    @Override
    public void fullScreen(boolean on) {
        reactor.checkInLoop();
        if (on == fullScreen) {
            return;
        }
        if (on) {
            flush(); // what was said before the screen changed goes out first
            fullScreen = true;
            held = new ArrayList<>();
            heldDropped = 0;
            transport.fullScreen(true);
            return;
        }
        fullScreen = false;
        transport.fullScreen(false);
        List<Output> kept = held;
        held = null;
        if (heldDropped > 0) {
            send("{dim}(" + heldDropped + " earlier messages were dropped while you watched.){/}");
        }
        for (Output o : kept) {
            queue(o);
        }
    }

    /** True while the screen shows an animation. */
    public boolean isFullScreen() {
        return fullScreen;
    }

    @Override
    public CompletionStage<Void> sendFrame(String ansi) {
        reactor.checkInLoop();
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (!open) {
            done.complete(null);
            return done;
        }
        flush(); // keep the order: this turn's text, then the frame
        unsentOutput.addAndGet(ansi.length());
        transport.writeFrame(ansi).whenComplete((ok, error) -> {
            // Back to the loop, so that whoever waits on the frame resumes there.
            Runnable finish = () -> {
                if (error != null) {
                    done.completeExceptionally(error);
                } else {
                    done.complete(null);
                }
            };
            if (reactor.inLoop()) {
                finish.run();
            } else {
                try {
                    reactor.execute(finish);
                } catch (RejectedExecutionException e) {
                    finish.run();
                }
            }
        });
        return done;
    }

    /** Hands everything queued since the last flush to the transport at once. */
    void flush() {
        if (answerDue && answering != NOT_ANSWERING) {
            answerTimes().record(reactor.now() - answering);
            answering = NOT_ANSWERING;
        }
        flushScheduled = false;
        answerDue = false;
        waitingSince = 0;
        if (promptOwed && open && !fullScreen) {
            promptOwed = false;
            atPrompt = true;
            pending.add(lastPrompt);
        }
        if (pending.isEmpty() || !open) {
            return;
        }
        long weight = 0;
        for (Output o : pending) {
            weight += o.weight();
        }
        long unsent = unsentOutput.addAndGet(weight);
        if (unsent > limits.maxPendingOutput()) {
            logs.warn(log, this, "connection {} ({}) is not reading: {} chars of output unsent (bound {}); disconnecting it",
                    id, remoteAddress(), unsent, limits.maxPendingOutput());
            pending.clear();
            open = false;
            transport.abort("output backlog: the client is not reading");
            return;
        }
        List<Output> batch = pending;
        pending = new ArrayList<>(Math.max(4, batch.size()));
        transport.deliver(batch);
    }

    private TextRenderer rendererFor(ClientCapabilities c) {
        return new TextRenderer(colourChoice != null ? colourChoice : c.colourLevel(),
                transport.wrapsText() ? 0 : c.width(), TextRenderer.CRLF);
    }

    // ---- I/O side (any thread) ----

    /** Asks the game loop to create this connection's listener. */
    public void start(Function<? super Connection, ? extends ConnectionListener> factory) {
        toLoop("start", () -> {
            clientActed(); // the greeting answers the connection
            try {
                listener = factory.apply(this);
            } catch (RuntimeException e) {
                log.error("connection {}: the game refused it", id, e);
                close("internal error");
            }
        });
    }

    /**
     * A line from the client. Returns false if it was dropped because too many lines are
     * already waiting for the loop (the caller tells the player).
     */
    public boolean lineReceived(String line) {
        long arrived = reactor.now();
        if (queuedLines.incrementAndGet() > limits.maxQueuedLines()) {
            queuedLines.decrementAndGet();
            return false;
        }
        toLoop("line", () -> {
            queuedLines.decrementAndGet();
            if (answering == NOT_ANSWERING) {
                answering = arrived;
            }
            // The client ended the line: its cursor is at the start of a fresh one.
            lineEnded();
            if (open && listener != null) {
                listener.onLine(line);
            }
        });
        return true;
    }

    public void capabilitiesReceived(ClientCapabilities caps) {
        toLoop("capabilities", () -> {
            ClientCapabilities old = capabilities;
            capabilities = caps;
            if (old.colourLevel() != caps.colourLevel() || old.width() != caps.width()) {
                renderer = rendererFor(caps);
            }
            if (open && listener != null) {
                listener.onCapabilities(caps);
            }
        });
    }

    public void gmcpReceived(String gmcpPackage, String json) {
        toLoop("gmcp", () -> {
            clientActed();
            if (open && listener != null) {
                listener.onGmcp(gmcpPackage, json);
            }
        });
    }

    /** The client has been silent for the idle time. */
    public void idle() {
        toLoop("idle", () -> {
            if (open && listener != null && !listener.onIdle()) {
                send("You have been idle too long. Goodbye.");
                close("idle timeout");
            }
        });
    }

    /** The transport is gone; tells the game once. */
    public void transportClosed(String reason) {
        logs.forget(this);
        try {
            reactor.execute(() -> {
                open = false;
                pending.clear();
                if (!closeReported && listener != null) {
                    closeReported = true;
                    listener.onClose(reason);
                }
            });
        } catch (RejectedExecutionException e) {
            logs.warn(log, LOOP_REFUSED, "connection {} closed ({}) but the game loop is not taking tasks: {}", id, reason,
                    e.getMessage());
        }
    }

    /** {@code weight} of delivered output has been written to the socket (or dropped with it). */
    public void outputWritten(long weight) {
        unsentOutput.addAndGet(-weight);
        OUTPUT_WRITTEN.add(weight);
    }

    /** Characters of output every connection in this process has written since it started. */
    public static long outputWrittenInProcess() {
        return OUTPUT_WRITTEN.sum();
    }

    @Override
    public String protocol() {
        return transport.protocol();
    }

    @Override
    public long pendingOutput() {
        return unsentOutput.get();
    }

    private void toLoop(String what, Runnable task) {
        try {
            reactor.execute(task);
        } catch (RejectedExecutionException e) {
            // Under overload every connection hits this at once: one source for all of them.
            logs.warn(log, LOOP_REFUSED, "connection {}: the game loop refused its {} ({}); disconnecting it", id, what,
                    e.getMessage());
            transport.abort("server overloaded");
        }
    }
}
