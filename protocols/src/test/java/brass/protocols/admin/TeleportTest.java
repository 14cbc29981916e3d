package brass.protocols.admin;

import static org.assertj.core.api.Assertions.assertThat;

import brass.protocols.account.Roles;
import brass.protocols.play.FakeConnection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** goto, transfer and where, typed by an admin; each observer reads the move in their own words. */
class TeleportTest {

    private final AdminGame g = new AdminGame();
    private FakeConnection ada;
    private FakeConnection bobby;
    private FakeConnection carol;

    @BeforeEach
    void players() {
        ada = g.player("Ada", "10.0.0.1", Roles.ADMIN);
        bobby = g.player("Bobby", "10.0.0.2");
        carol = g.player("Carol", "10.0.0.3");
        g.type(bobby, "north");
        g.drainAll(ada, bobby, carol);
    }

    @Test
    void gotoAPlayerMovesTheAdminThereAndBothRoomsSeeIt() {
        g.type(ada, "goto bob");

        assertThat(g.character("Ada").room().id()).isEqualTo("hall");
        assertThat(carol.drain()).isEqualTo("Ada vanishes.");
        assertThat(bobby.drain()).isEqualTo("Ada appears out of thin air.");
        assertThat(ada.drain()).startsWith("Hall\nA long hall hung with portraits");
    }

    @Test
    void gotoARoomById() {
        g.type(ada, "goto garden");

        assertThat(g.character("Ada").room().id()).isEqualTo("garden");
        assertThat(carol.drain()).isEqualTo("Ada vanishes.");
        assertThat(bobby.drain()).isEmpty();
        assertThat(ada.drain()).startsWith("Garden\nAn overgrown garden.");
    }

    @Test
    void gotoNowhereSaysSoAndMovesNoOne() {
        g.type(ada, "goto atlantis");
        assertThat(ada.drain()).isEqualTo("There is no player called 'atlantis' in the game, nor a room with that id.");
        g.type(ada, "goto brass-lamp");
        assertThat(ada.drain()).isEqualTo("There is no player called 'brass-lamp' in the game, nor a room with that id.");
        g.type(ada, "goto foyer");
        assertThat(ada.drain()).isEqualTo("You are already there.");
        g.type(ada, "goto");
        assertThat(ada.drain()).isEqualTo("Go to whom, or where? goto <player> or goto <room id>.");
        assertThat(g.character("Ada").room().id()).isEqualTo("foyer");
        assertThat(carol.drain()).isEmpty();
    }

    @Test
    void transferBringsAPlayerHereAndEveryoneInvolvedIsTold() {
        g.type(ada, "transfer bobby");

        assertThat(g.character("Bobby").room().id()).isEqualTo("foyer");
        assertThat(bobby.drain()).startsWith("Ada has brought you here.\nFoyer\nA draughty foyer");
        assertThat(ada.drain()).isEqualTo("Bobby appears out of thin air.\nYou bring Bobby to Foyer (foyer).");
        assertThat(carol.drain()).isEqualTo("Bobby appears out of thin air.");
    }

    @Test
    void transferSendsAPlayerToARoom() {
        g.type(ada, "goto hall");
        g.drainAll(ada, bobby, carol);

        g.type(ada, "transfer Carol garden");

        assertThat(g.character("Carol").room().id()).isEqualTo("garden");
        assertThat(carol.drain()).startsWith("Ada has brought you here.\nGarden\n");
        assertThat(ada.drain()).isEqualTo("You bring Carol to Garden (garden).");
        assertThat(bobby.drain()).isEmpty();
    }

    @Test
    void transferExplainsWhatItCannotDo() {
        g.type(ada, "transfer nobody");
        assertThat(ada.drain()).isEqualTo("There is no player called 'nobody' in the game.");
        g.type(ada, "transfer bobby atlantis");
        assertThat(ada.drain()).isEqualTo("There is no room with the id 'atlantis'.");
        g.type(ada, "transfer bobby hall");
        assertThat(ada.drain()).isEqualTo("Bobby is already in Hall (hall).");
        g.type(ada, "transfer ada cellar");
        assertThat(ada.drain()).isEqualTo("To move yourself, use goto.");
        g.type(ada, "transfer");
        assertThat(ada.drain()).isEqualTo("Transfer whom? transfer <player> [here|room id].");
        assertThat(bobby.drain()).isEmpty();
    }

    @Test
    void whereListsEveryPlayerOrOne() {
        bobby.drop();
        g.reactor.runUntilIdle();
        g.drainAll(ada, carol);

        g.type(ada, "where");
        assertThat(ada.drain()).isEqualTo("""
                Players in the game (3):
                  Ada: Foyer (foyer)
                  Bobby: Hall (hall), link-dead
                  Carol: Foyer (foyer)""");
        g.type(ada, "where car");
        assertThat(ada.drain()).isEqualTo("Carol: Foyer (foyer)");
        g.type(ada, "where zed");
        assertThat(ada.drain()).isEqualTo("There is no player called 'zed' in the game.");
    }
}
