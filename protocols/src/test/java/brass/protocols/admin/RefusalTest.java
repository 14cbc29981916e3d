package brass.protocols.admin;

import static org.assertj.core.api.Assertions.assertThat;

import brass.protocols.account.Roles;
import brass.protocols.play.FakeConnection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every admin command, typed by an ordinary player, is refused in the same words and does nothing. */
class RefusalTest {

    private final AdminGame g = new AdminGame();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "goto cellar            | goto",
            "goto Bobby             | goto",
            "where                  | where",
            "where Bobby            | where",
            "transfer Bobby cellar  | transfer",
            "kick Bobby go away     | kick",
            "ban Bobby 2h spamming  | ban",
            "ban 10.0.0.2           | ban",
            "unban Bobby            | unban",
            "bans                   | bans",
            "announce free beer     | announce",
            "shutdown now           | shutdown",
            "shutdown cancel        | shutdown",
    })
    void anOrdinaryPlayerIsRefused(String line, String verb) {
        FakeConnection mallory = g.player("Mallory", "10.0.0.1");
        FakeConnection bobby = g.player("Bobby", "10.0.0.2");
        g.bans.put(new Ban(BanTarget.parse("Bobby"), "", "Ada", AdminGame.START, null));
        g.reactor.runUntilIdle();
        g.drainAll(mallory, bobby);

        g.type(mallory, line);

        assertThat(mallory.drain()).isEqualTo("Only admins may use '" + verb + "'.");
        assertThat(bobby.drain()).isEmpty();
        assertThat(bobby.open).isTrue();
        assertThat(g.character("Mallory").room().id()).isEqualTo("foyer");
        assertThat(g.character("Bobby").room().id()).isEqualTo("foyer");
        assertThat(g.bans.inForce()).extracting(b -> b.target().shown()).containsExactly("Bobby");
        assertThat(g.stops).isEmpty();
        g.reactor.advance(java.time.Duration.ofMinutes(10));
        assertThat(g.stops).isEmpty();
        assertThat(bobby.drain()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"wiz hello builders", "wiz", "builders hello", "builders history", "builders off"})
    void anOrdinaryPlayerIsRefusedTheBuildersChannel(String line) {
        FakeConnection mallory = g.player("Mallory", "10.0.0.1");
        FakeConnection ada = g.player("Ada", "10.0.0.3", Roles.ADMIN);
        g.drainAll(mallory, ada);

        g.type(mallory, line);

        assertThat(mallory.drain()).isEqualTo("Only builders and admins may use 'builders'.");
        assertThat(ada.drain()).isEmpty();
    }
}
