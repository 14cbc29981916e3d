package brass.world.game;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.action.Descriptions;
import brass.world.model.Direction;
import brass.world.model.Exit;
import brass.world.model.Gender;
import brass.world.model.Thing;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What players read, as a reader of good interactive fiction expects it: plural things, looking
 * along every way and at yourself, names as they were typed, quitting only in full, the message
 * of the day, and coming back to a character whose link dropped. In the demo world.
 */
class ReadingTest {

    private Table table;
    private Table.Seat alice;
    private Table.Seat carol;

    @BeforeEach
    void setUp() {
        table = new Table();
        alice = table.join("alice");
        carol = table.join("carol");
        alice.heard();
    }

    @Test
    void pluralThingsTakeSomeAndAgreeWithTheirVerbs() {
        Thing foyer = table.thing("foyer");
        Thing barrels = table.world.object("barrels", "barrels", foyer).gender(Gender.PLURAL).fixed(true)
                .description("Oak barrels.");
        table.world.object("candle", "candle", foyer);
        assertThat(alice.does("look")).contains("\nYou see a brass lamp, some barrels, and a candle here.");
        assertThat(alice.does("take barrels")).isEqualTo("The barrels are fixed in place.");
        assertThat(alice.does("take all")).isEqualTo("brass lamp: Taken.\ncandle: Taken.");
        barrels.fixed(false).container(true).openable(false);
        assertThat(alice.does("take barrels")).isEqualTo("You take the barrels.");
        assertThat(alice.does("look in barrels")).isEqualTo("The barrels are closed.");
        assertThat(alice.does("close barrels")).isEqualTo("The barrels are already closed.");
        assertThat(alice.does("put candle in barrels")).isEqualTo("(first opening the barrels)\nYou put the candle in the barrels.");
        assertThat(alice.does("take candle from barrels")).isEqualTo("You take the candle from the barrels.");
        assertThat(alice.does("close barrels")).isEqualTo("You close the barrels.");
        assertThat(alice.does("open barrels")).isEqualTo("You open the barrels.");
        assertThat(alice.does("look in barrels")).isEqualTo("The barrels are empty.");
        assertThat(alice.does("open barrels")).isEqualTo("The barrels are already open.");
        assertThat(alice.does("light barrels")).isEqualTo("You can't light the barrels.");
        assertThat(alice.does("drop barrels")).isEqualTo("You drop the barrels.");
        assertThat(carol.heard()).contains("Alice drops the barrels.");
        // A mass noun takes "some" too, but is one thing: "the honey is".
        table.world.object("honey", "honey", foyer).massNoun(true).lightSource(false);
        assertThat(alice.does("look")).contains("You see some barrels and some honey here.");
        assertThat(alice.does("extinguish honey")).isEqualTo("The honey isn't lit.");
        // An actor's "plural" is the singular they of one person: no article changes.
        table.world.actor("guard", "guard", foyer).properName(false);
        assertThat(alice.does("look")).endsWith("\nCarol and a guard are here.");
        assertThat(alice.does("take guard")).isEqualTo("The guard wouldn't like that.");
    }

    @Test
    void lookingAlongEveryWay() {
        Thing foyer = table.thing("foyer");
        // The foyer leads north to the hall, down to the dark cellar, out to the garden.
        assertThat(alice.does("look north")).isEqualTo("That way lies Hall.");
        assertThat(alice.does("look n")).isEqualTo("That way lies Hall.");
        assertThat(alice.does("look down")).isEqualTo("That way lies darkness.");
        assertThat(alice.does("look out")).isEqualTo("That way lies Garden.");
        for (String way : List.of("east", "south", "west", "northeast", "northwest", "southeast", "southwest",
                "up", "in", "at east", "ne")) {
            assertThat(alice.does("look " + way)).as("look " + way).isEqualTo("You see nothing special that way.");
        }
        assertThat(alice.does("examine up")).isEqualTo("You see nothing special that way.");
        table.world.exit(foyer, new Exit("east", Direction.EAST, table.thing("study"), null, List.of(),
                "A narrow passage, hung with cobwebs."));
        assertThat(alice.does("look east")).isEqualTo("A narrow passage, hung with cobwebs.");
        // Through a door: its state, and only when it is open what lies beyond.
        alice.does("n");
        carol.heard();
        assertThat(alice.does("look north")).isEqualTo("The oak door is closed.");
        table.thing("oak-door").locked(false).open(true);
        assertThat(alice.does("look north")).isEqualTo("The oak door is open. That way lies Study.");
        assertThat(carol.heard()).as("looking is private").isEmpty();
        // In the dark, nothing is seen any way.
        alice.does("s");
        alice.does("d");
        assertThat(alice.does("look up")).isEqualTo(Descriptions.PITCH_DARK);
        assertThat(alice.does("look west")).isEqualTo(Descriptions.PITCH_DARK);
    }

