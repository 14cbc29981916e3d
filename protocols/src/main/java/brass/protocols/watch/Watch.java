package brass.protocols.watch;

import brass.engine.loop.LoopingCall;
import brass.engine.reactor.Reactor;
import brass.protocols.play.Lobby;
import brass.protocols.session.Connection;
import brass.world.markup.Markup;
import brass.world.screen.DisplayWidth;
import brass.world.screen.Frame;
import brass.world.screen.FrameDiff;
import brass.world.terrarium.Terrarium;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One viewer watching one terrarium: a draw loop on the game loop, and the keys the viewer
 * presses. Draws are paced by the write future of the previous frame (see the package
 * comment); the frame the viewer last received is kept, so the next draw sends only the cells
 * that changed. Game-loop only.
 */
public final class Watch implements Lobby.InputOwner {

    /** Switch to the alternate screen and hide the cursor: the player's scrollback stays intact. */
    public static final String ENTER = FrameDiff.CSI + "?1049h" + FrameDiff.CSI + "?25l";
    /** Show the cursor and return to the normal screen, as it was before watching. */
    public static final String LEAVE = FrameDiff.CSI + "?25h" + FrameDiff.CSI + "?1049l";

    static final String HELP = "s: spawn a snake   h: hiccup   q: back to the game";

    /** How often a client that cannot animate is shown the tank as a block of lines. */
    public static final Duration LINE_INTERVAL = Duration.ofSeconds(1);

    /** What a line-mode watcher reads first, and under every picture: keys are typed with Enter. */
    static final String LINE_HELP = "Type s (then Enter) to spawn a snake, h to hiccup, q to stop watching.";

    private final Reactor reactor;
    private final Connection connection;
    private final String title;
    private final Supplier<Terrarium> tank;
    private final BiFunction<Terrarium, String, String> keys;
    private final Consumer<Boolean> ended;
    private final LoopingCall draw;
    private final Duration interval;
    /** Pictures as blocks of lines in the scrollback, not frames on a full screen. */
    private final boolean lines;

    private Terrarium shown;
    private Frame last;
    private boolean entered;
    private boolean watching;
    private String status;
    private long framesSent;
    private long bytesSent;
    private boolean drawing;

    /**
     * @param lines    draw a block of lines every {@link #LINE_INTERVAL} (a MUD client, a dumb
     *                 terminal) instead of full-screen frames at {@code interval}
     * @param tank     the model to draw; null when the terrarium is gone (the watch then ends)
     * @param keys     what a key other than {@code q} does: returns the status line to show, or
     *                 null for a key that does nothing (the keys' help is shown)
     * @param ended    called once when watching ends: with true when the viewer pressed q (show
     *                 them the room), false when the connection went away
     */
    public Watch(Reactor reactor, Connection connection, String title, Duration interval, boolean lines,
                 Supplier<Terrarium> tank, BiFunction<Terrarium, String, String> keys, Consumer<Boolean> ended) {
        this.reactor = reactor;
        this.connection = connection;
        this.title = title;
        this.lines = lines;
        this.interval = lines ? LINE_INTERVAL : interval;
        this.status = lines ? LINE_HELP : HELP;
        this.tank = tank;
        this.keys = keys;
        this.ended = ended;
        this.draw = LoopingCall.ofAsync(reactor, "watch " + connection.id(), this::draw);
    }

    /** Takes over the screen and draws the first frame now. */
    public void start() {
        reactor.checkInLoop();
        watching = true;
        if (lines) {
            connection.send(Markup.escape(title) + "\n" + LINE_HELP);
        } else {
            connection.fullScreen(true);
        }
        draw.start(interval, true).whenComplete((stopped, error) -> {
            // The draw loop stopped by itself (LoopingCall logged why): give the viewer the game
            // back. When the loop refused a write's result, this runs on the I/O thread, which must
            // not touch the watch: then the viewer's next key ends it (see onLine), or their
            // disconnection does.
            if (error != null && reactor.inLoop()) {
                end(true);
            }
        });
    }

    public boolean isWatching() {
        return watching;
    }

    /** Frames written so far (a frame with no changed cell is not written, nor counted). */
    public long framesSent() {
        return framesSent;
    }

    /** Chars of ANSI written so far. */
    public long bytesSent() {
        return bytesSent;
    }

