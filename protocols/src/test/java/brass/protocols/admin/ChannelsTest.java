package brass.protocols.admin;

import static org.assertj.core.api.Assertions.assertThat;

import brass.protocols.account.Roles;
import brass.protocols.gmcp.GmcpMessage;
import brass.protocols.mail.InMemoryMailStore;
import brass.protocols.mail.Letter;
import brass.protocols.play.FakeConnection;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The channels ({@code chat}, {@code newbie}, {@code builders}) with their history and
 * {@code off}/{@code on} kept with the account, and tells to players away kept as mail.
 */
class ChannelsTest {

    private final AdminGame g = new AdminGame();
    private final InMemoryMailStore mail = new InMemoryMailStore();

    @BeforeEach
    void setUp() {
        g.lobby.mail(mail);
        g.lobby.wallClock(new AdminGame.ReactorClock(g.reactor, AdminGame.START));
    }

    @Test
    void theBuildersChannelIsHeardByBuildersAndAdminsOnly() {
        FakeConnection ada = g.player("Ada", "10.0.0.1", Roles.ADMIN);
        FakeConnection bea = g.player("Beatrix", "10.0.0.2", Roles.BUILDER);
        FakeConnection carol = g.player("Carol", "10.0.0.3");
        g.type(bea, "north");
        g.drainAll(ada, bea, carol);
        bea.gmcp.clear();
        carol.gmcp.clear();

        g.type(bea, "builders the {cellar} needs a lamp");

        assertThat(bea.drain()).isEqualTo("[builders] You say: the {cellar} needs a lamp");
        assertThat(ada.drain()).isEqualTo("[builders] Beatrix says: the {cellar} needs a lamp");
        assertThat(carol.drain()).isEmpty();
        assertThat(carol.gmcp).isEmpty();
        assertThat(bea.gmcp).extracting(GmcpMessage::json)
                .containsExactly("{\"channel\":\"builders\",\"talker\":\"Beatrix\",\"text\":\"the {cellar} needs a lamp\"}");
        g.type(ada, "wiz on it");
        assertThat(bea.drain()).isEqualTo("[builders] Ada says: on it");
        ada.drain();
        g.type(ada, "wiz");
        assertThat(ada.drain()).isEqualTo("Say what on builders? ('builders history' shows what was said;"
                + " 'builders off' turns it off.)");
    }

    @Test
    void eachChannelKeepsItsLastLinesWithTheirTimes() {
        FakeConnection ada = g.player("Ada", "10.0.0.1");
        FakeConnection bobby = g.player("Bobby", "10.0.0.2");
        ada.drain();
        g.type(ada, "chat history");
        assertThat(ada.drain()).isEqualTo("Nothing has been said on chat since the game started.");
        g.type(ada, "chat anyone seen the {cockroach}?");
        g.reactor.advance(Duration.ofMinutes(3));
        g.type(bobby, "ooc it went north");
        g.type(bobby, "newbie how do I light the lamp?");
        assertThat(ada.drain()).isEqualTo("[chat] You chat: anyone seen the {cockroach}?\n"
                + "[chat] Bobby chats: it went north\n[newbie] Bobby says: how do I light the lamp?");
        bobby.drain();
        g.type(bobby, "chat history");
        assertThat(bobby.drain()).isEqualTo("The last 2 lines on chat (times in UTC):\n"
                + "12:00 Ada: anyone seen the {cockroach}?\n12:03 Bobby: it went north");
        g.type(bobby, "newbie history");
        assertThat(bobby.drain()).isEqualTo("The last line on newbie (times in UTC):\n"
                + "12:03 Bobby: how do I light the lamp?");
        for (int i = 1; i <= 25; i++) {
            g.type(ada, "chat " + i);
        }
        g.type(bobby, "chat history");
        String history = bobby.drain();
        assertThat(history.lines().toList()).hasSize(25 + 1 + 20).element(25)
                .isEqualTo("The last 20 lines on chat (times in UTC):");
        assertThat(history.lines().skip(26).toList()).startsWith("12:03 Ada: 6").endsWith("12:03 Ada: 25");
    }

