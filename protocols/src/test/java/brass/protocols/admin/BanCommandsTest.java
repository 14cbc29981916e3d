package brass.protocols.admin;

import static org.assertj.core.api.Assertions.assertThat;

import brass.protocols.account.Account;
import brass.protocols.account.Roles;
import brass.protocols.play.FakeConnection;
import brass.world.model.Thing;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ban, unban and bans, typed by an admin: bans apply at once, keep names and addresses out, and expire. */
class BanCommandsTest {

    private final AdminGame g = new AdminGame();

    @Test
    void aNameBanDisconnectsThePlayerAndKeepsTheNameOutUntilItExpires() {
        FakeConnection ada = g.player("Ada", "10.0.0.1", Roles.ADMIN);
        FakeConnection mallory = g.player("Mallory", "10.0.0.2");
        FakeConnection carol = g.player("Carol", "10.0.0.3");
        g.drainAll(ada, mallory, carol);

        g.type(ada, "ban mallory 2h {blink}spamming{/}");

        assertThat(ada.drain()).isEqualTo("Mallory is banned from this game until 2026-11-27 14:00 UTC: {blink}spamming{/}.\n"
                + "Mallory has left the game.");
        assertThat(mallory.drain()).isEqualTo(
                "Mallory is banned from this game until 2026-11-27 14:00 UTC: {blink}spamming{/}.");
        assertThat(mallory.open).isFalse();
        assertThat(carol.drain()).isEqualTo("Mallory has left the game.");
        assertThat(g.game.players()).extracting(Thing::name).containsExactly("Ada", "Carol");
        // Saved, off the loop.
        assertThat(g.saved()).extracting(b -> b.target().text(), Ban::reason, Ban::by, Ban::expires)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("mallory", "{blink}spamming{/}", "Ada",
                        Instant.parse("2026-11-27T14:00:00Z")));

        // The right password from anywhere: refused, with the reason, and the connection closed.
        FakeConnection back = g.login("MALLORY", "10.0.0.9");
        assertThat(back.drain()).endsWith("\nMallory is banned from this game until 2026-11-27 14:00 UTC:"
                + " {blink}spamming{/}.");
        assertThat(back.open).isFalse();
        assertThat(g.game.players()).extracting(Thing::name).doesNotContain("Mallory");

