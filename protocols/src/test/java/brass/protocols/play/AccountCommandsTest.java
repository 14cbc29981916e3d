package brass.protocols.play;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.protocols.account.Account;
import brass.protocols.account.InMemoryAccountStore;
import brass.protocols.account.PasswordHasher;
import brass.protocols.account.Roles;
import brass.protocols.session.ClientCapabilities;
import brass.world.demo.DemoWorld;
import brass.world.game.Game;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code password}, {@code who} and {@code score} as a player types them through the lobby: the
 * password dialogue with echo off, its refusals, the new hash stored; roles and link-dead players
 * in {@code who}, a page of it as long as the window; play time added to the account as each session ends.
 */
class AccountCommandsTest {

    private final ManualReactor reactor = new ManualReactor();
    private final Game game = new Game(DemoWorld.create(), reactor);
    private final InMemoryAccountStore accounts = new InMemoryAccountStore();
    private final PasswordHasher hasher = new PasswordHasher(1_000);
    private final Lobby lobby = new Lobby(game, accounts, hasher,
            PlaySettings.defaults().withLinkDeadGrace(Duration.ofHours(3)));

    private final LobbyPlayers players = new LobbyPlayers(lobby, reactor);

    private FakeConnection login(String name, String password, boolean create) {
        return players.login(name, password, create);
    }

    private String type(FakeConnection c, String line) {
        return players.type(c, line);
    }

    private Account stored(String name) {
        return accounts.find(name).toCompletableFuture().join().orElseThrow();
    }

    @Test
    void passwordAsksTheOldOneThenTheNewOneTwiceWithEchoOff() {
        FakeConnection c = login("alice", "secret1", true);
        int prompts = c.prompts.size();
        assertThat(type(c, "password")).isEmpty();
        assertThat(c.prompts.subList(prompts, c.prompts.size())).containsExactly("Old password (an empty line keeps it): ");
        assertThat(c.echoOff).isTrue();
        assertThat(type(c, "secret1")).isEmpty();
        assertThat(c.lastPrompt()).isEqualTo("New password (6 or more characters): ");
        assertThat(c.echoOff).isTrue();
        assertThat(type(c, "short")).isEqualTo("\nThat is too short.");
        assertThat(c.lastPrompt()).isEqualTo("New password (6 or more characters): ");
        assertThat(type(c, "clockwork9")).isEmpty();
        assertThat(c.lastPrompt()).isEqualTo("Type it again: ");
        assertThat(type(c, "clockwork9")).isEqualTo("\nYour password is changed.");
        assertThat(c.echoOff).isFalse();
        assertThat(c.lastPrompt()).isEqualTo("> ");
        assertThat(hasher.verify("clockwork9", stored("alice").passwordHash())).isTrue();
        assertThat(hasher.verify("secret1", stored("alice").passwordHash())).isFalse();
        // The game has the input back.
        assertThat(type(c, "say done")).isEqualTo("You say, \"done\"");
    }

    @Test
    void aWrongOldPasswordAMismatchOrAnEmptyLineChangeNothing() {
        FakeConnection c = login("alice", "secret1", true);
        String hash = stored("alice").passwordHash();
        type(c, "passwd");
        assertThat(type(c, "")).isEqualTo("\nYour password is unchanged.");
        assertThat(c.echoOff).isFalse();
        type(c, "password");
        assertThat(type(c, "wrong-one")).isEmpty();
        // A wrong password is answered after a pause, as at login.
        reactor.advance(Duration.ofSeconds(1));
        assertThat(c.drain()).isEqualTo("Wrong password; your password is unchanged.");
        assertThat(c.echoOff).isFalse();
        assertThat(c.lastPrompt()).isEqualTo("> ");
        // It slows the next check of the name too.
        reactor.advance(Duration.ofMinutes(1));
        type(c, "password");
        type(c, "secret1");
        type(c, "clockwork9");
        assertThat(type(c, "clockwork8")).isEqualTo("\nThe two differ; your password is unchanged.");
        assertThat(stored("alice").passwordHash()).isEqualTo(hash);
        assertThat(type(c, "look")).startsWith("Foyer");
    }

    @Test
    void aPlayerWhoLeavesDuringTheDialogueLeavesNothingBehind() {
        FakeConnection c = login("alice", "secret1", true);
        type(c, "password");
        type(c, "secret1");
        c.drop();
        reactor.runUntilIdle();
        FakeConnection again = login("alice", "secret1", false);
        assertThat(type(again, "say back")).isEqualTo("You say, \"back\"");
    }

