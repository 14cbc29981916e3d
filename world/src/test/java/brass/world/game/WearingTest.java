package brass.world.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brass.world.model.Flag;
import brass.world.model.Thing;
import brass.world.model.ThingState;
import brass.world.model.Wearing;
import brass.world.model.World;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** wear and remove: places of the body, what each observer reads, inventory and looking, giving away, checkpoints. */
class WearingTest {

    private Table table;
    private Table.Seat alice;
    private Table.Seat carol;
    private Thing hat;
    private Thing cap;

    @BeforeEach
    void setUp() {
        table = new Table();
        Thing foyer = table.thing("foyer");
        hat = table.world.object("hat", "straw hat", foyer).adjectives("straw").set(Flag.WEARABLE, true).wornOn("head");
        cap = table.world.object("cap", "flat cap", foyer).adjectives("flat").set(Flag.WEARABLE, true).wornOn("head");
        table.world.object("scarf", "scarf", foyer).set(Flag.WEARABLE, true).wornOn("neck");
        alice = table.join("alice");
        carol = table.join("carol");
        alice.heard();
    }

    @Test
    void wearingTakesFirstAndIsSeenByOthers() {
        assertThat(alice.does("wear straw hat")).isEqualTo("(first taking the straw hat)\nYou put on the straw hat.");
        assertThat(carol.heard()).isEqualTo("Alice takes the straw hat.\nAlice puts on the straw hat.");
        assertThat(Wearing.wears(alice.actor(), hat)).isTrue();
        assertThat(alice.does("wear straw hat")).isEqualTo("You are already wearing the straw hat.");
        assertThat(alice.does("remove hat")).isEqualTo("You take off the straw hat.");
        assertThat(carol.heard()).isEqualTo("Alice takes off the straw hat.");
        assertThat(alice.does("take off straw hat")).isEqualTo("You aren't wearing the straw hat.");
        assertThat(alice.does("don straw hat")).isEqualTo("You put on the straw hat.");
        assertThat(alice.does("doff straw hat")).isEqualTo("You take off the straw hat.");
    }

    @Test
    void onePlaceTakesOneThing() {
        alice.does("put on straw hat");
        assertThat(alice.does("wear cap")).isEqualTo("(first taking the flat cap)\n"
                + "You are already wearing the straw hat on your head; take it off first.");
        assertThat(cap.is(Flag.WORN)).isFalse();
        assertThat(alice.does("wear scarf")).isEqualTo("(first taking the scarf)\nYou put on the scarf.");
        alice.does("remove straw hat");
        assertThat(alice.does("wear cap")).isEqualTo("You put on the flat cap.");
        assertThatThrownBy(() -> hat.set(Flag.WORN, true)).isInstanceOf(IllegalStateException.class)
                .hasMessage("hat can't be worn over cap");
    }

    @Test
    void onlyWearableThingsHeldCanBeWorn() {
        assertThat(alice.does("wear lamp")).isEqualTo("You can't wear the brass lamp.");
        assertThat(table.thing("brass-lamp").location()).isSameAs(table.thing("foyer"));
        assertThat(alice.does("wear me")).isEqualTo("You can't wear yourself.");
        assertThat(alice.does("remove lamp")).isEqualTo("You aren't wearing the brass lamp.");
        assertThatThrownBy(() -> hat.set(Flag.WORN, true)).isInstanceOf(IllegalStateException.class)
                .hasMessage("hat is not carried by anyone");
    }

    @Test
    void inventoryScoreAndLookingShowWhatIsWorn() {
        alice.does("wear straw hat");
        assertThat(alice.does("i")).isEqualTo("You are empty-handed.\nYou are wearing a straw hat.");
        alice.does("take lamp");
        assertThat(alice.does("i")).isEqualTo("You are carrying a brass lamp.\nYou are wearing a straw hat.");
        assertThat(carol.does("look at alice")).isEqualTo("You see nothing special about Alice.\n"
                + "Alice is carrying a brass lamp.\nAlice is wearing a straw hat.");
        assertThat(alice.does("score")).endsWith("\nCarrying: a brass lamp\nWearing: a straw hat");
    }

    @Test
    void droppingOrGivingWhatIsWornTakesItOffFirst() {
        alice.does("wear straw hat");
        alice.does("take lamp");
        carol.heard();
        assertThat(alice.does("drop all")).isEqualTo("brass lamp: Dropped.");
        assertThat(alice.does("drop all")).isEqualTo("You aren't carrying anything.");
        assertThat(alice.does("drop hat")).isEqualTo("(first taking off the straw hat)\nYou drop the straw hat.");
        assertThat(carol.heard()).isEqualTo("Alice drops the brass lamp.\nAlice takes off the straw hat.\n"
                + "Alice drops the straw hat.");
        assertThat(hat.is(Flag.WORN)).isFalse();
        alice.does("wear hat");
        assertThat(alice.does("give hat to carol")).isEqualTo("(first taking off the straw hat)\n"
                + "You give the straw hat to Carol.");
        assertThat(carol.heard()).isEqualTo("Alice takes the straw hat.\nAlice puts on the straw hat.\n"
                + "Alice takes off the straw hat.\nAlice gives you the straw hat.");
        assertThat(carol.does("i")).isEqualTo("You are carrying a straw hat.");
    }

    @Test
    void aMoveTakesItOffAndACheckpointKeepsWhatIsWorn() {
        alice.does("wear straw hat");
        List<ThingState> snapshot = table.world.snapshot();
        hat.moveTo(table.thing("foyer"));
        assertThat(hat.is(Flag.WORN)).as("nobody wears what leaves their hands").isFalse();
        hat.moveTo(alice.actor());
        assertThat(hat.is(Flag.WORN)).isFalse();
        hat.moveTo(table.thing("foyer"));
        table.world.restore(snapshot);
        assertThat(hat.location()).isSameAs(alice.actor());
        assertThat(hat.is(Flag.WORN)).as("restored worn, after it was put back in her hands").isTrue();
        assertThat(table.world.problems()).isEmpty();
    }
}
