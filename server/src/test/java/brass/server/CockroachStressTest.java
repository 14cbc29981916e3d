package brass.server;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.clock.SystemClock;
import brass.engine.loop.LoopingCall;
import brass.engine.reactor.EventLoopReactor;
import brass.protocols.account.InMemoryAccountStore;
import brass.protocols.account.PasswordHasher;
import brass.protocols.play.Lobby;
import brass.protocols.play.PlaySettings;
import brass.protocols.telnet.TelnetServer;
import brass.protocols.watch.Watching;
import brass.world.behaviour.Behaviour;
import brass.world.behaviour.BehaviourContext;
import brass.world.behaviour.RunningBehaviours;
import brass.world.behaviour.standard.Cockroach;
import brass.world.behaviour.standard.StandardBehaviours;
import brass.world.build.TestPaths;
import brass.world.build.WorldBuilder;
import brass.world.build.Worlds;
import brass.world.files.definition.BehaviourDefinition;
import brass.world.files.definition.WorldDefinition;
import brass.world.game.Game;
import brass.world.model.Thing;
import brass.world.model.World;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The brass cockroach under fire, with real sockets: many telnet players take it, drop it, give
 * it to each other and put it into crates while it leaps and scuttles on its own and while
 * hiccups stall the game loop. At the end there is exactly one cockroach, in exactly one place,
 * and no player holds a phantom. The game runs on the real reactor and telnet server with the
 * default world.
 *
 * <p>{@code -Dbrass.stress.seconds=30} (default 10, to keep CI fast) and
 * {@code -Dbrass.stress.clients=200} tune it.
 */
class CockroachStressTest {

    static final String[] COMMANDS = {"take cockroach", "take cockroach", "drop cockroach", "put cockroach in crate",
        "take cockroach from crate", "open crate", "close crate", "give cockroach to %s", "give cockroach to %s",
        "e", "w", "look", "inventory"};

    EventLoopReactor reactor;
    Game game;
    World world;
    RunningBehaviours running;
    TelnetServer telnet;
    final AtomicLong roachEvents = new AtomicLong();

