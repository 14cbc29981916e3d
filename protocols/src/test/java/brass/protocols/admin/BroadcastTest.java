package brass.protocols.admin;

import static org.assertj.core.api.Assertions.assertThat;

import brass.protocols.gmcp.GmcpMessage;
import brass.protocols.account.Roles;
import brass.protocols.play.FakeConnection;
import org.junit.jupiter.api.Test;

/** announce reaches every player, with GMCP channel text. */
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
}
