package brass.world.game;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.action.Descriptions;
import brass.world.model.Direction;
import brass.world.model.Exit;
import brass.world.model.Thing;
import brass.world.parser.AllDomain;
import brass.world.parser.Syntax;
import brass.world.parser.Verb;
import brass.world.language.Event;
import brass.world.markup.Markup;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each action's messages for the actor, the target and bystanders, in the demo world. */
class ActionMessagesTest {

    private Table table;
    private Table.Seat alice;
    private Table.Seat carol;
    private Table.Seat bob;

    @BeforeEach
    void setUp() {
        table = new Table();
        alice = table.join("alice");
        carol = table.join("carol");
        bob = table.puppet("bob");
        alice.heard();
    }

    @Test
    void enteringAndLeavingTheGameIsSeen() {
        Table.Seat dave = table.join("dave");
        assertThat(alice.heard()).isEqualTo("Dave has entered the game.");
        assertThat(dave.does("quit")).isEmpty();
        assertThat(dave.out.farewell).isEqualTo("Goodbye.");
        assertThat(dave.session.isOpen()).isFalse();
        assertThat(alice.heard()).isEqualTo("Dave has left the game.");
        assertThat(table.thing("player:dave").room()).isSameAs(table.world.limbo());
        assertThat(alice.does("who")).isEqualTo("Players in the game:\n  Alice\n  Carol\n2 players.");
    }

    @Test
    void exitsListsEachWayOutAndWhereItLeads() {
        assertThat(alice.does("exits")).isEqualTo("Obvious exits:\nnorth - Hall\ndown - Cellar\nout - Garden");
        alice.does("north");
        assertThat(alice.does("exits")).isEqualTo("Obvious exits:\nnorth - the oak door (closed)\nsouth - Foyer");
        alice.does("south");
        alice.does("down");
        assertThat(alice.does("exits")).isEqualTo(Descriptions.PITCH_DARK);
        assertThat(carol.heard()).doesNotContain("exits");
    }

    @Test
    void aReturningPlayerComesBackWhereTheyLeftWithWhatTheyCarried() {
        alice.does("take lamp");
        alice.does("north");
        alice.does("quit");
        Table.Seat again = table.join("Alice");
        assertThat(again.actor()).isSameAs(alice.actor());
        assertThat(again.actor().room()).isSameAs(table.thing("hall"));
        assertThat(again.does("i")).isEqualTo("You are carrying a brass lamp.");
    }

    @Test
    void aSecondLoginTakesOverTheBody() {
        Table.Seat second = table.join("alice");
        assertThat(alice.out.farewell).contains("Someone else has connected as Alice");
        assertThat(alice.session.isOpen()).isFalse();
        assertThat(second.actor()).isSameAs(alice.actor());
        assertThat(carol.heard()).isEmpty();
    }

    @Test
    void takingAndDroppingAreSeen() {
        assertThat(alice.does("take lamp")).isEqualTo("You take the brass lamp.");
        assertThat(carol.heard()).isEqualTo("Alice takes the brass lamp.");
        assertThat(alice.does("take lamp")).isEqualTo("You already have the brass lamp.");
        assertThat(alice.does("drop lamp")).isEqualTo("You drop the brass lamp.");
        assertThat(carol.heard()).isEqualTo("Alice drops the brass lamp.");
        assertThat(alice.does("drop lamp")).isEqualTo("You aren't carrying the brass lamp.");
        assertThat(carol.heard()).isEmpty();
    }

    @Test
    void takeAllReportsEachThing() {
        alice.does("n");
        table.world.object("coin", "gold coin", table.thing("hall"));
        assertThat(alice.does("take all")).isEqualTo("gold coin: Taken.");
        assertThat(alice.does("take all from table")).isEqualTo("red key: Taken.\nblue key: Taken.");
        assertThat(bob.heard()).contains("Alice takes the red key from the table.");
        assertThat(alice.does("take all")).isEqualTo("There is nothing here to take.");
        assertThat(alice.does("drop all but coin")).isEqualTo("red key: Dropped.\nblue key: Dropped.");
        assertThat(alice.does("take table")).isEqualTo("The table is fixed in place.");
        assertThat(alice.does("take bob")).isEqualTo("Bob wouldn't like that.");
    }

