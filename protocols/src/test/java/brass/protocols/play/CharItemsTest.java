package brass.protocols.play;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.protocols.render.ColourLevel;
import brass.protocols.session.ClientCapabilities;
import brass.world.demo.DemoWorld;
import brass.world.model.Thing;
import brass.world.model.World;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code Char.Items} as Mudlet's scripts read them: the lists, then each thing added and removed. */
class CharItemsTest {

    private final ManualReactor reactor = new ManualReactor();
    private final World world = DemoWorld.create();

    /** A client that turned GMCP on and announced Char.Items, as Mudlet's Core.Supports.Set does. */
    private FakeConnection mudlet() {
        FakeConnection c = new FakeConnection(reactor, "10.0.0.3");
        c.capabilities = new ClientCapabilities(80, 24, "", "Mudlet", ColourLevel.TRUECOLOR, true, 0, true,
                Set.of("char.items"), false, false, false, false, true, false);
        return c;
    }

    @Test
    void listsThenAddsAndRemovesWhatIsCarriedAndSeen() {
        FakeConnection connection = mudlet();
        ConnectionView view = new ConnectionView(connection);
        Thing alice = world.player("Alice", world.startRoom());
        view.showing(alice);
        view.prompt("> ");
        assertThat(connection.gmcp).filteredOn(m -> m.gmcpPackage().startsWith("Char.Items")).extracting(m -> m.wire()).containsExactly(
                "Char.Items.List {\"location\":\"inv\",\"items\":[]}",
                "Char.Items.List {\"location\":\"room\",\"items\":[{\"id\":\"brass-lamp\",\"name\":\"brass lamp\"}]}");
        connection.gmcp.clear();
        world.get("brass-lamp").moveTo(alice);
        view.prompt("> ");
        assertThat(connection.gmcp).filteredOn(m -> m.gmcpPackage().startsWith("Char.Items")).extracting(m -> m.wire()).containsExactly(
                // What is carried first, then what is around: the same order as the lists.
                "Char.Items.Add {\"location\":\"inv\",\"item\":{\"id\":\"brass-lamp\",\"name\":\"brass lamp\"}}",
                "Char.Items.Remove {\"location\":\"room\",\"item\":{\"id\":\"brass-lamp\",\"name\":\"brass lamp\"}}");
        connection.gmcp.clear();
        view.prompt("> ");
        assertThat(connection.gmcp).isEmpty();
        connection.gmcp.clear();
        // A dark cellar shows nothing of the room; the lamp is still in hand.
        alice.moveTo(world.get("cellar"));
        view.prompt("> ");
        assertThat(connection.gmcp).filteredOn(m -> m.gmcpPackage().startsWith("Char.Items")).extracting(m -> m.wire()).containsExactly(
                "Char.Items.List {\"location\":\"room\",\"items\":[]}");
    }

    @Test
    void aClientThatDidNotAskForItemsIsToldNothingOfThem() {
        FakeConnection plain = new FakeConnection(reactor, "10.0.0.4");
        ConnectionView view = new ConnectionView(plain);
        view.showing(world.player("Alice", world.startRoom()));
        view.prompt("> ");
        assertThat(plain.gmcp).extracting(m -> m.gmcpPackage()).containsExactly("Room.Info");
    }
}
