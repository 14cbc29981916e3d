package brass.protocols.play;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.protocols.account.InMemoryAccountStore;
import brass.protocols.account.PasswordHasher;
import brass.protocols.render.ColourLevel;
import brass.world.demo.DemoWorld;
import brass.world.game.Game;
import brass.protocols.account.Account;
import brass.protocols.account.AccountStore;
import brass.protocols.account.RoleChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** brief/verbose, prompt, colour and aliases, typed as a player types them, kept with the account. */
class HabitsTest {

    private final ManualReactor reactor = new ManualReactor();
    private final Game game = new Game(DemoWorld.create(), reactor);
    private final InMemoryAccountStore accounts = new InMemoryAccountStore();
    /** Writes wait here until a test lets them land, as a busy database's do. */
    private final List<Runnable> heldWrites = new ArrayList<>();
    private boolean holdWrites;
    private final AccountStore store = new AccountStore() {
        @Override
        public CompletionStage<Optional<Account>> find(String name) {
            return accounts.find(name);
        }

        @Override
        public CompletionStage<Optional<Account>> findLookAlike(String name) {
            return accounts.findLookAlike(name);
        }

        @Override
        public CompletionStage<Account> create(String name, String passwordHash) {
            return accounts.create(name, passwordHash);
        }

        @Override
        public CompletionStage<Account> update(Account account) {
            if (!holdWrites) {
                return accounts.update(account);
            }
            CompletableFuture<Account> done = new CompletableFuture<>();
            heldWrites.add(() -> accounts.update(account).whenComplete((a, e) -> done.complete(a)));
            return done;
        }

        @Override
        public CompletionStage<Account> addPlayed(Account account, java.time.Duration more) {
            return accounts.addPlayed(account, more);
        }

        @Override
        public CompletionStage<Optional<RoleChange>> changeRole(String name, String role, boolean grant) {
            return accounts.changeRole(name, role, grant);
        }

        @Override
        public CompletionStage<Long> count() {
            return accounts.count();
        }
    };
    private final Lobby lobby = new Lobby(game, store, new PasswordHasher(1_000), PlaySettings.defaults());

    private final LobbyPlayers players = new LobbyPlayers(lobby, reactor);

    private FakeConnection login(String name, boolean create) {
        return players.login(name, "secret1", create);
    }

    private String type(FakeConnection c, String line) {
        return players.type(c, line);
    }

    private Map<String, String> stored(String name) {
        return accounts.find(name).toCompletableFuture().join().orElseThrow().settings();
    }

    @Test
    void briefLeavesOutTheDescriptionOnArrivalAndVerboseBringsItBack() {
        FakeConnection c = login("alice", true);
        assertThat(type(c, "brief")).isEqualTo("Brief mode: arriving in a room shows its name, exits and what is there.");
        assertThat(type(c, "north")).isEqualTo("Hall\nExits: north, south.\nYou see a table here.\n"
                + "On the table you see a red key and a blue key.\nBob is here.");
        assertThat(type(c, "look")).startsWith("Hall\nA long hall hung with portraits");
        assertThat(stored("alice")).containsEntry("brief", "on");
        type(c, "quit");
        FakeConnection again = login("alice", false);
        assertThat(type(again, "south")).isEqualTo("Foyer\nExits: north, down, out.\nYou see a brass lamp here.");
        assertThat(type(again, "verbose")).isEqualTo("Verbose mode: arriving in a room shows its full description.");
        assertThat(type(again, "north")).startsWith("Hall\nA long hall hung with portraits");
        assertThat(stored("alice")).doesNotContainKey("brief");
    }

    @Test
    void thePromptShowsTheRoomAndAMarkerAsChosen() {
        FakeConnection c = login("alice", true);
        assertThat(c.lastPrompt()).isEqualTo("> ");
        assertThat(type(c, "prompt")).isEqualTo("Your prompt is '>'. Choose another with 'prompt <format>'; codes: "
                + "%r room, %n your name, %e exits, %% a percent sign.");
        assertThat(type(c, "prompt %n in %r [%e] 100%% >")).isEqualTo("Your prompt is now '%n in %r [%e] 100%% >'.");
        assertThat(c.lastPrompt()).isEqualTo("Alice in Foyer [n,d,out] 100% > ");
        type(c, "n");
        assertThat(c.lastPrompt()).isEqualTo("Alice in Hall [n,s] 100% > ");
        assertThat(type(c, "prompt %x")).isEqualTo("'%x' is not a prompt code. The codes: %r room, %n your name,"
                + " %e exits, %% a percent sign.");
        assertThat(type(c, "prompt {red}%r")).isEqualTo("Your prompt is now '{red}%r'.");
        assertThat(c.lastPrompt()).isEqualTo("{{red}Hall ");
        type(c, "quit");
        FakeConnection again = login("alice", false);
        type(again, "look");
        assertThat(again.lastPrompt()).isEqualTo("{{red}Hall ");
        assertThat(type(again, "prompt default")).isEqualTo("Your prompt is '>' again.");
        assertThat(again.lastPrompt()).isEqualTo("> ");
        assertThat(stored("alice")).doesNotContainKey("prompt");
    }