    @Test
    void containersMustBeOpen() {
        table.thing("box").moveTo(table.thing("foyer"));
        assertThat(alice.does("take key from box")).isEqualTo("The wooden box is closed.");
        assertThat(alice.does("look in box")).isEqualTo("The wooden box is closed.");
        assertThat(alice.does("take lamp")).isEqualTo("You take the brass lamp.");
        // A closed box that is not locked is opened first, and everyone sees it opened.
        carol.heard();
        assertThat(alice.does("put lamp in box")).isEqualTo("(first opening the wooden box)\nYou put the brass lamp in the wooden box.");
        assertThat(carol.heard()).isEqualTo("Alice opens the wooden box.\nAlice puts the brass lamp in the wooden box.");
        assertThat(alice.does("take lamp from box")).isEqualTo("You take the brass lamp from the wooden box.");
        assertThat(alice.does("close box")).isEqualTo("You close the wooden box.");
        assertThat(alice.does("open box")).isEqualTo("You open the wooden box, revealing an iron key.");
        assertThat(carol.heard()).endsWith("Alice opens the wooden box, revealing an iron key.");
        assertThat(alice.does("open box")).isEqualTo("The wooden box is already open.");
        assertThat(alice.does("look in box")).isEqualTo("In the wooden box you see an iron key.");
        assertThat(alice.does("x box")).isEqualTo("A small wooden box with a hinged lid. It is open. In it you see an iron key.");
        assertThat(alice.does("put lamp in box")).isEqualTo("You put the brass lamp in the wooden box.");
        assertThat(carol.heard()).isEqualTo("Alice puts the brass lamp in the wooden box.");
        assertThat(alice.does("take box")).isEqualTo("You take the wooden box.");
        assertThat(alice.does("put box in box")).isEqualTo("You can't put the wooden box in itself.");
        assertThat(alice.does("close box")).isEqualTo("You close the wooden box.");
        assertThat(alice.does("close box")).isEqualTo("The wooden box is already closed.");
        assertThat(alice.does("take lamp")).isEqualTo("You don't see any lamp here.");
        assertThat(table.world.problems()).isEmpty();
    }

    @Test
    void surfaces() {
        alice.does("take lamp");
        alice.does("n");
        assertThat(alice.does("put lamp in table")).isEqualTo("You can't put things in the table; try on it.");
        assertThat(alice.does("put lamp on table")).isEqualTo("You put the brass lamp on the table.");
        assertThat(bob.heard()).endsWith("Alice puts the brass lamp on the table.");
        assertThat(alice.does("look on table")).isEqualTo("On the table you see a red key, a blue key, and a brass lamp.");
    }

    @Test
    void goingIsSeenOnBothSides() {
        assertThat(alice.does("n")).startsWith("Hall\n");
        assertThat(carol.heard()).isEqualTo("Alice goes north.");
        assertThat(bob.heard()).isEqualTo("Alice arrives from the south.");
        assertThat(alice.does("go s")).startsWith("Foyer\n");
        assertThat(bob.heard()).isEqualTo("Alice goes south.");
        assertThat(carol.heard()).isEqualTo("Alice arrives from the north.");
        carol.does("down");
        assertThat(alice.heard()).isEqualTo("Carol goes down.");
        alice.does("d");
        assertThat(carol.heard()).isEqualTo("Someone arrives from above.");
        alice.does("u");
        assertThat(carol.heard()).isEqualTo("Someone goes up.");
        assertThat(alice.does("go sideways")).isEqualTo("You can't go that way.");
        assertThat(alice.does("w")).isEqualTo("You can't go that way.");
    }

    @Test
    void namedExitsTellTheirNames() {
        table.world.connect(table.thing("foyer"), "ladder", table.thing("study"), "hatch", null);
        assertThat(alice.does("ladder")).startsWith("Study\n");
        assertThat(carol.heard()).isEqualTo("Alice leaves by the ladder.");
        carol.does("climb ladder");
        assertThat(alice.heard()).isEqualTo("Carol arrives by the hatch.");
    }