    /** One draw: the changed cells, or nothing. Returns the write future, which the loop waits for. */
    private CompletionStage<?> draw() {
        if (drawing) {
            throw new IllegalStateException("two draws at once");
        }
        if (!watching) {
            return null;
        }
        if (!connection.isOpen()) {
            end(false);
            return null;
        }
        Terrarium t = tank.get();
        if (t == null) {
            status = "The terrarium is gone.";
            end(true);
            return null;
        }
        if (t != shown) {
            shown = t;
            last = null; // a different tank (a reload made a new one): repaint everything
        }
        if (lines) {
            return drawLines(t);
        }
        Frame next = paint(t);
        String diff = last == null || last.width() != next.width() || last.height() != next.height()
                ? FrameDiff.diff(null, next) : FrameDiff.diff(last, next);
        last = next;
        if (diff.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(diff.length() + 24);
        if (!entered) {
            entered = true;
            out.append(ENTER);
        }
        out.append(diff);
        // Park the cursor under the picture, where anything the client echoes does no harm.
        FrameDiff.moveTo(out, 0, next.height());
        String ansi = out.toString();
        framesSent++;
        bytesSent += ansi.length();
        drawing = true;
        return connection.sendFrame(ansi).handle((ok, error) -> {
            // A failed write means the connection is going; the next draw notices and ends.
            drawing = false;
            return null;
        });
    }

    /**
     * The picture at the window's size: title, tank, status, and a row under them for the
     * cursor. A window smaller than that shows what fits, and says so in place of the title.
     */
    private Frame paint(Terrarium t) {
        // In columns: the title names the terrarium as the world file does, perhaps in CJK.
        int needWidth = Math.max(t.frameWidth(), Math.max(DisplayWidth.of(title), DisplayWidth.of(HELP)));
        int needHeight = t.frameHeight() + 3;
        int windowWidth = Math.max(1, connection.capabilities().width());
        int windowHeight = Math.max(2, connection.capabilities().height());
        Frame f = new Frame(Math.min(needWidth, windowWidth), Math.min(needHeight, windowHeight) - 1);
        boolean small = needWidth > windowWidth || needHeight > windowHeight;
        f.write(0, 0, small ? tooSmall(needWidth, needHeight) : title);
        t.draw(f, 0, 1);
        f.write(0, t.frameHeight() + 1, DisplayWidth.truncate(status, needWidth));
        return f;
    }

    /** What a window too small for the picture shows in place of its title. */
    static String tooSmall(int width, int height) {
        return "Window too small: needs " + width + "x" + height;
    }

    /**
     * One picture as a block of plain lines (no cursor movement, no colour), cut to the
     * client's width so that nothing wraps, for a scrollback to keep. A client still reading the
     * last one skips this one.
     */
    private CompletionStage<?> drawLines(Terrarium t) {
        if (connection.pendingOutput() > LINE_BACKLOG) {
            return null;
        }
        Frame f = new Frame(t.frameWidth(), t.frameHeight());
        t.draw(f, 0, 0);
        int width = Math.max(1, connection.capabilities().width());
        StringBuilder block = new StringBuilder();
        for (int y = 0; y < f.height(); y++) {
            block.append(Markup.escape(DisplayWidth.truncate(f.row(y).stripTrailing(), width))).append('\n');
        }
        block.append(Markup.escape(status));
        framesSent++;
        bytesSent += block.length();
        connection.send(block.toString());
        return null;
    }

    /** Chars of output still unsent past which a line-mode picture is skipped. */
    private static final long LINE_BACKLOG = 16 * 1024;

    @Override
    public void onLine(String line) {
        if (!watching) {
            return;
        }
        String key = line.strip().toLowerCase(Locale.ROOT);
        if (key.equals("q") || key.equals("quit") || !draw.isRunning()) {
            // Without its draw loop the picture is frozen: any key returns to the game.
            end(true);
            return;
        }
        Terrarium t = tank.get();
        String said = key.isEmpty() || t == null ? null : keys.apply(t, key);
        status = said != null ? said : lines ? LINE_HELP : HELP;
        if (lines && !key.isEmpty()) {
            // Said at once, under what was typed; the next picture repeats it.
            connection.send(Markup.escape(status));
        }
        // The client may have echoed the key and scrolled the screen: repaint it whole next time.
        last = null;
    }

    @Override
    public void onDisconnect() {
        end(false);
    }

    /**
     * Right after q, what was typed for the terrarium: over SSH every key (they come one by one,
     * so "quit" typed in the view ends it at q and must not walk up with u); over telnet a line
     * that is one of the watch's own keys.
     */
    @Override
    public boolean stray(String line) {
        String key = line.strip().toLowerCase(Locale.ROOT);
        return connection.sendsKeys() ? key.length() <= 1 : WATCH_KEYS.contains(key);
    }

    private static final java.util.Set<String> WATCH_KEYS = java.util.Set.of("s", "h", "q", "quit");

    /** Stops watching: the draw loop ends and, if the connection is still there, the normal screen returns. */
    public void end(boolean quit) {
        if (!watching) {
            return;
        }
        watching = false;
        if (draw.isRunning()) {
            draw.stop();
        }
        if (connection.isOpen() && !lines) {
            if (entered) {
                connection.sendFrame(LEAVE);
            }
            connection.fullScreen(false);
        }
        ended.accept(quit);
    }
}
