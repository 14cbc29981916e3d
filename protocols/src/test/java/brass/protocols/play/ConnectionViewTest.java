package brass.protocols.play;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.world.demo.DemoWorld;
import brass.world.model.Thing;
import brass.world.model.World;
import org.junit.jupiter.api.Test;

/** The game's text on a network connection, with GMCP's room info when the room changes. */
class ConnectionViewTest {

    private final ManualReactor reactor = new ManualReactor();
    private final World world = DemoWorld.create();
    private final FakeConnection connection = new FakeConnection(reactor, "10.0.0.1");
    private final ConnectionView view = new ConnectionView(connection);

    @Test
    void roomInfoIsToldOnceEachTimeTheRoomChangesBeforeThePrompt() {
        Thing alice = world.player("Alice", world.startRoom());
        view.prompt("> ");
        assertThat(connection.gmcp).isEmpty(); // no character yet: nothing to tell
        view.showing(alice);
        assertThat(connection.gmcp).extracting(m -> m.gmcpPackage()).containsExactly("Room.Info");
        view.send("You look around.");
        view.prompt("> ");
        assertThat(connection.gmcp).hasSize(1);
        alice.moveTo(world.get("cellar"));
        view.prompt("> ");
        assertThat(connection.gmcp).extracting(m -> m.gmcpPackage()).containsExactly("Room.Info", "Room.Info");
        assertThat(connection.gmcp.get(1).json()).contains("\"cellar\"");
        assertThat(connection.lines).containsExactly("You look around.");
        assertThat(connection.prompts).containsExactly("> ", "> ", "> ");
    }

    @Test
    void aFarewellFromTheGameIsShownThenTheConnectionCloses() {
        assertThat(view.endedByTheGame()).isFalse();
        view.close("Goodbye.");
        assertThat(view.endedByTheGame()).isTrue();
        assertThat(connection.lines).containsExactly("Goodbye.");
        assertThat(connection.open).isFalse();
        assertThat(connection.closeReason).isEqualTo("left the game");
    }
}