    @Test
    void exitsAnswerToTheirSynonymsAndShowTheirDescriptions() {
        Thing foyer = table.thing("foyer");
        Thing cellar = table.thing("cellar");
        table.world.exit(foyer, new Exit("trapdoor", null, cellar, null, List.of("hatch", "down-hatch"),
                "Below the trapdoor, a ladder goes down into the dark."));
        assertThat(alice.does("look hatch")).isEqualTo("Below the trapdoor, a ladder goes down into the dark.");
        assertThat(alice.does("look at the trapdoor")).isEqualTo("Below the trapdoor, a ladder goes down into the dark.");
        assertThat(alice.does("x down-hatch")).isEqualTo("Below the trapdoor, a ladder goes down into the dark.");
        assertThat(carol.heard()).as("looking is private").isEmpty();
        // Without a description a look along an exit shows what lies that way; no exit, nothing.
        assertThat(alice.does("look north")).isEqualTo("That way lies Hall.");
        assertThat(alice.does("look west")).isEqualTo("You see nothing special that way.");
        assertThat(alice.does("look down")).isEqualTo("That way lies darkness.");
        table.world.exit(foyer, new Exit("north", Direction.NORTH, table.thing("hall"), null, List.of(),
                "Portraits glare down the length of the hall."));
        assertThat(alice.does("look n")).isEqualTo("Portraits glare down the length of the hall.");

        assertThat(alice.does("hatch")).isEqualTo(Descriptions.PITCH_DARK);
        assertThat(carol.heard()).isEqualTo("Alice leaves by the trapdoor.");
        alice.does("up");
        assertThat(alice.does("enter hatch")).isEqualTo(Descriptions.PITCH_DARK);
        alice.does("up");
        assertThat(alice.does("go down-hatch")).isEqualTo(Descriptions.PITCH_DARK);
        assertThat(alice.actor().room()).isSameAs(cellar);
    }

    @Test
    void inTheDarkAnExitShowsNothing() {
        Thing cellar = table.thing("cellar");
        table.world.exit(cellar, new Exit("up", Direction.UP, table.thing("foyer"), null, List.of("ladder"),
                "The ladder climbs to a square of light."));
        alice.does("take lamp");
        alice.does("down");
        assertThat(alice.does("look up")).isEqualTo(Descriptions.PITCH_DARK);
        assertThat(alice.does("look ladder")).isEqualTo("You don't see any ladder here.");
        alice.does("light lamp");
        assertThat(alice.does("look up")).isEqualTo("The ladder climbs to a square of light.");
        assertThat(alice.does("look ladder")).isEqualTo("The ladder climbs to a square of light.");
        alice.does("extinguish lamp");
        assertThat(alice.does("ladder")).startsWith("Foyer\n");
    }

    @Test
    void doorsAreOneThingOnBothSides() {
        alice.does("n");
        alice.does("d");
        table.thing("iron-key").moveTo(alice.actor());
        Table.Seat dave = table.join("dave");
        table.thing("player:dave").moveTo(table.thing("study"));
        dave.heard();
        assertThat(alice.does("lock door")).isEqualTo("The oak door is already locked.");
        assertThat(alice.does("unlock door")).isEqualTo("(with the iron key)\nYou unlock the oak door with the iron key.");
        assertThat(dave.heard()).isEqualTo("You hear a key turn in the oak door.");
        assertThat(alice.does("open door")).isEqualTo("You open the oak door.");
        assertThat(dave.heard()).isEqualTo("The oak door opens.");
        assertThat(alice.does("lock door")).isEqualTo("You'll have to close the oak door first.");
        assertThat(dave.does("close door")).isEqualTo("You close the oak door.");
        assertThat(alice.heard()).isEqualTo("The oak door closes.");
        assertThat(alice.does("lock door with red key")).isEqualTo("You aren't holding the red key.");
        alice.does("take red key");
        assertThat(alice.does("lock door with red key")).isEqualTo("The red key doesn't fit the oak door.");
        assertThat(alice.does("lock door with iron key")).isEqualTo("You lock the oak door with the iron key.");
        assertThat(dave.does("open door")).isEqualTo("The oak door is locked.");
        assertThat(dave.does("s")).isEqualTo("The oak door is closed.");
    }