    @Test
    void whoShowsRolesIdleTimeAndLinkDeadPlayers() {
        FakeConnection alice = login("alice", "secret1", true);
        FakeConnection dora = login("dora", "secret2", true);
        accounts.changeRole("alice", Roles.BUILDER, true);
        lobby.rolesChanged(stored("alice"));
        reactor.advance(Duration.ofMinutes(5));
        type(dora, "look");
        alice.drop();
        reactor.runUntilIdle();
        assertThat(dora.drain()).isEqualTo("Alice stares blankly, lost in thought.");
        assertThat(type(dora, "who")).isEqualTo("Players in the game:\n  Alice  [builder], idle 5m, link-dead\n  Dora\n"
                + "2 players.");
        accounts.changeRole("dora", Roles.ADMIN, true);
        lobby.rolesChanged(stored("dora"));
        reactor.advance(Duration.ofMinutes(61));
        assertThat(type(dora, "who")).isEqualTo("Players in the game:\n  Dora   [admin]\n"
                + "  Alice  [builder], idle 1h06m, link-dead\n2 players.");
        assertThat(type(dora, "score")).startsWith("Dora [admin]\n");
    }

    @Test
    void aPageOfWhoFillsTheWindowTheClientTold() {
        List<String> names = List.of("alice", "bruno", "carla", "dimitri", "elena", "farid", "greta", "hiro");
        List<FakeConnection> connections = new ArrayList<>();
        for (String name : names) {
            connections.add(login(name, "secret1", true));
        }
        FakeConnection alice = connections.get(0);
        alice.drain();
        // 24 rows until told: pages of 20, so eight players fit one.
        assertThat(type(alice, "who")).isEqualTo("Players in the game:\n  Alice\n  Bruno\n  Carla\n  Dimitri\n"
                + "  Elena\n  Farid\n  Greta\n  Hiro\n8 players.");
        // A window of ten rows: six a page, with the header, the count, the page line and the prompt.
        alice.capabilities = ClientCapabilities.DEFAULT.withSize(80, 10);
        assertThat(type(alice, "who")).isEqualTo("Players in the game:\n  Alice\n  Bruno\n  Carla\n  Dimitri\n"
                + "  Elena\n  Farid\n8 players.\nPage 1 of 2. Type 'more' (or 'who 2') for the next.");
        assertThat(type(alice, "more")).isEqualTo("Players in the game:\n  Greta\n  Hiro\n8 players.\nPage 2 of 2.");
        // A window too small for a page of five still shows five.
        alice.capabilities = ClientCapabilities.DEFAULT.withSize(80, 3);
        assertThat(type(alice, "who 2")).isEqualTo("Players in the game:\n  Farid\n  Greta\n  Hiro\n8 players.\n"
                + "Page 2 of 2.");
    }

    @Test
    void playTimeIsAddedToTheAccountAsEachSessionEnds() {
        FakeConnection alice = login("alice", "secret1", true);
        reactor.advance(Duration.ofMinutes(90));
        assertThat(type(alice, "score")).startsWith("Alice\nAge: 1 hour 30 minutes\nPlayed: 1 hour 30 minutes\n");
        type(alice, "quit");
        assertThat(stored("alice").played()).isEqualTo(Duration.ofMinutes(90));
        alice = login("alice", "secret1", false);
        reactor.advance(Duration.ofMinutes(30));
        // The character's age is told by the wall clock between sessions, by the game's within one.
        assertThat(type(alice, "score")).startsWith("Alice\nAge: 30 minutes\nPlayed: 2 hours\n");
        // A dropped connection counts until it dropped, not while the character waits link-dead.
        alice.drop();
        reactor.runUntilIdle();
        assertThat(stored("alice").played()).isEqualTo(Duration.ofMinutes(120));
        reactor.advance(Duration.ofMinutes(1));
        FakeConnection back = login("alice", "secret1", false);
        assertThat(type(back, "score")).startsWith("Alice\nAge: less than a minute\nPlayed: 2 hours\n");
    }

    @Test
    void aMistypedCommandMaySuggestOneOfThePlayersAliases() {
        FakeConnection c = login("alice", "secret1", true);
        type(c, "alias lantern take lamp");
        assertThat(type(c, "lantren")).isEqualTo("I don't know the verb 'lantren'. Did you mean 'lantern'?");
        assertThat(type(c, "lok")).isEqualTo("I don't know the verb 'lok'. Did you mean 'look'?");
    }
}
