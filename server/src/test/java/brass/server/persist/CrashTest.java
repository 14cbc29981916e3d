package brass.server.persist;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.protocols.account.Account;
import brass.server.ServerProcess;
import brass.server.store.Database;
import brass.server.store.JdbcAccountStore;
import brass.world.build.TestPaths;
import brass.world.build.Worlds;
import brass.world.game.Game;
import brass.world.model.Thing;
import brass.world.model.World;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test: a real server in its own process, players creating characters and moving things,
 * then {@code kill -9}. Every account a player was told about must exist, and the world must come
 * back exactly as the last checkpoint recorded it, with nothing in two places.
 */
class CrashTest {

    @TempDir
    Path data;

    /** What the server's debug line for each checkpoint written says (Checkpointer). */
    private static final String CHECKPOINT_WRITTEN = " rows changed, ";

    @Test
    void killMinusNineLosesNothingThatWasAcknowledged() throws Exception {
        int[] ports = ServerProcess.freePorts();
        int telnet = ports[0];
        // At debug level the server logs each checkpoint it writes: the kill waits for one.
        ServerProcess server = ServerProcess.run(java.util.Map.of("BRASS_LOG_LEVEL", "DEBUG"), "--data", data.toString(), "--world",
                TestPaths.defaultWorld().toString(), "--telnet-port", Integer.toString(telnet),
                "--ssh-port", Integer.toString(ports[1]), "--web-port", "off");
        List<String> acknowledged = new ArrayList<>();
        try {
            server.awaitUp();
            ConcurrentLinkedQueue<String> told = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
            List<String> names = List.of("Ada", "Bram", "Cleo", "Dov");
            CountDownLatch busy = new CountDownLatch(names.size());
            List<Thread> players = new ArrayList<>();
            for (String name : names) {
                Thread t = new Thread(() -> play(telnet, name, told, refused, busy));
                t.setDaemon(true);
                t.start();
                players.add(t);
            }
            // Kill it while the players' commands are still being worked through, but only once a
            // checkpoint has been written since they got in: a kill before the first one leaves
            // nothing saved to compare (the files' world), and the test would prove nothing.
            busy.await(120, TimeUnit.SECONDS);
            int written = server.linesContaining(CHECKPOINT_WRITTEN);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (server.linesContaining(CHECKPOINT_WRITTEN) == written && System.nanoTime() < deadline) {
                java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20)); // a real process's log
            }
            assertThat(server.linesContaining(CHECKPOINT_WRITTEN)).as("a checkpoint written within 30 s, after "
                    + "the players got in; the server's log:%n%s", server.log()).isGreaterThan(written);
            server.kill();
            for (Thread t : players) {
                t.join(30_000);
            }
            acknowledged.addAll(told);
            assertThat(acknowledged).as("players were told their characters exist; what they read instead: %s%n"
                    + "the server's log:%n%s", refused, server.log()).isNotEmpty();
        } finally {
            server.kill();
        }

        ManualReactor reactor = new ManualReactor();
        try (Database db = Database.open(Database.h2Url(data), "sa", "", 1)) {
            JdbcAccountStore accounts = new JdbcAccountStore(db, reactor);
            for (String name : acknowledged) {
                CompletableFuture<Optional<Account>> found = accounts.find(name).toCompletableFuture();
                reactor.runUntilIdle();
                assertThat(found.join()).as("account " + name).isPresent();
            }
            List<SavedThing> rows = new WorldStore(db).read();
            assertThat(rows).as("a checkpoint was written before the kill").isNotEmpty();
            Game game = new Game(Worlds.load(TestPaths.defaultWorld()), reactor);
            Restorer.restore(game, rows);
            World world = game.world();
            assertThat(world.problems()).isEmpty();
            for (SavedThing s : rows) {
                Thing t = world.get(s.id());
                if (s.playerName() == null && s.location() != null) {
                    assertThat(t.location().id()).as(s.id()).isEqualTo(s.location());
                }
            }
            long cockroaches = world.things().stream().filter(t -> t.id().equals("brass-cockroach")).count();
            assertThat(cockroaches).isEqualTo(1);
        }
    }

    /** Creates a character, then carries the tankard and lamp about until the server dies. */
    private static void play(int port, String name, ConcurrentLinkedQueue<String> told,
            ConcurrentLinkedQueue<String> refused, CountDownLatch busy) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            var in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
            String[] script = {name, "yes", "secret12", "secret12"};
            for (String line : script) {
                out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            out.flush();
            StringBuilder seen = new StringBuilder();
            if (!readUntil(in, "Welcome, " + name, seen)) {
                refused.add(name + ": " + seen);
                busy.countDown();
                return;
            }
            told.add(name);
            String[] moves = {"take tankard", "west", "open box", "take lamp", "east", "drop tankard", "north",
                    "drop lamp", "take lamp", "south", "take tankard", "west", "put lamp in box", "east"};
            for (int round = 0; round < 20; round++) {
                for (String m : moves) {
                    out.write((m + "\r\n").getBytes(StandardCharsets.UTF_8));
                }
                out.flush();
            }
            busy.countDown();
            readUntil(in, "never printed", new StringBuilder());
        } catch (IOException e) {
            // The server was killed under us: that is the point of the test.
            refused.add(name + ": " + e);
            busy.countDown();
        }
    }

    private static boolean readUntil(BufferedReader in, String text, StringBuilder seen) throws IOException {
        int c;
        while ((c = in.read()) >= 0) {
            seen.append((char) c);
            if (seen.indexOf(text) >= 0) {
                return true;
            }
            if (seen.length() > 1_000_000) {
                seen.delete(0, 500_000);
            }
        }
        return false;
    }
}
