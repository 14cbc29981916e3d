package brass.protocols.admin;

import static org.assertj.core.api.Assertions.assertThat;

import brass.protocols.gmcp.GmcpMessage;
import brass.protocols.account.Roles;
import brass.protocols.play.FakeConnection;
import org.junit.jupiter.api.Test;

/** announce reaches every player; wiz only builders and admins; both with GMCP channel text. */
class BroadcastTest {

    private final AdminGame g = new AdminGame();

    @Test
    void anAnnouncementReachesEveryPlayerMarkedAndEscaped() {
        FakeConnection ada = g.player("Ada", "10.0.0.1", Roles.ADMIN);
        FakeConnection bobby = g.player("Bobby", "10.0.0.2");
        g.type(bobby, "down");
        g.drainAll(ada, bobby);
        ada.gmcp.clear();
        bobby.gmcp.clear();

        g.type(ada, "announce The inn closes at {red}midnight{/}.");

        assertThat(bobby.lines).containsExactly("{yellow}[announcement]{/} The inn closes at {{red}midnight{{/}.");
        assertThat(bobby.drain()).isEqualTo("[announcement] The inn closes at {red}midnight{/}.");
        assertThat(ada.drain()).isEqualTo("[announcement] The inn closes at {red}midnight{/}.");
        assertThat(bobby.gmcp).extracting(GmcpMessage::gmcpPackage, GmcpMessage::json).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Comm.Channel.Text",
                        "{\"channel\":\"announce\",\"talker\":\"Ada\",\"text\":\"The inn closes at {red}midnight{/}.\"}"));
        g.type(ada, "announce");
        assertThat(ada.drain()).isEqualTo("Announce what?");
        assertThat(bobby.drain()).isEmpty();
    }

    @Test
    void theWizChannelIsHeardByBuildersAndAdminsOnly() {
        FakeConnection ada = g.player("Ada", "10.0.0.1", Roles.ADMIN);
        FakeConnection bea = g.player("Beatrix", "10.0.0.2", Roles.BUILDER);
        FakeConnection carol = g.player("Carol", "10.0.0.3");
        g.type(bea, "north");
        g.drainAll(ada, bea, carol);
        bea.gmcp.clear();
        carol.gmcp.clear();

        g.type(bea, "wiz the {cellar} needs a lamp");

        assertThat(bea.drain()).isEqualTo("[wiz] You say: the {cellar} needs a lamp");
        assertThat(ada.drain()).isEqualTo("[wiz] Beatrix says: the {cellar} needs a lamp");
        assertThat(carol.drain()).isEmpty();
        assertThat(carol.gmcp).isEmpty();
        assertThat(bea.gmcp).extracting(GmcpMessage::json)
                .containsExactly("{\"channel\":\"wiz\",\"talker\":\"Beatrix\",\"text\":\"the {cellar} needs a lamp\"}");
        g.type(ada, "wiz");
        assertThat(ada.drain()).isEqualTo("Say what on the wiz channel?");
    }
}