    @Test
    @Timeout(300)
    void theCockroachStaysOneWhateverTwoHundredPlayersDo() throws Exception {
        Duration duration = Duration.ofSeconds(Long.getLong("brass.stress.seconds", 10));
        int clients = Integer.getInteger("brass.stress.clients", 200);
        start();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long deadline = System.nanoTime() + duration.toNanos();
            List<Future<Integer>> players = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int n = i;
                players.add(pool.submit(() -> play(n, clients, deadline)));
            }
            AtomicInteger hiccups = new AtomicInteger();
            SplittableRandom hiccupRandom = new SplittableRandom(99);
            // The hiccup, as a player pressing h would cause it: the loop itself blocks for up to 300 ms.
            LoopingCall hiccupper = onLoop(() -> {
                LoopingCall l = LoopingCall.of(reactor, "hiccups", () -> {
                    Watching.Hiccup.sleeping().stall(hiccupRandom.nextLong(300_000_000L));
                    hiccups.incrementAndGet();
                });
                l.start(Duration.ofMillis(700), false);
                return l;
            });
            int commands = 0;
            for (Future<Integer> p : players) {
                commands += p.get(duration.toSeconds() + 120, TimeUnit.SECONDS);
            }
            onLoop(() -> {
                hiccupper.stop();
                return null;
            });
            assertThat(commands).isGreaterThan(clients);
            assertThat(hiccups.get()).isPositive();
            // Everyone is still connected: look at the world as it is.
            onLoop(() -> {
                running.stopAll();
                assertExactlyOneCockroach();
                return null;
            });
            assertThat(roachEvents.get()).as("the cockroach was handled and moved").isGreaterThan(10);
            System.out.printf("stress: %d clients, %s, %d commands, %d cockroach events, %d hiccups%n", clients,
                    duration, commands, roachEvents.get(), hiccups.get());
        } finally {
            pool.shutdownNow();
            telnet.close();
        }
        // Every player left (with what they carried): still one cockroach.
        onLoop(() -> {
            assertExactlyOneCockroach();
            return null;
        });
        reactor.shutdown().get(30, TimeUnit.SECONDS);
    }

    private void assertExactlyOneCockroach() {
        assertThat(world.problems()).isEmpty();
        Thing roach = world.get("brass-cockroach");
        assertThat(world.things().stream().filter(t -> t.name().equals("brass cockroach")).count()).isEqualTo(1);
        int places = 0;
        for (Thing holder : world.things()) {
            for (Thing inside : holder.contents()) {
                if (inside == roach) {
                    places++;
                    assertThat(roach.location()).isSameAs(holder);
                }
            }
        }
        assertThat(places).isEqualTo(1);
        for (Thing player : game.players()) {
            assertThat(player.contents().contains(roach)).isEqualTo(roach.location() == player);
        }
    }

    private void start() throws Exception {
        Path folder = TestPaths.defaultWorld();
        WorldDefinition definition = Worlds.definition(folder);
        world = WorldBuilder.build(definition);
        reactor = new EventLoopReactor(SystemClock.INSTANCE, EventLoopReactor.Settings.defaults());
        reactor.start();
        // A restless cockroach: it stirs ten times a second instead of every four seconds.
        Behaviour.Code restless = (thing, d, context) -> new Cockroach().start(thing, new BehaviourDefinition(d.name(),
                Map.of("interval", Duration.ofMillis(100), "leap-chance", 0.5, "scuttle-chance", 0.03), d.position()),
                context);
        Lobby lobby = onLoop(() -> {
            game = new Game(world, reactor);
            int crates = 0;
            for (Thing room : List.copyOf(world.things())) {
                if (room.isRoom() && room != world.limbo()) {
                    world.object("crate-" + crates++, "crate", room).container(true).openable(true).fixed(true);
                }
            }
            running = RunningBehaviours.start(world, definition, StandardBehaviours.registry().withCode("cockroach", restless),
                    new BehaviourContext(game, new SplittableRandom(1)));
            game.addWitness(e -> {
                if (e.subject() != null && e.subject().id().equals("brass-cockroach")) {
                    roachEvents.incrementAndGet();
                }
            });
            return new Lobby(game, new InMemoryAccountStore(), new PasswordHasher(1_000),
                    PlaySettings.defaults().withLinkDeadGrace(Duration.ZERO));
        });
        telnet = new TelnetServer(reactor, TelnetServer.Settings.defaults().withPort(0).withMccp2(false),
                lobby::accept).start();
    }

    /** One player: creates a character, walks to the workshop, then grabs at the cockroach until the deadline. */
    private int play(int n, int clients, long deadline) throws Exception {
        SplittableRandom random = new SplittableRandom(n);
        String name = "roacher" + letters(n);
        try (Client c = new Client(telnet.port())) {
            c.await("By what name shall we know you? ");
            c.send(name);
            c.await("(yes/no) ");
            c.send("yes");
            c.await("Choose a password");
            c.send("secret12");
            c.await("Type it again: ");
            c.send("secret12");
            c.await("Welcome, ");
            for (String walk : List.of("open door", "s", "w")) {
                c.send(walk);
            }
            int sent = 0;
            while (System.nanoTime() < deadline) {
                String command = COMMANDS[random.nextInt(COMMANDS.length)];
                c.send(command.contains("%s") ? String.format(command, "roacher" + letters(random.nextInt(clients))) : command);
                sent++;
                // Read what came, then a breath that is the client's think time, not a sleep:
                // it waits for the server's reply to arrive.
                c.drainFor(20 + random.nextInt(60));
            }
            return sent;
        }
    }

    /** Names are letters only: a, b, ..., z, ba, bb, ... */
    static String letters(int n) {
        StringBuilder s = new StringBuilder();
        do {
            s.insert(0, (char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.toString();
    }

    private <T> T onLoop(Callable<T> work) throws Exception {
        return reactor.call(work).get(60, TimeUnit.SECONDS);
    }


    /** A raw socket player that reads everything it is sent, so the server never thinks it is stuck. */
    static final class Client implements AutoCloseable {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final StringBuilder seen = new StringBuilder();
        private final byte[] buf = new byte[16384];

        Client(int port) throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(20);
            in = socket.getInputStream();
            out = socket.getOutputStream();
        }

        void send(String line) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        void await(String text) throws IOException {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (seen.indexOf(text) < 0) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("waited 60 s for '" + text + "'; got: " + seen);
                }
                readOnce();
            }
            seen.setLength(0);
        }

        /** Reads whatever arrives for about {@code millis}. */
        void drainFor(int millis) throws IOException {
            long until = System.nanoTime() + millis * 1_000_000L;
            while (System.nanoTime() < until) {
                readOnce();
            }
            seen.setLength(0);
        }

        private void readOnce() throws IOException {
            try {
                int n = in.read(buf);
                if (n < 0) {
                    throw new AssertionError("the server closed the connection; last read: " + seen);
                }
                seen.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
            } catch (SocketTimeoutException quiet) {
                // nothing this time
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
