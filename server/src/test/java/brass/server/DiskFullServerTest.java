package brass.server;

import static org.assertj.core.api.Assertions.assertThat;

import brass.server.config.ServerConfig;
import brass.server.persist.Checkpointer;
import brass.server.persist.WorldStore;
import brass.server.store.Database;
import brass.server.store.FullDisk;
import brass.world.model.World;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * The disk under a running server fills up and is freed: players hear of it once each way, a
 * player can still log in and is told, a new character is refused with a clear message (not a
 * hang), and the shutdown says truthfully whether the world was saved. The disk is H2's file layer
 * failing as a full disk does ({@link FullDisk}), under the whole server and real sockets.
 */
class DiskFullServerTest {

    /** The notice as an 80-column client gets it: two lines, each in yellow. */
    static final String FAILING = "\u001b[0;33mThe server cannot save the world right now (its disk is full). Play on:"
            + " nothing\u001b[0m\r\n\u001b[0;33mis lost while it keeps running, and it saves everything as soon as it"
            + " can.\u001b[0m";
    static final String SAVED_AGAIN = "The world is being saved again.";

    @RegisterExtension
    final RunningServer server = RunningServer.startedByTheTest();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger serverLog = (Logger) LoggerFactory.getLogger(Server.class);
    private LogWatch checkpoints;
    private static final Pattern WRITTEN = Pattern.compile("checkpoint \\d+ written: .*");

    /** The database's files fail as on a full disk while {@link FullDisk#full} is set. */
    private ServerConfig config() {
        return server.config().withDatabase(FullDisk.h2Url(server.dir().resolve("data")));
    }

    @BeforeEach
    void start() throws Exception {
        log.start();
        serverLog.addAppender(log);
        checkpoints = LogWatch.on(Checkpointer.class, Level.DEBUG);
        server.start(config());
    }

    @AfterEach
    void freeTheDisk() {
        // Before the server closes (after this), so that its final checkpoint can be written.
        FullDisk.full = false;
        serverLog.detachAppender(log);
        checkpoints.close();
    }

    private List<String> logged() {
        return log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static int count(TelnetClient c, String text) {
        String all = new String(c.raw(), StandardCharsets.UTF_8);
        int n = 0;
        for (int at = all.indexOf(text); at >= 0; at = all.indexOf(text, at + 1)) {
            n++;
        }
        return n;
    }

    /**
     * Waits (at most 20 s) until the server has written a checkpoint taken after this call. The
     * first one written from now on may have been taken before; the next is taken only once that
     * one is written (checkpoints never overlap), so after now. The server's own word, not what
     * the database shows: H2 lets other connections see a commit before it is in the file.
     */
    private void awaitACheckpointTakenFromNow() throws InterruptedException {
        checkpoints.await(WRITTEN, 2, checkpoints.mark(), Duration.ofSeconds(20));
    }

    private WorldStore.Committed lastCommitted() throws Exception {
        try (Database db = Database.open(config().jdbcUrl(), "sa", "", 1)) {
            return new WorldStore(db).lastCommitted().orElseThrow();
        }
    }

    private String savedLocation(String id) throws Exception {
        try (Database db = Database.open(config().jdbcUrl(), "sa", "", 1)) {
            return new WorldStore(db).read().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow()
                    .location();
        }
    }

    /** Alice has the tankard in the database, then the disk fills: she is told, and drops it (in memory only). */
    private void aliceDropsTheTankardWhileTheDiskIsFull(TelnetClient alice) throws Exception {
        alice.send("take tankard");
        alice.await("You take the pewter tankard.");
        awaitACheckpointTakenFromNow();
        FullDisk.full = true;
        alice.await(FAILING);
        alice.send("drop tankard");
        alice.await("You drop the pewter tankard.");
    }

    @Test
    void playersHearOnceThatSavingFailsAndOnceThatItWorksAgain() throws Exception {
        try (TelnetClient carol = TelnetClient.createCharacter(server.telnetPort(), "Carol", "secret56")) {
            carol.send("quit");
            carol.await("Goodbye.");
        }
        try (TelnetClient alice = TelnetClient.createCharacter(server.telnetPort(), "Alice", "secret12")) {
            aliceDropsTheTankardWhileTheDiskIsFull(alice);

            // A player with a character can still come in (reading works), and is told as they arrive.
            TelnetClient carol = new TelnetClient(server.telnetPort());
            carol.await(TelnetClient.NAME_PROMPT);
            carol.answerAsKnownCharacter("carol", "secret56");
            carol.await("The Common Room");
            carol.await(FAILING);

            // A new character cannot be written: a clear answer, and the name is asked again.
            try (TelnetClient bob = new TelnetClient(server.telnetPort())) {
                bob.await("By what name shall we know you? ");
                bob.answerAsNewCharacter("Bobby", "secret34");
                bob.await("The game cannot reach its records right now; please try again in a moment.");
                bob.await("By what name shall we know you? ");

                FullDisk.full = false;
                alice.await(SAVED_AGAIN);
                carol.await(SAVED_AGAIN);
                bob.answerAsNewCharacter("Bobby", "secret34");
                bob.await("Welcome, Bobby!");
            }
            assertThat(count(alice, FAILING)).isEqualTo(1);
            assertThat(count(alice, SAVED_AGAIN)).isEqualTo(1);
            carol.close();
        }
        server.close();
        assertThat(server.get().worldSaved()).isTrue();
        WorldStore.Committed last = lastCommitted();
        assertThat(logged()).contains("world saved: the final checkpoint (#" + last.sequence() + " since start) was"
                + " written at " + last.takenAt());
        // Dropped while the disk was full, and saved once there was room.
        assertThat(savedLocation("tankard")).isEqualTo("common-room");
    }

    @Test
    void aShutdownWhileTheDiskIsFullSaysTheWorldWasNotSaved() throws Exception {
        try (TelnetClient alice = TelnetClient.createCharacter(server.telnetPort(), "Alice", "secret12")) {
            aliceDropsTheTankardWhileTheDiskIsFull(alice);
        }
        server.close();
        assertThat(server.get().worldSaved()).isFalse();
        FullDisk.full = false;
        WorldStore.Committed last = lastCommitted();
        assertThat(logged()).contains("world NOT saved: the final checkpoint failed (the disk is full (No space left on"
                + " device)); the last checkpoint written was at " + last.takenAt() + " (#" + last.sequence()
                + " since start): what changed after it is lost");
        assertThat(logged()).noneMatch(line -> line.startsWith("world saved"));
        // True to the line: the tankard is where the last checkpoint written left it, with Alice.
        assertThat(savedLocation("tankard")).isEqualTo(World.playerId("Alice"));
    }
}