    @Test
    void talking() {
        assertThat(alice.does("say Hello, all")).isEqualTo("You say, \"Hello, all\"");
        assertThat(carol.heard()).isEqualTo("Alice says, \"Hello, all\"");
        assertThat(bob.heard()).isEmpty();
        assertThat(alice.does("'Anyone here?")).isEqualTo("You ask, \"Anyone here?\"");
        assertThat(carol.heard()).isEqualTo("Alice asks, \"Anyone here?\"");
        assertThat(alice.does(":waves.")).isEqualTo("Alice waves.");
        assertThat(carol.heard()).isEqualTo("Alice waves.");
        // Braces a player types are escaped (markup that shows them as typed), never colour.
        assertThat(alice.does("say {red}fire{/}")).isEqualTo("You say, \"{{red}fire{{/}\"");
        assertThat(Markup.strip(carol.heard())).isEqualTo("Alice says, \"{red}fire{/}\"");
        assertThat(alice.does(":{blink}dances{/}")).isEqualTo("Alice {{blink}dances{{/}");
        assertThat(Markup.strip(carol.heard())).isEqualTo("Alice {blink}dances{/}");
        // Words of other commands never carry braces into the answer.
        assertThat(alice.does("take {red}unicorn")).isEqualTo("You don't see any red unicorn here.");
        assertThat(alice.does("{blink}dance")).isEqualTo("I don't know the verb 'blink'. Type 'help' for the verbs I know.");
        assertThat(alice.does("tell bob hello")).isEqualTo("There is no player called 'bob' in the game.");
        carol.does("n");
        carol.heard();
        bob.heard();
        assertThat(alice.does("tell carol, meet me in the cellar")).isEqualTo("You tell Carol, \"meet me in the cellar\"");
        assertThat(carol.heard()).isEqualTo("Alice tells you, \"meet me in the cellar\"");
        assertThat(bob.heard()).isEmpty();
        assertThat(carol.does("whisper to bob psst")).isEqualTo("You whisper to Bob, \"psst\"");
        assertThat(bob.heard()).isEqualTo("Carol whispers to you, \"psst\"");
        assertThat(alice.heard()).isEmpty();
        Table.Seat dave = table.join("dave");
        dave.does("n");
        bob.heard();
        dave.does("whisper bob the secret");
        assertThat(carol.heard()).endsWith("Dave whispers something to Bob.");
        assertThat(carol.does("say")).isEqualTo("Say what?");
    }

    @Test
    void aTellFindsAPlayerByTheirWholeNameOrByTheStartOfOnlyOne() {
        assertThat(alice.does("tell CAR, hi")).isEqualTo("You tell Carol, \"hi\"");
        assertThat(carol.heard()).isEqualTo("Alice tells you, \"hi\"");
        Table.Seat carola = table.join("carola");
        assertThat(alice.does("tell car hi")).isEqualTo("There is no player called 'car' in the game.");
        assertThat(alice.does("tell carol hi")).isEqualTo("You tell Carol, \"hi\"");
        assertThat(alice.does("tell carola hi")).isEqualTo("You tell Carola, \"hi\"");
        assertThat(carola.heard()).endsWith("Alice tells you, \"hi\"");
        carola.does("quit");
        assertThat(alice.does("tell car hi")).isEqualTo("You tell Carol, \"hi\"");
    }

