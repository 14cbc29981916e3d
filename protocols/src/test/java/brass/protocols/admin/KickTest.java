package brass.protocols.admin;

import static org.assertj.core.api.Assertions.assertThat;

import brass.protocols.account.Roles;
import brass.protocols.play.FakeConnection;
import brass.world.model.Thing;
import org.junit.jupiter.api.Test;

/** kick, typed by an admin: the player reads why and is gone at once; the room sees them go. */
class KickTest {

    private final AdminGame g = new AdminGame();

    @Test
    void aKickedPlayerIsToldWhyAndLeavesTheWorldAtOnce() {
        FakeConnection ada = g.player("Ada", "10.0.0.1", Roles.ADMIN);
        FakeConnection mallory = g.player("Mallory", "10.0.0.2");
        FakeConnection carol = g.player("Carol", "10.0.0.3");
        g.drainAll(ada, mallory, carol);

        g.type(ada, "kick mallory {blink}spamming{/} the chat");

        assertThat(mallory.drain()).isEqualTo("You have been kicked out of the game by Ada: {blink}spamming{/} the chat");
        assertThat(mallory.open).isFalse();
        assertThat(carol.drain()).isEqualTo("Mallory has left the game.");
        assertThat(ada.drain()).isEqualTo("You kick Mallory out of the game.\nMallory has left the game.");
        // No link-dead grace: the character is out of the world now.
        assertThat(g.game.players()).extracting(Thing::name).containsExactly("Ada", "Carol");
        assertThat(g.lobby.playersOnline()).isEqualTo(2);
    }

    @Test
    void aKickWithoutAReasonAndAKickOfALinkDeadCharacter() {
        FakeConnection ada = g.player("Ada", "10.0.0.1", Roles.ADMIN);
        FakeConnection mallory = g.player("Mallory", "10.0.0.2");
        g.drainAll(ada, mallory);
        g.type(ada, "kick Mallory");
        assertThat(mallory.drain()).isEqualTo("You have been kicked out of the game by Ada.");

        FakeConnection again = g.login("Mallory", "10.0.0.2");
        again.drop();
        g.reactor.runUntilIdle();
        ada.drain();
        assertThat(g.lobby.isLinkDead(g.character("Mallory"))).isTrue();
        g.type(ada, "kick Mallory");
        assertThat(ada.drain()).isEqualTo("You kick Mallory out of the game.\nMallory has left the game.");
        assertThat(g.game.players()).extracting(Thing::name).containsExactly("Ada");
    }

    @Test
    void aKickNamesThePlayerInFull() {
        FakeConnection ada = g.player("Ada", "10.0.0.1", Roles.ADMIN);
        FakeConnection mallory = g.player("Mallory", "10.0.0.2");
        g.drainAll(ada, mallory);
        g.type(ada, "kick mall");
        assertThat(ada.drain()).isEqualTo("There is no player called 'mall' in the game.");
        g.type(ada, "kick ada");
        assertThat(ada.drain()).isEqualTo("You cannot kick yourself; 'quit' leaves.");
        g.type(ada, "kick");
        assertThat(ada.drain()).isEqualTo("Kick whom? kick <player> [reason].");
        assertThat(mallory.open).isTrue();
        assertThat(mallory.drain()).isEmpty();
    }
}
