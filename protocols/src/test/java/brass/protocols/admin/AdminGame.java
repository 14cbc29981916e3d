package brass.protocols.admin;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.protocols.account.Account;
import brass.protocols.account.InMemoryAccountStore;
import brass.protocols.account.PasswordHasher;
import brass.protocols.play.FakeConnection;
import brass.protocols.play.Lobby;
import brass.protocols.play.PlaySettings;
import brass.world.demo.DemoWorld;
import brass.world.game.Game;
import brass.world.model.Thing;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo world behind a lobby with the admin commands installed, on the manual clock: players
 * log in over fake connections and type, as over telnet. Roles are given through the account
 * store, as {@code bin/brass admin grant} does.
 */
final class AdminGame {

    /** Wall-clock time that moves with the manual reactor: bans expire as the test advances it. */
    static final class ReactorClock extends Clock {
        private final ManualReactor reactor;
        private final Instant start;

        ReactorClock(ManualReactor reactor, Instant start) {
            this.reactor = reactor;
            this.start = start;
        }

        @Override
        public Instant instant() {
            return start.plusNanos(reactor.now());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    static final Instant START = Instant.parse("2026-11-27T12:00:00Z");

    final ManualReactor reactor = new ManualReactor();
    final Game game = new Game(DemoWorld.create(), reactor);
    final InMemoryAccountStore accounts = new InMemoryAccountStore();
    final PasswordHasher hasher = new PasswordHasher(1_000);
    final Lobby lobby = new Lobby(game, accounts, hasher, PlaySettings.defaults());
    final BanStore banStore;
    final Bans bans;
    /** Why the server was told to stop, once per stop. */
    final List<String> stops = new ArrayList<>();

    AdminGame() {
        this(new InMemoryBanStore());
    }

    /** A game whose ban store is {@code store}, read as at start. */
    AdminGame(BanStore store) {
        banStore = store;
        try {
            bans = new Bans(reactor, store, new ReactorClock(reactor, START), store.all());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        AdminCommands.install(lobby, bans, stops::add);
    }

    /** What the store holds now. */
    List<Ban> saved() {
        try {
            return banStore.all();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes an account and grants it {@code roles} through the store, as an operator does. */
    Account account(String name, String password, String... roles) {
        Account made = accounts.create(name, hasher.hash(password)).toCompletableFuture().join();
        for (String role : roles) {
            made = accounts.changeRole(name, role, true).toCompletableFuture().join().orElseThrow().after();
        }
        return made;
    }

    /** A client connecting from {@code host}; the lobby has answered it. */
    FakeConnection connect(String host) {
        FakeConnection c = new FakeConnection(reactor, host);
        c.listener = lobby.accept(c);
        reactor.runUntilIdle();
        return c;
    }

    /** Makes the account and logs it in from {@code host}; its text so far is drained. */
    FakeConnection player(String name, String host, String... roles) {
        account(name, "secret12", roles);
        FakeConnection c = login(name, host);
        assertThat(c.drain()).contains("Foyer");
        return c;
    }

    /** Logs an existing account (password secret12) in from {@code host}, through the dialogue. */
    FakeConnection login(String name, String host) {
        FakeConnection c = connect(host);
        type(c, name);
        type(c, "secret12");
        return c;
    }

    void type(FakeConnection c, String line) {
        c.type(line);
        reactor.runUntilIdle();
    }

    Thing character(String name) {
        return game.players().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    /** Everyone's pending text, thrown away. */
    void drainAll(FakeConnection... connections) {
        for (FakeConnection c : connections) {
            c.drain();
        }
    }
}