    @Test
    void lookingAtYourselfByAnyName() {
        String self = "You look much as you always do.\nYou are empty-handed.";
        assertThat(alice.does("look at me")).isEqualTo(self);
        assertThat(alice.does("x self")).isEqualTo(self);
        assertThat(alice.does("x myself")).isEqualTo(self);
        assertThat(alice.does("examine Alice")).isEqualTo(self);
        assertThat(alice.does("look at alice")).isEqualTo(self);
        alice.does("take lamp");
        assertThat(alice.does("x me")).isEqualTo("You look much as you always do.\nYou are carrying a brass lamp.");
        assertThat(carol.does("x alice")).isEqualTo("You see nothing special about Alice.\nAlice is carrying a brass lamp.");
        assertThat(alice.does("take me")).isEqualTo("You can't take yourself.");
    }

    @Test
    void answersKeepTheNamesAsTyped() {
        assertThat(alice.does("x Bob")).isEqualTo("You don't see any Bob here.");
        assertThat(alice.does("take the Golden Fleece")).isEqualTo("You don't see any Golden Fleece here.");
        assertThat(alice.does("whisper Bob hello")).isEqualTo("You don't see any Bob here.");
        assertThat(alice.does("tell Zed hello")).isEqualTo("There is no player called 'Zed' in the game.");
    }

    @Test
    void quitMustBeTypedInFull() {
        assertThat(alice.does("q")).isEqualTo("Type 'quit' in full if you mean it.");
        assertThat(alice.does("qu")).isEqualTo("Type 'quit' in full if you mean it.");
        assertThat(alice.session.isOpen()).isTrue();
        assertThat(carol.heard()).isEmpty();
        assertThat(alice.does("help quit")).isEqualTo("quit: leave the game. Your character waits, with what you "
                + "carry, for your return. Type it in full: 'q' is not enough.\nOther words: logout, exit game.\n"
                + "Examples: 'quit'.\nSee also: help newcomers, help game.");
        assertThat(alice.does("quit")).isEmpty();
        assertThat(alice.out.farewell).isEqualTo("Goodbye.");
        assertThat(carol.heard()).isEqualTo("Alice has left the game.");
    }

    @Test
    void theMessageOfTheDayGreetsEveryPlayerAsTheyComeIn() {
        table.world.motd("{bold}Mind the cockroach.{/}");
        Recorder dave = new Recorder();
        table.game.enter("dave", dave);
        assertThat(dave.take()).isEqualTo("{bold}Mind the cockroach.{/}\n"
                + Descriptions.room(table.thing("foyer"), table.thing("player:dave")));
        // A puppeted non-player is nobody logging in: no message of the day.
        Recorder bob = new Recorder();
        table.game.enter(table.thing("bob"), bob);
        assertThat(bob.take()).doesNotContain("cockroach");
    }

    @Test
    void comingBackToYourOwnLinkDeadCharacterIsAWelcomeBack() {
        alice.session.linkLost();
        assertThat(carol.heard()).isEqualTo("Alice stares blankly, lost in thought.");
        assertThat(alice.out.take()).as("nobody reads a lost link").isEmpty();
        carol.does("say Alice?");
        assertThat(alice.out.take()).isEmpty();
        Recorder back = new Recorder();
        PlayerSession again = table.game.enter("Alice", back);
        assertThat(again.actor()).isSameAs(alice.actor());
        assertThat(back.take()).isEqualTo("Welcome back.\n" + Descriptions.room(table.thing("foyer"), alice.actor()));
        assertThat(carol.heard()).isEqualTo("Alice wakes up.");
        // Taking over a character still connected is not a welcome back.
        Recorder third = new Recorder();
        table.game.enter("Alice", third);
        assertThat(third.take()).startsWith("You take over Alice.\n");
        assertThat(back.farewell).isEqualTo("Someone else has connected as Alice; goodbye.");
        assertThat(carol.heard()).isEmpty();
    }
}