    @Test
    void aChannelTurnedOffStaysOffAcrossLogins() {
        FakeConnection ada = g.player("Ada", "10.0.0.1");
        FakeConnection bobby = g.player("Bobby", "10.0.0.2");
        g.drainAll(ada);
        g.type(bobby, "chat off");
        assertThat(bobby.drain()).isEqualTo("You stop hearing the chat channel ('chat on' to hear it again).");
        g.type(ada, "chat hello?");
        assertThat(bobby.drain()).isEmpty();
        g.type(bobby, "chat hello");
        assertThat(bobby.drain()).isEqualTo("You have turned chat off; type 'chat on' to use it again.");
        g.type(bobby, "chat off");
        assertThat(bobby.drain()).isEqualTo("The chat channel is already off for you.");
        g.type(bobby, "quit");
        assertThat(g.accounts.find("bobby").toCompletableFuture().join().orElseThrow().setting("channel.chat"))
                .contains("off");

        FakeConnection again = g.login("Bobby", "10.0.0.2");
        again.drain();
        g.type(ada, "chat still there?");
        assertThat(again.drain()).isEmpty();
        g.type(again, "newbie hi");
        assertThat(ada.drain()).endsWith("[newbie] Bobby says: hi");
        again.drain();
        g.type(again, "chat on");
        assertThat(again.drain()).isEqualTo("You hear the chat channel again.");
        g.type(ada, "chat welcome back");
        assertThat(again.drain()).isEqualTo("[chat] Ada chats: welcome back");
    }

    @Test
    void aTellToAPlayerAwayIsKeptAndShownAtTheirNextLogin() {
        FakeConnection ada = g.player("Ada", "10.0.0.1");
        FakeConnection bobby = g.player("Bobby", "10.0.0.2");
        g.type(bobby, "quit");
        g.drainAll(ada);
        g.type(ada, "tell bobby The {lamp} is in the cloakroom.");
        assertThat(ada.drain()).isEqualTo("Bobby is not in the game; your message will wait for them.");
        g.reactor.advance(Duration.ofMinutes(90));
        g.type(ada, "tell Bobby And mind the cockroach.");
        ada.drain();
        g.type(ada, "tell nobody hello");
        assertThat(ada.drain()).isEqualTo("There is no player called 'nobody' in the game.");
        assertThat(mail.waiting("bobby")).isEqualTo(2);

        FakeConnection again = g.login("Bobby", "10.0.0.2");
        assertThat(again.drain()).endsWith("You have 2 messages:\n"
                + "[2026-11-27 12:00 UTC] Ada: The {lamp} is in the cloakroom.\n"
                + "[2026-11-27 13:30 UTC] Ada: And mind the cockroach.");
        assertThat(mail.waiting("bobby")).isZero();
        g.type(again, "reply Thanks!");
        assertThat(ada.drain()).isEqualTo("Bobby has entered the game.\nBobby tells you, \"Thanks!\"");
    }

    @Test
    void aTellToAPlayerWhoseConnectionDroppedWaitsForTheirReturn() {
        FakeConnection ada = g.player("Ada", "10.0.0.1");
        FakeConnection bobby = g.player("Bobby", "10.0.0.2");
        bobby.drop();
        g.reactor.runUntilIdle();
        g.drainAll(ada);
        g.type(ada, "tell bobby Are you there?");
        assertThat(ada.drain())
                .isEqualTo("Bobby is lost in thought (their connection dropped); your message will wait for them.");
        assertThat(mail.waiting("bobby")).isEqualTo(1);

        FakeConnection again = g.login("Bobby", "10.0.0.2");
        assertThat(again.drain()).contains("\nWelcome back.\n")
                .endsWith("You have 1 message:\n[2026-11-27 12:00 UTC] Ada: Are you there?");
        assertThat(ada.drain()).isEqualTo("Bobby wakes up.");
        g.type(again, "reply Yes.");
        assertThat(ada.drain()).isEqualTo("Bobby tells you, \"Yes.\"");
    }

    @Test
    void noMoreThanFiftyLettersWaitForOnePlayer() throws Exception {
        FakeConnection ada = g.player("Ada", "10.0.0.1");
        FakeConnection bobby = g.player("Bobby", "10.0.0.2");
        g.type(bobby, "quit");
        for (int i = 0; i < 50; i++) {
            mail.post(new Letter("bobby", "Ada", "note " + i, Instant.EPOCH));
        }
        ada.drain();
        g.type(ada, "tell bobby one more");
        assertThat(ada.drain()).isEqualTo("Bobby is not in the game; your message will wait for them.\n"
                + "Bobby has 50 messages waiting already; yours was not kept.");
        assertThat(mail.waiting("bobby")).isEqualTo(50);
    }
}