    @Test
    void lightAndDark() {
        alice.does("take lamp");
        alice.does("d");
        carol.does("d");
        assertThat(alice.does("light lamp")).startsWith("You light the brass lamp.\nCellar\n");
        assertThat(carol.heard()).isEqualTo("Alice lights the brass lamp.");
        assertThat(alice.does("light lamp")).isEqualTo("The brass lamp is already lit.");
        assertThat(alice.does("x lamp")).isEqualTo("A brass oil lamp with a glass chimney. It is lit.");
        assertThat(alice.does("turn off the lamp")).isEqualTo("You extinguish the brass lamp.\nIt is now pitch dark.");
        assertThat(carol.heard()).isEqualTo("Someone extinguishes something.\nIt is now pitch dark.");
        assertThat(alice.does("look")).isEqualTo("It is pitch dark. You can't see a thing.");
        assertThat(alice.does("light water")).isEqualTo("You don't see any water here.");
    }

    @Test
    void examiningPeopleAndLookingAround() {
        alice.does("take lamp");
        alice.does("n");
        assertThat(alice.does("x bob")).isEqualTo("Bob is a clockwork butler, polished to a shine, with a key in his back.\n"
                + "Bob is empty-handed.");
        alice.does("give lamp to him");
        assertThat(alice.does("x butler")).endsWith("Bob is carrying a brass lamp.");
        assertThat(alice.does("l")).isEqualTo("Hall\nA long hall hung with portraits of disapproving ancestors. "
                + "An oak door leads north.\nExits: north, south.\nYou see a table here.\n"
                + "On the table you see a red key and a blue key.\nBob is here.");
        assertThat(alice.does("give key to table")).isEqualTo("Which do you mean, the red key or the blue key?");
        assertThat(alice.does("red")).isEqualTo("You can't give things to the table.");
    }

    @Test
    void giveToSomeoneWhoIsNotThere() {
        assertThat(alice.does("take lamp")).isEqualTo("You take the brass lamp.");
        assertThat(alice.does("give lamp to bob")).isEqualTo("You don't see any bob here.");
        carol.heard();
        assertThat(alice.does("give lamp to carol")).isEqualTo("You give the brass lamp to Carol.");
        assertThat(carol.heard()).isEqualTo("Alice gives you the brass lamp.");
    }

    @Test
    void helpAgainAndUnknownVerbs() {
        assertThat(alice.does("help")).startsWith("Help topics:\n  newcomers - where to begin");
        assertThat(alice.does("help take")).isEqualTo("take <thing> [from <container>]: pick something up. 'take all',"
                + " 'take all but the lamp', 'take two pebbles', 'take lit candle', 'take key from box'.\nOther words: get, pick"
                + " up, grab.\nExamples: 'take lamp', 'take all but the candle', 'take two pebbles', 'take key from box'.\nSee also: help newcomers, help objects.");
        assertThat(alice.does("help n")).startsWith("go <direction>");
        assertThat(alice.does("help frobnicate")).isEqualTo("There is no help on 'frobnicate'. Type 'help' for the topics.");
        assertThat(alice.does("g")).isEqualTo("There is no help on 'frobnicate'. Type 'help' for the topics.");
        assertThat(alice.does("jmup")).isEqualTo("I don't know the verb 'jmup'. Did you mean 'jump'?");
        assertThat(alice.does("jump")).isEqualTo("You jump on the spot.");
        assertThat(carol.heard()).isEqualTo("Alice jumps on the spot.");
        assertThat(alice.does("again")).isEqualTo("You jump on the spot.");
        assertThat(alice.out.prompts).isPositive();
    }

    @Test
    void theQuestionIsAnsweredOnTheNextLineOrForgotten() {
        alice.does("n");
        assertThat(alice.does("take key")).isEqualTo("Which do you mean, the red key or the blue key?");
        assertThat(alice.does("blue")).isEqualTo("You take the blue key.");
        assertThat(alice.does("x key")).isEqualTo("Which do you mean, the blue key or the red key?");
        assertThat(alice.does("i")).isEqualTo("You are carrying a blue key.");
        assertThat(alice.does("red")).isEqualTo("I don't know the verb 'red'. Did you mean 'read'?");
    }

