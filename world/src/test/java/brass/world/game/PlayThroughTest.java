package brass.world.game;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The demo world played from the foyer to Bob, as the issue describes, with a bystander watching. */
class PlayThroughTest {

    @Test
    void lampCellarBoxKeyDoorAndAGiftForBob() {
        Table table = new Table();
        var alice = table.join("alice");
        var bob = table.puppet("bob");

        assertThat(alice.does("look")).startsWith("Foyer\n").contains("Exits: north, down, out.")
                .contains("You see a brass lamp here.");
        assertThat(alice.does("take lamp")).isEqualTo("You take the brass lamp.");
        assertThat(alice.does("light it")).isEqualTo("You light the brass lamp.");
        assertThat(alice.does("extinguish lamp")).isEqualTo("You extinguish the brass lamp.");

        // Down into the dark without light: nothing to see.
        assertThat(alice.does("d")).isEqualTo("It is pitch dark. You can't see a thing.");
        assertThat(alice.does("take box")).isEqualTo("You don't see any box here.");
        assertThat(alice.does("turn lamp on")).startsWith("You light the brass lamp.\nCellar\n")
                .contains("You see a wooden box and some water here.");
        assertThat(alice.does("open box")).isEqualTo("You open the wooden box, revealing an iron key.");
        assertThat(alice.does("take water")).isEqualTo("The water is fixed in place.");
        assertThat(alice.does("take key from box")).isEqualTo("You take the iron key from the wooden box.");
        assertThat(alice.does("i")).isEqualTo("You are carrying a brass lamp and an iron key.");

        assertThat(alice.does("u")).startsWith("Foyer\n");
        assertThat(alice.does("n")).startsWith("Hall\n").contains("Bob is here.")
                .contains("On the table you see a red key and a blue key.");
        assertThat(bob.heard()).isEqualTo("Alice arrives from the south.");

        assertThat(alice.does("go north")).isEqualTo("The oak door is closed.");
        assertThat(alice.does("open door")).isEqualTo("The oak door is locked.");
        assertThat(alice.does("unlock door with red key")).isEqualTo("You aren't holding the red key.");
        assertThat(alice.does("unlock door with iron key")).isEqualTo("You unlock the oak door with the iron key.");
        assertThat(bob.heard()).isEqualTo("Alice unlocks the oak door with the iron key.");
        assertThat(alice.does("open door")).isEqualTo("You open the oak door.");
        assertThat(bob.heard()).isEqualTo("Alice opens the oak door.");

        assertThat(alice.does("give lamp to bob")).isEqualTo("You give the brass lamp to Bob.");
        assertThat(bob.heard()).isEqualTo("Alice gives you the brass lamp.");
        assertThat(table.thing("brass-lamp").location()).isSameAs(table.thing("bob"));

        assertThat(alice.does("north")).startsWith("Study\n").contains("On the desk you see a brass cockroach.");
        assertThat(bob.heard()).isEqualTo("Alice goes north.");
        assertThat(table.world.problems()).isEmpty();
    }
}
