package brass.world.console;

import brass.engine.reactor.EventLoopReactor;
import brass.engine.reactor.Reactor;
import brass.world.model.World;
import brass.world.game.Game;
import brass.world.game.PlayerView;
import brass.world.game.PlayerSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.UnaryOperator;

/**
 * Plays {@code game} in a terminal as one player. {@link #run()} blocks the calling thread until
 * the player quits or the input ends, and returns the exit code. The reactor must already be
 * running its loop on another thread (an {@code EventLoopReactor} that was started).
 *
 * <p>Every string printed passes through the {@code formatter} (markup to ANSI, or stripping),
 * which keeps this class ignorant of markup.
 */
public final class Console {

    private final Reactor reactor;
    private final Game game;
    private final InputStream in;
    private final PrintStream out;
    private final UnaryOperator<String> formatter;
    private final String playerName;

    public Console(Reactor reactor, Game game, InputStream in, PrintStream out, UnaryOperator<String> formatter) {
        this(reactor, game, in, out, formatter, "Player");
    }

    public Console(Reactor reactor, Game game, InputStream in, PrintStream out, UnaryOperator<String> formatter,
                   String playerName) {
        this.reactor = reactor;
        this.game = game;
        this.in = in;
        this.out = out;
        this.formatter = formatter;
        this.playerName = playerName;
    }

    /**
     * Everything in one call, for a command-line entry point: starts a game loop, plays
     * {@code world} as {@code playerName} until quit or end of input, stops the loop, and returns
     * the exit code.
     */
    public static int play(World world, InputStream in, PrintStream out, UnaryOperator<String> formatter,
                           String playerName) {
        EventLoopReactor reactor = new EventLoopReactor().start();
        try {
            return new Console(reactor, new Game(world, reactor), in, out, formatter, playerName).run();
        } finally {
            reactor.shutdown().join();
        }
    }

    /** Plays until {@code quit} or end of input; returns 0 then, 1 if the game loop failed. */
    public int run() {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        PlayerView view = new PlayerView() {
            @Override
            public void send(String text) {
                out.println(formatter.apply(text));
                out.flush();
            }

            @Override
            public void prompt(String prompt) {
                out.print(formatter.apply(prompt));
                out.flush();
            }

            @Override
            public void close(String farewell) {
                if (farewell != null && !farewell.isEmpty()) {
                    out.println(formatter.apply(farewell));
                }
                out.flush();
                done.complete(0);
            }
        };
        // Only the loop touches the session; the reader thread hands it lines in order.
        PlayerSession[] session = new PlayerSession[1];
        try {
            reactor.execute(() -> {
                try {
                    session[0] = game.enter(playerName, view);
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            out.println("The game loop is not running.");
            return 1;
        }
        Thread reader = new Thread(() -> read(session, done), "brass-console-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (ExecutionException e) {
            out.println("The game failed: " + e.getCause());
            return 1;
        }
    }

    private void read(PlayerSession[] session, CompletableFuture<Integer> done) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while (!done.isDone() && (line = lines.readLine()) != null) {
                String l = line;
                reactor.execute(() -> {
                    if (session[0] != null) {
                        session[0].perform(l);
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RejectedExecutionException e) {
            done.complete(1);
            return;
        } finally {
            // At end of input (or a read error) the player leaves as if they had quit.
            try {
                reactor.execute(() -> {
                    if (session[0] != null && session[0].isOpen()) {
                        session[0].close("");
                    }
                    done.complete(0);
                });
            } catch (RejectedExecutionException e) {
                done.complete(0);
            }
        }
    }
}
