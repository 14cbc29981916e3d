package brass.protocols.play;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.protocols.account.InMemoryAccountStore;
import brass.protocols.account.NameRules;
import brass.protocols.account.PasswordHasher;
import brass.world.demo.DemoWorld;
import brass.world.game.Game;
import brass.world.model.Thing;
import brass.world.model.World;
import org.junit.jupiter.api.Test;

/** The login dialogue refusing names that pass for others, and taking names in their canonical form. */
class NewNamesTest {

    private static final String MIXED = "A name uses one script: letters of different alphabets cannot be mixed.";
    private static final String NAME_PROMPT = "By what name shall we know you? ";

    private final ManualReactor reactor = new ManualReactor();
    private final World world = DemoWorld.create();
    private final Game game = new Game(world, reactor);
    private final InMemoryAccountStore accounts = new InMemoryAccountStore();
    private final Lobby lobby = new Lobby(game, accounts, new PasswordHasher(1_000), PlaySettings.defaults());

    private FakeConnection connect() {
        FakeConnection c = new FakeConnection(reactor, "10.0.0.1");
        c.listener = lobby.accept(c);
        reactor.runUntilIdle();
        c.drain();
        return c;
    }

    private void type(FakeConnection c, String line) {
        c.type(line);
        reactor.runUntilIdle();
    }

    private void create(String name) {
        FakeConnection c = connect();
        for (String line : new String[] {name, "yes", "secret1", "secret1", "quit"}) {
            type(c, line);
        }
    }

    /** Types a name at the name prompt; returns what was said, and checks the name is asked again. */
    private String refused(FakeConnection c, String name) {
        type(c, name);
        assertThat(c.lastPrompt()).as(name).isEqualTo(NAME_PROMPT);
        return c.drain();
    }

    @Test
    void theIssuesLookAlikesAreRefused() {
        create("Wizard");
        create("Ace");
        FakeConnection c = connect();
        assertThat(refused(c, "Wіzard")).isEqualTo(MIXED); // Cyrillic і
        assertThat(refused(c, "Аdmin")).isEqualTo(MIXED); // Cyrillic А
        assertThat(refused(c, "ADMİN")).isEqualTo("'Admin' is a word the game uses; please pick another name.");
        assertThat(refused(c, "Асе")).isEqualTo(NameRules.TOO_LIKE); // all Cyrillic, looks like Ace
        assertThat(refused(c, "Ѕуѕор")).isEqualTo(NameRules.TOO_LIKE); // all Cyrillic, looks like sysop
        assertThat(refused(c, "Ρembrook")).isEqualTo(MIXED); // Greek Ρ
        assertThat(accounts.count().toCompletableFuture().join()).isEqualTo(2L);
    }

    @Test
    void aFullWidthNameIsTheSameNameAndLogsInToIt() {
        create("Wizard");
        FakeConnection c = connect();
        type(c, "Ｗｉｚａｒｄ");
        assertThat(c.lastPrompt()).isEqualTo("Password: ");
        type(c, "secret1");
        reactor.advance(java.time.Duration.ofSeconds(1));
        assertThat(game.players()).extracting(Thing::name).containsExactly("Wizard");
    }

    @Test
    void aNewNameIsCreatedInItsCanonicalForm() {
        FakeConnection c = connect();
        type(c, "ﬀoo");
        assertThat(c.lastPrompt()).isEqualTo("No one called Ffoo lives here yet. Create that character? (yes/no) ");
        for (String line : new String[] {"yes", "secret1", "secret1"}) {
            type(c, line);
        }
        assertThat(c.drain()).contains("Welcome, Ffoo!");
        assertThat(accounts.find("ffoo").toCompletableFuture().join().orElseThrow().name()).isEqualTo("Ffoo");
        assertThat(game.players()).extracting(Thing::name).containsExactly("Ffoo");
    }

    @Test
    void namesOfOneOtherScriptArePlainNamesAndPlay() {
        create("Zoë");
        create("Дмитрий");
        assertThat(accounts.find("zoë").toCompletableFuture().join()).isPresent();
        assertThat(accounts.find("дмитрий").toCompletableFuture().join()).isPresent();
        FakeConnection c = connect();
        type(c, "ZOË");
        type(c, "secret1");
        reactor.advance(java.time.Duration.ofSeconds(1));
        assertThat(c.drain()).contains("Foyer");
        assertThat(game.players()).extracting(Thing::name).containsExactly("Zoë");
    }

    @Test
    void theWorldsOwnCharactersAndTheGamesWordsAreNotNames() {
        FakeConnection c = connect();
        assertThat(refused(c, "Bob")).isEqualTo(NameRules.TOO_LIKE); // the demo's butler
        assertThat(refused(c, "look")).isEqualTo("'Look' is a word the game uses; please pick another name.");
        assertThat(refused(c, "Examine")).isEqualTo("'Examine' is a word the game uses; please pick another name.");
        assertThat(refused(c, "chat")).isEqualTo("'Chat' is a word the game uses; please pick another name.");
        assertThat(refused(c, "North")).isEqualTo("'North' is a word the game uses; please pick another name.");
        // Latin only, and still a look-alike: rn passes for m.
        assertThat(refused(c, "Exarnine")).isEqualTo(NameRules.TOO_LIKE);
    }

    @Test
    void aCharacterTheWorldGainsIsProtectedAtOnceEvenFromADialogueUnderWay() {
        FakeConnection early = connect();
        type(early, "Pembrook");
        type(early, "yes");
        type(early, "secret1");
        // A reload adds Pembrook while the password is being typed.
        world.actor("pembrook", "Pembrook", world.startRoom());
        type(early, "secret1");
        assertThat(early.drain()).contains(NameRules.TOO_LIKE);
        assertThat(early.lastPrompt()).isEqualTo(NAME_PROMPT);
        assertThat(accounts.count().toCompletableFuture().join()).isZero();

        FakeConnection c = connect();
        assertThat(refused(c, "Pembrook")).isEqualTo(NameRules.TOO_LIKE);
        assertThat(refused(c, "Pernbrook")).isEqualTo(NameRules.TOO_LIKE);
        world.actor("beech", "Mrs Beech", world.startRoom());
        assertThat(refused(c, "Beech")).isEqualTo(NameRules.TOO_LIKE);
        assertThat(refused(c, "MrsBeech")).isEqualTo(NameRules.TOO_LIKE);
    }

    @Test
    void plainNamesAreStillWelcome() {
        FakeConnection c = connect();
        type(c, "alice");
        assertThat(c.lastPrompt()).isEqualTo("No one called Alice lives here yet. Create that character? (yes/no) ");
    }
}