    @Test
    void otherModulesRegisterVerbs() {
        table.game.register(new Verb("chat", List.of(), Syntax.TEXT, Set.of(), AllDomain.NONE, "chat <text>: talk on the chat channel."),
                (c, t) -> {
                    for (Table.Seat s : List.of(alice, carol)) {
                        s.session.send("[chat] " + t.actor().name() + ": " + c.text());
                    }
                    return List.of(Event.reply(t.actor(), "Sent."));
                });
        assertThat(alice.does("chat hi")).isEqualTo("[chat] Alice: hi\nSent.");
        assertThat(carol.heard()).isEqualTo("[chat] Alice: hi");
        assertThat(alice.does("help chat")).isEqualTo("chat <text>: talk on the chat channel.");
    }

    @Test
    void inputFromAnotherThreadRunsOnTheLoop() throws Exception {
        // As an adapter does: the line is handed to the loop, where the session runs it.
        Thread t = new Thread(() -> table.reactor.execute(() -> alice.session.perform("jump")));
        t.start();
        t.join();
        assertThat(carol.out.take()).isEmpty(); // nothing until the loop runs it
        table.reactor.runUntilIdle();
        assertThat(carol.heard()).isEqualTo("Alice jumps on the spot.");
    }

    @Test
    void aDroppedConnectionClosesOnTheLoop() throws Exception {
        Thread t = new Thread(() -> table.reactor.execute(() -> carol.session.close("connection lost")));
        t.start();
        t.join();
        assertThat(carol.session.isOpen()).isTrue();
        table.reactor.runUntilIdle();
        assertThat(carol.session.isOpen()).isFalse();
        assertThat(carol.out.farewell).isEqualTo("connection lost");
        assertThat(alice.heard()).isEqualTo("Carol has left the game.");
    }

    @Test
    void nonPlayerActorsActThroughTheSameVerbs() {
        bob.session.close("puppet put down");
        assertThat(reply(table.game.perform(table.thing("player:carol"), "jump"))).isNull(); // carol has a session
        assertThat(alice.heard()).isEqualTo("Carol jumps on the spot.");
        assertThat(reply(table.game.perform(table.thing("bob"), "take red key"))).isNull();
        assertThat(table.thing("red-key").location()).isSameAs(table.thing("bob"));
        assertThat(reply(table.game.perform(table.thing("bob"), "fly"))).isEqualTo("I don't know the verb 'fly'. Type 'help' for the verbs I know.");
        assertThat(reply(table.game.perform(table.thing("bob"), "take table"))).isEqualTo("The table is fixed in place.");
        assertThat(reply(table.game.perform(table.thing("bob"), "s"))).isNull();
        assertThat(alice.heard()).isEqualTo("Bob arrives from the north.");
    }

    @Test
    void witnessesSeeEveryEvent() {
        List<Event> seen = new java.util.ArrayList<>();
        table.game.addWitness(seen::add);
        // A butler who thanks whoever gives him something: a behaviour built on a witness.
        table.game.addWitness(e -> {
            if (e.target() == table.thing("bob") && e.subject() != null && e.actor() != null && e.toTarget() != null
                    && e.toTarget().contains("gives you")) {
                table.game.deliver(Event.everyone(table.thing("bob"), table.thing("bob").room(),
                        "{actor} bows to {target}. \"Most kind.\"").withTarget(e.actor()));
            }
        });
        alice.does("take lamp");
        alice.does("n");
        assertThat(alice.does("give lamp to bob")).isEqualTo("You give the brass lamp to Bob.\nBob bows to you. \"Most kind.\"");
        assertThat(seen).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void arrivalsSayWhereFromInTheLight() {
        table.thing("cellar").dark(false);
        carol.does("d");
        alice.does("d");
        assertThat(carol.heard()).isEqualTo("Alice arrives from above.");
        carol.does("u");
        carol.does("out");
        alice.does("u");
        alice.does("out");
        assertThat(carol.heard()).isEqualTo("Alice arrives from inside.");
        alice.does("in");
        assertThat(carol.heard()).isEqualTo("Alice goes in.");
    }

    /** What the actor alone was told, or null when something happened: how behaviours read a turn. */
    private static String reply(TurnResult turn) {
        return turn.reply().orElse(null);
    }
}
