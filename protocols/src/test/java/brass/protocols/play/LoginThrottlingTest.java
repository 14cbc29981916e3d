package brass.protocols.play;

import static org.assertj.core.api.Assertions.assertThat;

import brass.protocols.account.Account;
import brass.protocols.account.InMemoryAccountStore;
import brass.protocols.account.PasswordHasher;
import brass.protocols.guard.ClientAddress;
import brass.world.demo.DemoWorld;
import brass.world.game.Game;
import brass.world.model.Thing;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Password guessing against the login throttle, on the manual clock: many connections from one
 * address, many addresses at one name, telnet and SSH together, and the owner of the name
 * logging in while it is under attack.
 */
class LoginThrottlingTest {

    private static final String WRONG = "Wrong password.";

    private final HashCountingReactor reactor = new HashCountingReactor();
    private final Game game = new Game(DemoWorld.create(), reactor);
    private final InMemoryAccountStore accounts = new InMemoryAccountStore();
    // Logins may take an hour here, so that only the throttle decides when guesses are answered.
    private final Lobby lobby = new Lobby(game, accounts, new PasswordHasher(1_000),
            PlaySettings.defaults().withLoginTimeout(Duration.ofHours(1)));

    @BeforeEach
    void twoAccounts() {
        create("Alice", "secret1");
        create("Bobby", "secret2");
    }

    private void create(String name, String password) {
        FakeConnection c = connect("192.168.0.1", 1);
        type(c, name);
        type(c, "yes");
        type(c, password);
        type(c, password);
        type(c, "quit");
    }

    private FakeConnection connect(String host, int port) {
        FakeConnection c = new FakeConnection(reactor, host, port);
        c.listener = lobby.accept(c);
        reactor.runUntilIdle();
        return c;
    }

    private void type(FakeConnection c, String line) {
        c.type(line);
        reactor.runUntilIdle();
    }

    /**
     * Guessers: connections from {@code host} (distinct source ports), each guessing the name's
     * password again as soon as its last guess is answered, until it is thrown out.
     */
    private final class Guessers {
        final List<FakeConnection> connections = new ArrayList<>();
        int answers;
        private int guesses;

        Guessers(String host, int count, String name) {
            for (int i = 0; i < count; i++) {
                FakeConnection c = connect(host, 50_000 + i);
                type(c, name);
                connections.add(c);
            }
            for (FakeConnection c : connections) {
                type(c, "guess" + guesses++);
            }
        }

        /** Lets {@code time} pass a second at a time, guessing again after every answer. */
        void run(Duration time) {
            for (long seconds = time.toSeconds(); seconds > 0; seconds--) {
                reactor.advance(Duration.ofSeconds(1));
                for (FakeConnection c : connections) {
                    if (c.lines.isEmpty()) {
                        continue;
                    }
                    String seen = c.drain();
                    int answered = seen.split(WRONG, -1).length - 1;
                    answers += answered;
                    if (answered > 0 && c.open) {
                        type(c, "guess" + guesses++);
                    }
                }
            }
        }
    }

    @Test
    void twoHundredConnectionsFromOneAddressGetTheAnswersOfOne() {
        Guessers attack = new Guessers("10.1.1.1", 200, "alice");
        attack.run(Duration.ofSeconds(76));
        // One guess at a time from the address, each failure doubling its wait: answers at
        // 1, 3, 7, 15, 31 and 63 s; the seventh guess was hashed at 63 s and waits a minute.
        assertThat(attack.answers).isEqualTo(6);
        assertThat(reactor.hashesStarted()).isEqualTo(7);
        assertThat(reactor.mostHashesAtOnce()).isEqualTo(1);
        // From then on, one guess a minute.
        attack.run(Duration.ofMinutes(10));
        assertThat(attack.answers).isEqualTo(6 + 10);
        assertThat(reactor.hashesStarted()).isEqualTo(7 + 10);
    }

    @Test
    void theOwnerFromACleanAddressIsLetInAtOnceDuringTheAttack() {
        Guessers attack = new Guessers("10.1.1.1", 50, "alice");
        attack.run(Duration.ofSeconds(100));
        FakeConnection owner = connect("10.2.2.2", 1);
        type(owner, "alice");
        type(owner, "secret1");
        assertThat(owner.drain()).contains("Foyer");
        assertThat(game.players()).extracting(Thing::name).containsExactly("Alice");
        // The attack goes on being throttled as before.
        int before = attack.answers;
        attack.run(Duration.ofSeconds(60));
        assertThat(attack.answers - before).isEqualTo(1);
    }

