package brass.protocols.play;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.protocols.gmcp.GmcpMessage;
import brass.protocols.account.InMemoryAccountStore;
import brass.protocols.account.PasswordHasher;
import brass.protocols.account.RoleChange;
import brass.protocols.account.Roles;
import brass.protocols.guard.ClientAddress;
import brass.world.demo.DemoWorld;
import brass.world.game.Game;
import brass.world.model.Thing;
import brass.world.model.World;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LobbyTest {

    private final ManualReactor reactor = new ManualReactor();
    private final World world = DemoWorld.create();
    private final Game game = new Game(world, reactor);
    private final InMemoryAccountStore accounts = new InMemoryAccountStore();
    private final Lobby lobby = new Lobby(game, accounts, new PasswordHasher(1_000), PlaySettings.defaults());

    private FakeConnection connect(String host) {
        FakeConnection c = new FakeConnection(reactor, host);
        c.listener = lobby.accept(c);
        reactor.runUntilIdle();
        return c;
    }

    private void type(FakeConnection c, String line) {
        c.type(line);
        reactor.runUntilIdle();
    }

    private FakeConnection create(String name, String password) {
        FakeConnection c = connect("10.0.0." + name.length());
        type(c, name);
        type(c, "yes");
        type(c, password);
        type(c, password);
        return c;
    }

    @Test
    void aNewPlayerCreatesACharacterWithThePasswordHidden() {
        FakeConnection c = connect("10.0.0.1");
        assertThat(c.drain()).contains("Welcome to Brass.");
        assertThat(c.lastPrompt()).isEqualTo("By what name shall we know you? ");
        type(c, "alice");
        assertThat(c.lastPrompt()).contains("No one called Alice lives here yet. Create that character? (yes/no)");
        type(c, "yes");
        assertThat(c.echoOff).isTrue();
        assertThat(c.lastPrompt()).startsWith("Choose a password");
        type(c, "secret1");
        assertThat(c.echoOff).isTrue();
        assertThat(c.lastPrompt()).isEqualTo("Type it again: ");
        type(c, "secret1");
        assertThat(c.echoOff).isFalse();
        String text = c.drain();
        assertThat(text).contains("Welcome, Alice!").contains("Foyer");
        assertThat(text).doesNotContain("secret1");
        assertThat(accounts.find("alice").toCompletableFuture().join()).isPresent();
        assertThat(lobby.playersOnline()).isEqualTo(1);
        type(c, "look");
        assertThat(c.drain()).contains("Foyer");
    }

    @Test
    void aRoleAnOperatorGivesReachesThePlayingCharacterAtOnce() {
        create("Alice", "secret1");
        Thing alice = game.players().iterator().next();
        assertThat(lobby.account(alice).orElseThrow().roles()).isEmpty();
        RoleChange change = accounts.changeRole("alice", Roles.BUILDER, true).toCompletableFuture().join()
                .orElseThrow();
        assertThat(lobby.rolesChanged(change.after())).contains(alice);
        assertThat(lobby.account(alice).orElseThrow().roles()).containsExactly("builder");
        RoleChange other = accounts.create("Bobby", "h").thenCompose(b -> accounts.changeRole("bobby", "admin", true))
                .toCompletableFuture().join().orElseThrow();
        assertThat(lobby.rolesChanged(other.after())).isEmpty();
        assertThat(lobby.account(alice).orElseThrow().roles()).containsExactly("builder");
    }

    @Test
    void badNamesAndMismatchedPasswordsAreExplained() {
        FakeConnection c = connect("10.0.0.1");
        type(c, "x1");
        assertThat(c.drain()).contains("A name has 3 to 16 letters.");
        type(c, "new");
        assertThat(c.drain()).contains("a word the game uses");
        type(c, "Carol");
        type(c, "maybe");
        assertThat(c.lastPrompt()).contains("Please answer yes or no");
        type(c, "y");
        type(c, "short");
        assertThat(c.drain()).contains("That is too short.");
        type(c, "longenough");
        type(c, "different");
        assertThat(c.drain()).contains("The two differ");
        assertThat(c.lastPrompt()).startsWith("Choose a password");
        assertThat(accounts.find("carol").toCompletableFuture().join()).isEmpty();
    }

    @Test
    void aReturningPlayerLogsInAndAWrongPasswordIsRefusedAfterADelay() {
        FakeConnection first = create("Alice", "secret1");
        type(first, "quit");
        assertThat(first.open).isFalse();

        FakeConnection c = connect("10.0.0.9");
        type(c, "ALICE");
        assertThat(c.lastPrompt()).isEqualTo("Password: ");
        assertThat(c.echoOff).isTrue();
        type(c, "wrong");
        assertThat(c.drain()).doesNotContain("Wrong password.");
        reactor.advance(Duration.ofMillis(999));
        assertThat(c.drain()).doesNotContain("Wrong password.");
        reactor.advance(Duration.ofMillis(1));
        assertThat(c.drain()).contains("Wrong password.");
        // The second failure waits longer: the throttle doubles.
        type(c, "wrong again");
        reactor.advance(Duration.ofMillis(1500));
        assertThat(c.drain()).doesNotContain("Wrong password.");
        reactor.advance(Duration.ofMillis(600));
        assertThat(c.drain()).contains("Wrong password.");
        // A right password is still answered only after the throttle's wait.
        type(c, "secret1");
        reactor.advance(Duration.ofSeconds(4));
        assertThat(c.echoOff).isFalse();
        assertThat(c.drain()).contains("Foyer");
        assertThat(game.players()).extracting(Thing::name).containsExactly("Alice");
    }

    @Test
    void threeWrongPasswordsCloseTheConnection() {
        type(create("Alice", "secret1"), "quit");
        FakeConnection c = connect("10.0.0.7");
        type(c, "alice");
        for (int i = 0; i < 3; i++) {
            type(c, "nope" + i);
            reactor.advance(Duration.ofSeconds(10));
        }
        assertThat(c.open).isFalse();
        assertThat(c.closeReason).isEqualTo("too many wrong passwords");
    }

    @Test
    void twoPlayersSeeEachOther() {
        FakeConnection alice = create("Alice", "secret1");
        FakeConnection bob = create("Bobby", "secret2");
        assertThat(alice.drain()).contains("Bobby has entered the game.");
        type(bob, "say hello");
        assertThat(alice.drain()).contains("Bobby says, \"hello\"");
        type(alice, "down");
        assertThat(bob.drain()).contains("Alice goes down.");
        type(alice, "up");
        assertThat(bob.drain()).contains("Alice arrives from below.");
    }

    @Test
    void chatReachesEveryoneWherever() {
        FakeConnection alice = create("Alice", "secret1");
        FakeConnection bob = create("Bobby", "secret2");
        type(bob, "down");
        alice.drain();
        bob.drain();
        type(alice, "chat anyone {there}?");
        assertThat(alice.drain()).contains("[chat] You chat: anyone {there}?");
        assertThat(bob.drain()).contains("[chat] Alice chats: anyone {there}?");
    }

    @Test
    void loggingInAgainTakesOverTheCharacter() {
        FakeConnection old = create("Alice", "secret1");
        type(old, "take lamp");
        FakeConnection again = connect("10.0.0.2");
        type(again, "alice");
        type(again, "secret1");
        reactor.advance(Duration.ofSeconds(1));
        assertThat(old.drain()).contains("Someone else has connected as Alice");
        assertThat(old.open).isFalse();
        reactor.runUntilIdle();
        assertThat(again.drain()).contains("You take over Alice.");
        type(again, "inventory");
        assertThat(again.drain()).contains("lamp");
        assertThat(game.players()).hasSize(1);
        assertThat(lobby.playersOnline()).isEqualTo(1);
    }

    @Test
    void aDroppedLinkKeepsTheCharacterForTheGraceThenItLeaves() {
        FakeConnection alice = create("Alice", "secret1");
        FakeConnection bob = create("Bobby", "secret2");
        alice.drain();
        bob.drain();
        alice.drop();
        reactor.runUntilIdle();
        assertThat(bob.drain()).contains("Alice stares blankly");
        assertThat(game.players()).extracting(Thing::name).contains("Alice");
        reactor.advance(Duration.ofMinutes(2));
        assertThat(bob.drain()).contains("Alice has left the game.");
        assertThat(game.players()).extracting(Thing::name).containsExactly("Bobby");
    }

    @Test
    void reconnectingWithinTheGraceResumesWithAWelcomeBack() {
        FakeConnection alice = create("Alice", "secret1");
        FakeConnection bob = create("Bobby", "secret2");
        type(alice, "down");
        type(bob, "down");
        alice.drop();
        reactor.advance(Duration.ofSeconds(30));
        // In the dark, Bob cannot see who it is.
        assertThat(bob.drain()).endsWith("\nSomeone stares blankly, lost in thought.");
        FakeConnection back = connect("10.0.0.3");
        type(back, "alice");
        type(back, "secret1");
        reactor.advance(Duration.ofMinutes(5));
        assertThat(back.open).isTrue();
        assertThat(back.drain()).isEqualTo("Welcome to Brass.\n\nWelcome back.\nIt is pitch dark. You can't see a thing.");
        assertThat(bob.drain()).isEqualTo("Someone wakes up.");
        assertThat(lobby.isLinkDead(game.players().get(0))).isFalse();
    }

    @Test
    void theWorldsMessageOfTheDayIsShownAtLogin() {
        world.motd("{bold}Mind the cockroach.{/}");
        FakeConnection alice = create("Alice", "secret1");
        assertThat(alice.drain()).contains("\nWelcome, Alice! Type help for the commands.\nMind the cockroach.\nFoyer\n");
        type(alice, "quit");
        FakeConnection again = connect("10.0.0.9");
        type(again, "alice");
        type(again, "secret1");
        reactor.runUntilIdle();
        assertThat(again.drain()).contains("\nMind the cockroach.\nFoyer\n");
    }

    @Test
    void idlePlayersAreWarnedThenDisconnected() {
        FakeConnection alice = create("Alice", "secret1");
        alice.drain();
        assertThat(alice.listener.onIdle()).isTrue();
        assertThat(alice.drain()).contains("You have been idle a long while");
        assertThat(alice.listener.onIdle()).isFalse();
        type(alice, "look");
        assertThat(alice.listener.onIdle()).isTrue();
    }

    @Test
    void aConnectionThatHasNotLoggedInWithinAMinuteIsToldAndClosed() {
        FakeConnection c = connect("10.0.0.4");
        type(c, "Dora");
        reactor.advance(Duration.ofMillis(59_999));
        assertThat(c.open).isTrue();
        c.drain();
        reactor.advance(Duration.ofMillis(1));
        assertThat(c.drain()).isEqualTo("You took too long to log in. Goodbye.");
        assertThat(c.open).isFalse();
        assertThat(c.closeReason).isEqualTo("login timeout");
    }

    @Test
    void theLoginTimeoutIsASetting() {
        Lobby quick = new Lobby(new Game(DemoWorld.create(), reactor), accounts, new PasswordHasher(1_000),
                PlaySettings.defaults().withLoginTimeout(Duration.ofSeconds(20)));
        FakeConnection c = new FakeConnection(reactor, "10.0.0.4");
        c.listener = quick.accept(c);
        reactor.advance(Duration.ofMillis(19_999));
        assertThat(c.open).isTrue();
        reactor.advance(Duration.ofMillis(1));
        assertThat(c.closeReason).isEqualTo("login timeout");
    }

    @Test
    void aPlayerInTheGameIsNotClosedByTheLoginTimeout() {
        FakeConnection c = create("Alice", "secret1");
        reactor.advance(Duration.ofMinutes(5));
        assertThat(c.open).isTrue();
    }

    @Test
    void aQuitLeavesAtOnce() {
        FakeConnection alice = create("Alice", "secret1");
        FakeConnection bob = create("Bobby", "secret2");
        bob.drain();
        type(alice, "quit");
        assertThat(alice.open).isFalse();
        assertThat(bob.drain()).contains("Alice has left the game.");
        assertThat(lobby.playersOnline()).isEqualTo(1);
    }

    @Test
    void commChannelListOffersTheChannelsTheAccountMayTalkOnAndBuildersOnlyToTheStaff() {
        FakeConnection alice = create("Alice", "secret1");
        assertThat(alice.gmcp).filteredOn(m -> m.gmcpPackage().equals("Comm.Channel.List"))
                .extracting(GmcpMessage::json).containsExactly("[{\"name\":\"chat\",\"caption\":\"Chat\","
                        + "\"command\":\"chat\"},{\"name\":\"newbie\",\"caption\":\"Newbie\",\"command\":\"newbie\"}]");
        type(alice, "quit");
        accounts.changeRole("alice", Roles.BUILDER, true).toCompletableFuture().join();
        FakeConnection again = connect("10.0.0.9");
        type(again, "alice");
        type(again, "secret1");
        assertThat(again.drain()).contains("Foyer");
        assertThat(again.gmcp).filteredOn(m -> m.gmcpPackage().equals("Comm.Channel.List"))
                .extracting(GmcpMessage::json).containsExactly("[{\"name\":\"chat\",\"caption\":\"Chat\","
                        + "\"command\":\"chat\"},{\"name\":\"newbie\",\"caption\":\"Newbie\",\"command\":\"newbie\"},"
                        + "{\"name\":\"builders\",\"caption\":\"Builders\",\"command\":\"builders\"}]");
    }

    @Test
    void roomInfoIsSentOverGmcpWhenThePlayerMoves() {
        FakeConnection alice = create("Alice", "secret1");
        assertThat(alice.gmcp).extracting(m -> m.gmcpPackage()).contains("Char.Name", "Comm.Channel.List", "Room.Info");
        alice.gmcp.clear();
        type(alice, "down");
        assertThat(alice.gmcp).extracting(m -> m.gmcpPackage()).containsExactly("Room.Info");
        assertThat(alice.gmcp.get(0).json()).contains("\"cellar\"");
    }

    @Test
    void transportAuthenticationSharesTheThrottleAndEntersDirectly() {
        type(create("Alice", "secret1"), "quit");
        var wrong = lobby.authenticate("alice", "nope", new ClientAddress("10.9.9.9"));
        reactor.runUntilIdle();
        assertThat(wrong).isNotDone();
        reactor.advance(Duration.ofSeconds(1));
        assertThat(wrong).isCompletedWithValue(java.util.Optional.empty());
        var unknown = lobby.authenticate("nobody", "x", new ClientAddress("10.9.9.8"));
        reactor.runUntilIdle();
        reactor.advance(Duration.ofSeconds(1));
        assertThat(unknown).isCompletedWithValue(java.util.Optional.empty());
        var right = lobby.authenticate("ALICE", "secret1", new ClientAddress("10.9.9.7"));
        reactor.runUntilIdle();
        // The name has failed, but not this address: the right password is let in at once.
        assertThat(right).isDone();
        var account = right.join().orElseThrow();

        FakeConnection ssh = new FakeConnection(reactor, "10.9.9.7");
        ssh.listener = lobby.acceptAuthenticated(ssh, account);
        reactor.runUntilIdle();
        assertThat(ssh.drain()).contains("Foyer");
        Thing alice = game.players().get(0);
        assertThat(lobby.account(alice)).contains(account);
        var withKey = lobby.updateAccount(alice, account.withPublicKeys(java.util.List.of("ssh-ed25519 AAAA k")));
        reactor.runUntilIdle();
        assertThat(withKey).isDone();
        assertThat(withKey.join().publicKeys()).hasSize(1);
        assertThat(lobby.account(alice).orElseThrow().publicKeys()).hasSize(1);
    }

    @Test
    void aScriptedLoginSentAllAtOnceStillWorks() {
        FakeConnection c = connect("10.0.0.5");
        for (String line : new String[] {"Dora", "yes", "secret9", "secret9", "look"}) {
            c.type(line);
        }
        reactor.runUntilIdle();
        assertThat(c.drain()).contains("Welcome, Dora!").contains("Foyer");
        type(c, "quit");
        FakeConnection back = connect("10.0.0.5");
        for (String line : new String[] {"dora", "secret9", "inventory"}) {
            back.type(line);
        }
        reactor.advance(Duration.ofSeconds(1));
        assertThat(back.drain()).contains("You are empty-handed.");
    }
}