    @Test
    void colourIsChosenPerAccount() {
        FakeConnection c = login("alice", true);
        assertThat(type(c, "colour")).isEqualTo("Colour: what your client says it shows. Choose with 'colour on',"
                + " 'colour off', 'colour 256', 'colour truecolor' or 'colour auto'.");
        assertThat(type(c, "colour off")).isEqualTo("Colour: off.");
        assertThat(c.colourChoice).isEqualTo(ColourLevel.NONE);
        assertThat(type(c, "color 256")).isEqualTo("Colour: 256 colours.");
        assertThat(type(c, "colour purple")).isEqualTo("Colour can be on, off, 256, truecolor or auto.");
        type(c, "quit");
        FakeConnection again = login("alice", false);
        assertThat(again.colourChoice).isEqualTo(ColourLevel.ANSI256);
        assertThat(type(again, "colour truecolor")).isEqualTo("Colour: true colour.");
        assertThat(again.colourChoice).isEqualTo(ColourLevel.TRUECOLOR);
        assertThat(type(again, "colour auto")).isEqualTo("Colour: what your client says it shows.");
        assertThat(again.colourChoice).isNull();
        assertThat(stored("alice")).doesNotContainKey("colour");
    }

    @Test
    void aliasesExpandTheirArgumentsAndAreKept() {
        FakeConnection c = login("alice", true);
        assertThat(type(c, "alias")).isEqualTo("You have no aliases. Make one with e.g. 'alias gg get $1 from $2'.");
        assertThat(type(c, "alias gg take $1 from $2")).isEqualTo("Alias set: gg = take $1 from $2");
        assertThat(type(c, "alias tl take lamp")).isEqualTo("Alias set: tl = take lamp");
        assertThat(type(c, "alias sa say $*!")).isEqualTo("Alias set: sa = say $*!");
        assertThat(type(c, "alias")).isEqualTo("Your aliases:\ngg = take $1 from $2\nsa = say $*!\ntl = take lamp");
        assertThat(type(c, "tl")).isEqualTo("You take the brass lamp.");
        assertThat(type(c, "sa hello there")).isEqualTo("You exclaim, \"hello there!\"");
        type(c, "north");
        assertThat(type(c, "gg red table")).isEqualTo("You take the red key from the table.");
        assertThat(type(c, "alias alias look")).isEqualTo("'alias' cannot be an alias: you would have no way to"
                + " change your aliases.");
        type(c, "quit");
        FakeConnection again = login("alice", false);
        assertThat(type(again, "gg blue table")).isEqualTo("You take the blue key from the table.");
        assertThat(type(again, "unalias gg")).isEqualTo("Alias removed: gg.");
        assertThat(type(again, "unalias gg")).isEqualTo("You have no alias 'gg'.");
        assertThat(stored("alice")).containsOnlyKeys("alias.sa", "alias.tl");
    }

    @Test
    void anAliasIsNotExpandedAgainAndItsExpansionIsHeldToTheLineLimits() {
        FakeConnection c = login("alice", true);
        type(c, "alias loop loop");
        assertThat(type(c, "loop")).isEqualTo("I don't know the verb 'loop'. Did you mean 'look'?");
        type(c, "alias big say $* $* $* $* $* $* $* $* $* $* $* $* $* $* $* $* $* $* $* $*");
        String word = "x".repeat(30);
        assertThat(type(c, "big " + word)).isEqualTo("That line is too long (623 characters); the most I read is 400.");
        String many = "y".repeat(300);
        assertThat(type(c, "big " + many)).isEqualTo("That alias makes a line longer than 4096 characters; it was"
                + " not run.");
        assertThat(c.lastPrompt()).isEqualTo("> ");
    }

    @Test
    void aPlayerWhoComesStraightBackFindsWhatTheyChoseEvenBeforeTheStoreHasIt() {
        FakeConnection c = login("alice", true);
        holdWrites = true;
        type(c, "alias tl take lamp");
        type(c, "prompt %r >");
        type(c, "quit");
        FakeConnection again = new FakeConnection(reactor, "10.0.0.9");
        again.listener = lobby.accept(again);
        reactor.runUntilIdle();
        type(again, "alice");
        // One write at a time, in order; the login reads the account only once both have landed.
        assertThat(heldWrites).hasSize(1);
        heldWrites.remove(0).run();
        reactor.runUntilIdle();
        assertThat(again.lastPrompt()).isEqualTo("By what name shall we know you? ");
        assertThat(heldWrites).hasSize(1);
        heldWrites.remove(0).run();
        reactor.runUntilIdle();
        assertThat(again.lastPrompt()).isEqualTo("Password: ");
        holdWrites = false;
        type(again, "secret1");
        assertThat(again.lastPrompt()).isEqualTo("Foyer > ");
        assertThat(type(again, "tl")).isEqualTo("You take the brass lamp.");
        assertThat(stored("alice")).containsOnlyKeys("alias.tl", "prompt");
    }
}