        // Two hours on, without a restart, the ban no longer applies.
        g.reactor.advance(Duration.ofHours(2));
        FakeConnection later = g.login("Mallory", "10.0.0.2");
        assertThat(later.drain()).contains("Foyer");
        assertThat(later.open).isTrue();
        g.reactor.runUntilIdle();
        assertThat(g.saved()).isEmpty();
    }

    @Test
    void aNameBanAlsoRefusesALoginTheTransportAuthenticated() {
        FakeConnection ada = g.player("Ada", "10.0.0.1", Roles.ADMIN);
        Account mallory = g.account("Mallory", "secret12");
        g.type(ada, "ban Mallory");
        assertThat(ada.drain()).isEqualTo("Mallory is banned from this game permanently.");

        FakeConnection ssh = new FakeConnection(g.reactor, "10.0.0.5");
        ssh.listener = g.lobby.acceptAuthenticated(ssh, mallory);
        g.reactor.runUntilIdle();
        assertThat(ssh.drain()).isEqualTo("Welcome to Brass.\nMallory is banned from this game permanently.");
        assertThat(ssh.open).isFalse();
        assertThat(g.game.players()).extracting(Thing::name).containsExactly("Ada");
    }

    @Test
    void anAddressBanClosesEveryConnectionFromThereAndRefusesNewOnesBeforeTheLogin() {
        FakeConnection ada = g.player("Ada", "10.0.0.1", Roles.ADMIN);
        FakeConnection mallory = g.player("Mallory", "203.0.113.7");
        FakeConnection atLogin = g.connect("203.0.113.200");
        FakeConnection neighbour = g.player("Carol", "203.0.114.1");
        g.drainAll(ada, mallory, atLogin, neighbour);

        g.type(ada, "ban 203.0.113.9/24 30m flooding");

        assertThat(ada.drain()).isEqualTo("203.0.113.0/24 is banned from this game until 2026-11-27 12:30 UTC: flooding.\n"
                + "Mallory has left the game.");
        assertThat(mallory.drain()).isEqualTo("Your address is banned from this game until 2026-11-27 12:30 UTC: flooding.");
        assertThat(mallory.open).isFalse();
        assertThat(atLogin.drain()).isEqualTo("Your address is banned from this game until 2026-11-27 12:30 UTC: flooding.");
        assertThat(atLogin.open).isFalse();
        assertThat(neighbour.open).isTrue();

        FakeConnection again = g.connect("203.0.113.50");
        assertThat(again.drain()).isEqualTo("Your address is banned from this game until 2026-11-27 12:30 UTC: flooding.");
        assertThat(again.prompts).isEmpty();
        assertThat(again.open).isFalse();
        assertThat(g.lobby.refusal(new InetSocketAddress("203.0.113.51", 1))).isCompletedWithValue(Optional.of(
                "Your address is banned from this game until 2026-11-27 12:30 UTC: flooding."));

        g.reactor.advance(Duration.ofMinutes(30));
        assertThat(g.lobby.refusal(new InetSocketAddress("203.0.113.51", 1))).isCompletedWithValue(Optional.empty());
        assertThat(g.connect("203.0.113.50").lastPrompt()).isEqualTo("By what name shall we know you? ");
    }

    @Test
    void anIpv6AddressBansItsWholeSlash64() {
        FakeConnection ada = g.player("Ada", "2001:db8:0:1::1", Roles.ADMIN);
        g.type(ada, "ban 2001:DB8:0:2:aaaa::5");
        assertThat(ada.drain()).isEqualTo("2001:db8:0:2::/64 is banned from this game permanently.");
        assertThat(g.connect("2001:db8:0:2:ffff:1:2:3").open).isFalse();
        assertThat(g.connect("2001:db8:0:3::5").open).isTrue();
        g.type(ada, "unban 2001:db8:0:2::77");
        assertThat(ada.drain()).isEqualTo("The ban on 2001:db8:0:2::/64 is lifted.");
        assertThat(g.connect("2001:db8:0:2:ffff:1:2:3").open).isTrue();
    }

    @Test
    void bansListsWhatIsInForceAndUnbanLiftsIt() {
        FakeConnection ada = g.player("Ada", "10.0.0.1", Roles.ADMIN);
        g.type(ada, "bans");
        assertThat(ada.drain()).isEqualTo("No bans are in force.");
        g.type(ada, "ban Mallory spamming, again");
        g.type(ada, "ban 198.51.100.0/24 7d");
        g.type(ada, "ban Zed 1d12h");
        g.reactor.advance(Duration.ofMinutes(90));
        ada.drain();

        g.type(ada, "bans");
        assertThat(ada.drain()).isEqualTo("""
                Bans in force (3):
                  Mallory: permanently, by Ada: spamming, again
                  198.51.100.0/24: until 2026-12-04 12:00 UTC (6 days 22 hours left), by Ada
                  Zed: until 2026-11-29 00:00 UTC (1 day 10 hours left), by Ada""");

        g.type(ada, "unban MALLORY");
        assertThat(ada.drain()).isEqualTo("The ban on Mallory is lifted.");
        g.type(ada, "unban mallory");
        assertThat(ada.drain()).isEqualTo("There is no ban on Mallory. 'bans' lists them.");
        assertThat(g.saved()).extracting(b -> b.target().shown()).containsExactly("198.51.100.0/24", "Zed");
        g.account("Mallory", "secret12");
        assertThat(g.login("Mallory", "10.0.0.2").open).isTrue();
    }

    @Test
    void banExplainsWhatItCannotDo() {
        FakeConnection ada = g.player("Ada", "10.0.0.1", Roles.ADMIN);
        g.type(ada, "ban");
        assertThat(ada.drain()).isEqualTo(BanCommands.BAN_USAGE);
        g.type(ada, "ban 10.0.0.300");
        assertThat(ada.drain()).isEqualTo("'10.0.0.300' is neither a character's name nor an IP address (such as"
                + " 203.0.113.7, 2001:db8::1 or 203.0.113.0/24).");
        g.type(ada, "ban 10.0.0.0/33");
        assertThat(ada.drain()).isEqualTo("An IPv4 block is written /0 to /32, not /33.");
        g.type(ada, "ban ada");
        assertThat(ada.drain()).isEqualTo("You cannot ban yourself.");
        g.type(ada, "ban 10.0.0.0/8");
        assertThat(ada.drain()).isEqualTo("That would ban your own address (10.0.0.1) and shut you out too.");
        g.type(ada, "ban Mallory 0m");
        assertThat(ada.drain()).isEqualTo("A ban lasts longer than no time at all; leave the duration out for a"
                + " permanent one.");
        g.type(ada, "ban Mallory 1h " + "x".repeat(201));
        assertThat(ada.drain()).isEqualTo("A reason has at most 200 characters.");
        g.type(ada, "unban 10.0.0.7");
        assertThat(ada.drain()).isEqualTo("There is no ban on 10.0.0.7/32. 'bans' lists them.");
        assertThat(g.bans.inForce()).isEmpty();
    }

    @Test
    void bansSavedBeforeARestartApplyAfterItAndExpiredOnesAreForgotten() {
        Ban kept = new Ban(BanTarget.parse("Mallory"), "", "Ada", AdminGame.START.minusSeconds(60), null);
        Ban over = new Ban(BanTarget.parse("10.0.0.2"), "", "Ada", AdminGame.START.minusSeconds(7200),
                AdminGame.START.minusSeconds(3600));
        InMemoryBanStore store = new InMemoryBanStore();
        store.put(kept);
        store.put(over);
        AdminGame restarted = new AdminGame(store);
        restarted.account("Mallory", "secret12");
        assertThat(restarted.login("Mallory", "10.0.0.2").open).isFalse();
        assertThat(restarted.connect("10.0.0.2").open).isTrue();
        restarted.reactor.runUntilIdle();
        assertThat(store.all()).containsExactly(kept);
    }

    @Test
    void aBanThatCannotBeSavedStillHoldsAndTheAdminIsTold() {
        AdminGame broken = new AdminGame(new BanStore() {
            @Override
            public List<Ban> all() {
                return List.of();
            }

            @Override
            public void put(Ban ban) throws Exception {
                throw new java.sql.SQLException("disk full");
            }

            @Override
            public void remove(BanTarget target) {
            }
        });
        FakeConnection ada = broken.player("Ada", "10.0.0.1", Roles.ADMIN);
        broken.account("Mallory", "secret12");

        broken.type(ada, "ban Mallory");

        assertThat(ada.drain()).isEqualTo("Mallory is banned from this game permanently.\n"
                + "That holds now, but the database could not save it, so it will not outlast a restart. The log says why.");
        assertThat(broken.login("Mallory", "10.0.0.2").open).isFalse();
    }
}