    @Test
    void guessesFromManyAddressesAtOneNameAreHashedOneAtATime() {
        List<FakeConnection> bots = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            FakeConnection c = connect("10.5.0." + i, 1);
            type(c, "alice");
            bots.add(c);
        }
        for (FakeConnection c : bots) {
            c.type("guess");
        }
        reactor.runUntilIdle();
        assertThat(reactor.hashesStarted()).isEqualTo(20);
        assertThat(reactor.mostHashesAtOnce()).isEqualTo(1);
    }

    @Test
    void aGuessWaitingItsTurnCostsNoHashIfItsClientLeaves() {
        FakeConnection first = connect("10.4.4.4", 1);
        FakeConnection second = connect("10.4.4.4", 2);
        type(first, "alice");
        type(second, "alice");
        type(first, "guess1");
        type(second, "guess2");
        assertThat(reactor.hashesStarted()).isEqualTo(1);
        assertThat(lobby.passwordChecks().waitingCount()).isEqualTo(1);
        // The second client leaves before the first guess is answered.
        second.drop();
        reactor.runUntilIdle();
        assertThat(lobby.passwordChecks().waitingCount()).isZero();
        reactor.advance(Duration.ofMinutes(2));
        assertThat(reactor.hashesStarted()).isEqualTo(1);
        assertThat(first.drain()).contains(WRONG);
    }

    @Test
    void telnetFailuresSlowSshAttemptsFromTheSameAddressAndBack() {
        threeWrongPasswordsByTelnet("10.3.3.3");
        // The address's fourth failure, by SSH and at another name, waits 8 s, not 1.
        CompletableFuture<Optional<Account>> ssh = authenticate("bobby", "nope", "10.3.3.3");
        reactor.advance(Duration.ofMillis(7_999));
        assertThat(ssh).isNotDone();
        reactor.advance(Duration.ofMillis(1));
        assertThat(ssh).isCompletedWithValue(Optional.empty());
        // And the fifth, by telnet again, waits 16 s.
        FakeConnection again = connect("10.3.3.3", 2);
        type(again, "bobby");
        type(again, "nope");
        reactor.advance(Duration.ofMillis(15_999));
        assertThat(again.drain()).doesNotContain(WRONG);
        reactor.advance(Duration.ofMillis(1));
        assertThat(again.drain()).contains(WRONG);
    }

    @Test
    void addressesInOneIpv6Slash64CountTogether() {
        threeWrongPasswordsByTelnet("2001:db8:1:2::10");
        // Another interface in the same /64: its first failure is the prefix's fourth (8 s).
        CompletableFuture<Optional<Account>> same = authenticate("bobby", "nope", "2001:db8:1:2::20");
        reactor.advance(Duration.ofMillis(7_999));
        assertThat(same).isNotDone();
        reactor.advance(Duration.ofMillis(1));
        assertThat(same).isDone();
        // Another /64 is clean: the right password for the name the prefix attacked gets in at once.
        CompletableFuture<Optional<Account>> other = authenticate("alice", "secret1", "2001:db8:1:3::10");
        assertThat(other.join()).map(Account::name).contains("Alice");
    }

    /** Alice's password, wrong three times from {@code host}, each answered (1, 2 and 4 s) before the next. */
    private void threeWrongPasswordsByTelnet(String host) {
        FakeConnection telnet = connect(host, 1);
        type(telnet, "alice");
        for (int i = 0; i < 3; i++) {
            type(telnet, "nope" + i);
            reactor.advance(Duration.ofSeconds(4));
        }
        assertThat(telnet.drain().split(WRONG, -1)).hasSize(4);
    }

    /** An SSH password login, as {@code SshGameServer} asks for it. */
    private CompletableFuture<Optional<Account>> authenticate(String name, String password, String host) {
        CompletableFuture<Optional<Account>> result;
        try {
            result = lobby.authenticate(name, password, ClientAddress.of(InetAddress.getByName(host)));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(host, e);
        }
        reactor.runUntilIdle();
        return result;
    }
}
