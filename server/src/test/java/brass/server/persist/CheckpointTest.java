package brass.server.persist;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.server.TestWorlds;
import brass.server.store.Database;
import brass.world.build.Worlds;
import brass.world.game.Game;
import brass.world.game.Output;
import brass.world.game.PlayerSession;
import brass.world.model.Thing;
import brass.world.model.World;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {

    @TempDir
    Path data;

    private final ManualReactor reactor = new ManualReactor();
    private Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private Database open() throws Exception {
        if (db != null) {
            db.close();
        }
        db = Database.open(Database.h2Url(data), "sa", "", 2);
        return db;
    }

    private Game freshGame() {
        return new Game(Worlds.load(TestWorlds.defaultWorld()), reactor);
    }

    private static final class Lines implements Output {
        final List<String> lines = new ArrayList<>();

        @Override
        public void send(String text) {
            lines.add(text);
        }
    }

    private Game restoredGame() throws Exception {
        WorldStore store = new WorldStore(open());
        Game game = freshGame();
        Restorer.restore(game, store.read());
        return game;
    }

    @Test
    void aCheckpointRestoresExactlyIntoAFreshWorld() throws Exception {
        WorldStore store = new WorldStore(open());
        Game game = freshGame();
        Checkpointer checkpointer = new Checkpointer(game, store, List.of());
        checkpointer.start(Duration.ofSeconds(1));
        PlayerSession alice = game.enter("Alice", new Lines());
        alice.input("take tankard");
        alice.input("north");
        reactor.advance(Duration.ofSeconds(1));
        assertThat(checkpointer.committedSequence()).isEqualTo(1);
        alice.input("quit");
        reactor.advance(Duration.ofSeconds(1));
        assertThat(checkpointer.committedSequence()).isEqualTo(2);
        List<SavedThing> written = store.read();

        Game again = restoredGame();
        World w = again.world();
        assertThat(w.problems()).isEmpty();
        Thing aliceAgain = w.get(World.playerId("Alice"));
        assertThat(aliceAgain.location()).isEqualTo(w.limbo());
        Thing candle = w.find("tankard").orElseThrow();
        assertThat(candle.location()).isEqualTo(aliceAgain);
        // Every non-player thing is exactly where the checkpoint says.
        for (SavedThing s : written) {
            Thing t = w.get(s.id());
            if (s.playerName() == null && s.location() != null) {
                assertThat(t.location().id()).as(s.id()).isEqualTo(s.location());
            }
        }
        // Alice comes back where she left, holding the candle.
        Lines out = new Lines();
        again.enter("Alice", out);
        assertThat(String.join("\n", out.lines)).contains("Kitchen");
        assertThat(aliceAgain.contents()).contains(candle);
    }

    @Test
    void quietCheckpointsWriteNothingNewAndFailuresAreRetried() throws Exception {
        WorldStore store = new WorldStore(open());
        Game game = freshGame();
        Checkpointer checkpointer = new Checkpointer(game, store, List.of());
        checkpointer.start(Duration.ofSeconds(1));
        reactor.advance(Duration.ofSeconds(1));
        assertThat(checkpointer.committedSequence()).isEqualTo(1);
        db.close();
        game.enter("Bobby", new Lines()).input("take tankard");
        reactor.advance(Duration.ofSeconds(1));
        reactor.advance(Duration.ofSeconds(1));
        // The database is gone: checkpoints fail, the game goes on, nothing was counted as saved.
        assertThat(checkpointer.committedSequence()).isEqualTo(1);
        assertThat(reactor.pendingTimers()).isPositive();
        db = null;
        Game restored = restoredGame();
        assertThat(restored.world().find(World.playerId("Bobby"))).isEmpty();
        assertThat(restored.world().get("tankard").location().id()).isNotEqualTo(World.playerId("Bobby"));
    }

    @Test
    void stateFromFilesThatChangedIsDroppedOrRehomed() throws Exception {
        WorldStore store = new WorldStore(open());
        List<SavedThing> rows = new ArrayList<>(List.of(
                new SavedThing("no-such-thing", "common-room", false, false, false, null, null),
                new SavedThing("tankard", "demolished-room", false, false, false, null, null),
                new SavedThing("player:carol", "demolished-room", false, false, false, "Carol", null)));
        store.write(new Checkpoint(1, rows), java.util.Map.of());
        Game game = restoredGame();
        World w = game.world();
        assertThat(w.find("no-such-thing")).isEmpty();
        assertThat(w.get("tankard").location()).isEqualTo(w.startRoom());
        Thing carol = w.get("player:carol");
        assertThat(carol.location()).isEqualTo(w.limbo());
        game.enter("Carol", new Lines());
        assertThat(carol.location()).isEqualTo(w.startRoom());
        assertThat(w.problems()).isEmpty();
    }
}
