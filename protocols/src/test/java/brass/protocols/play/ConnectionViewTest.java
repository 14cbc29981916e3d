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

    @Test
    void roomInfoTellsAMapperTheAreaTheRoomNumberAndWhereEachExitLeads() {
        FakeConnection mudlet = new FakeConnection(reactor, "10.0.0.2");
        ConnectionView mapped = new ConnectionView(mudlet, new RoomAtlas() {
            @Override
            public String area(Thing room) {
                return room.id().equals("foyer") ? "The Little House" : "";
            }

            @Override
            public String environment(Thing room) {
                return room.id().equals("foyer") ? "inside" : "";
            }
        });
        mapped.showing(world.player("Alice", world.startRoom()));
        // As Mudlet's generic mapper reads it: num and each exit's target num are the rooms' numbers
        // (String.hashCode of the id, 31 bits: foyer 97625469, hall 3194937, cellar 783402259,
        // garden 894395957), the same at every start.
        assertThat(mudlet.gmcp).extracting(m -> m.wire()).containsExactly("Room.Info {\"num\":97625469,"
                + "\"id\":\"foyer\",\"name\":\"Foyer\",\"area\":\"The Little House\",\"environment\":\"inside\","
                + "\"exits\":{\"north\":3194937,\"down\":783402259,\"out\":894395957}}");
    }
}
