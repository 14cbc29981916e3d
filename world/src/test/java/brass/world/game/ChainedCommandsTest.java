package brass.world.game;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several commands on one line: each is a task of its own on the game loop, in order; the line
 * stops at the first that fails; the prompt follows the last; lines typed meanwhile wait.
 */
class ChainedCommandsTest {

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
    void eachCommandRunsInTurnWithItsOwnReply() {
        assertThat(alice.does("take lamp. n. take red key then x it")).isEqualTo(String.join("\n",
                "You take the brass lamp.",
                "Hall\nA long hall hung with portraits of disapproving ancestors. An oak door leads north.\n"
                        + "Exits: north, south.\nYou see a table here.\nOn the table you see a red key and a blue key.\n"
                        + "Bob is here.",
                "You take the red key.",
                "A small key painted red."));
        assertThat(carol.heard()).isEqualTo("Alice takes the brass lamp.\nAlice goes north.");
    }

    @Test
    void theLineStopsAtTheFirstFailure() {
        assertThat(alice.does("take unicorn. n")).isEqualTo("You don't see any unicorn here.");
        assertThat(alice.does("w, n")).isEqualTo("You can't go that way.");
        assertThat(alice.does("take lamp, take lamp, n")).isEqualTo("You take the brass lamp.\nYou already have the brass lamp.");
        assertThat(alice.actor().room().id()).isEqualTo("foyer");
    }

    @Test
    void aQuestionEndsTheLine() {
        alice.does("n");
        assertThat(alice.does("take key. s")).isEqualTo("Which do you mean, the red key or the blue key?");
        assertThat(alice.does("red")).isEqualTo("You take the red key.");
        assertThat(alice.actor().room().id()).isEqualTo("hall");
    }

    @Test
    void othersActBetweenTheCommands() {
        int prompts = alice.out.prompts;
        alice.session.perform("take lamp. n");
        // Carol's line arrives while Alice's second command waits its turn on the loop.
        carol.session.perform("say Wait!");
        assertThat(alice.out.take()).isEqualTo("You take the brass lamp.\nCarol exclaims, \"Wait!\"");
        assertThat(alice.out.prompts).isEqualTo(prompts);
        table.reactor.runUntilIdle();
        assertThat(alice.out.take()).startsWith("Hall\n");
        assertThat(alice.out.prompts).isEqualTo(prompts + 1);
    }

    @Test
    void aLineTypedDuringAChainWaitsForIt() {
        alice.session.perform("take lamp. n");
        alice.session.perform("s");
        table.reactor.runUntilIdle();
        assertThat(alice.out.take()).startsWith("You take the brass lamp.\nHall\n").contains("\nFoyer\n");
        assertThat(alice.actor().room().id()).isEqualTo("foyer");
    }

    @Test
    void againRepeatsTheLastCommandOnly() {
        alice.does("n. x table");
        assertThat(alice.does("again")).startsWith("A long wooden table.");
        assertThat(alice.actor().room().id()).isEqualTo("hall");
    }

    @Test
    void quittingEndsTheLine() {
        alice.does("quit. n");
        assertThat(alice.out.farewell).isEqualTo("Goodbye.");
        assertThat(alice.session.isOpen()).isFalse();
    }
}
