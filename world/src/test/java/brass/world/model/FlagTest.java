package brass.world.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlagTest {

    private final World world = new World();
    private final Thing hall = world.room("hall", "Hall", "A hall.");

    @Test
    void eachFlagHasItsOwnWordAndIsFoundByIt() {
        Set<String> words = new HashSet<>();
        for (Flag flag : Flag.values()) {
            assertThat(words.add(flag.word())).as(flag.word()).isTrue();
            assertThat(Flag.byWord(flag.word())).contains(flag);
        }
        assertThat(Flag.byWord("glowing")).isEmpty();
        assertThat(Flag.states()).containsExactly(Flag.OPEN, Flag.LOCKED, Flag.LIT, Flag.WORN);
    }

    @Test
    void worldFilesWriteEachFlagOnTheKindsItIsSetOn() {
        assertThat(Flag.writtenOn(Thing.Kind.ROOM)).containsExactly(Flag.DARK);
        assertThat(Flag.writtenOn(Thing.Kind.ACTOR)).containsExactly(Flag.PROPER_NAME);
        assertThat(Flag.writtenOn(Thing.Kind.OBJECT)).containsExactly(Flag.FIXED, Flag.CONTAINER, Flag.SURFACE,
                Flag.OPENABLE, Flag.LOCKABLE, Flag.KEY, Flag.LIGHT_SOURCE, Flag.PROPER_NAME, Flag.MASS_NOUN,
                Flag.WEARABLE, Flag.OPEN, Flag.LOCKED, Flag.LIT, Flag.WORN);
    }

    @Test
    void eachKindStartsWithWhatItAlwaysIs() {
        assertThat(flags(hall)).containsExactly(Flag.FIXED, Flag.PROPER_NAME, Flag.OPEN);
        assertThat(flags(world.door("door", "door"))).containsExactly(Flag.FIXED, Flag.OPENABLE);
        Thing bob = world.actor("bob", "Bob", hall);
        assertThat(flags(bob)).containsExactly(Flag.FIXED, Flag.PROPER_NAME, Flag.OPEN);
        assertThat(flags(world.object("pebble", "pebble", hall))).containsExactly(Flag.OPEN);
    }

    @Test
    void aThingReadsAsIfItNeverHadACapabilityItLacks() {
        Thing box = world.object("box", "box", hall);
        assertThat(box.states()).as("no lid: open; no lock: unlocked; no flame: unlit").containsExactly(Flag.OPEN);
        box.set(Flag.OPENABLE, true).set(Flag.LOCKABLE, true).set(Flag.LIGHT_SOURCE, true);
        assertThat(box.states()).as("being given a capability changes no reading").containsExactly(Flag.OPEN);
    }

    @Test
    void aStateNeedsItsCapabilityAndKeepsItsRules() {
        Thing pebble = world.object("pebble", "pebble", hall);
        assertThatThrownBy(() -> pebble.set(Flag.LIT, true)).isInstanceOf(IllegalStateException.class)
                .hasMessage("pebble is not light-source");
        assertThatThrownBy(() -> pebble.set(Flag.OPEN, false)).isInstanceOf(IllegalStateException.class)
                .hasMessage("pebble is not openable");
        Thing chest = world.object("chest", "chest", hall).lockable("key", true);
        assertThatThrownBy(() -> chest.open(true)).isInstanceOf(IllegalStateException.class)
                .hasMessage("chest is locked");
        chest.locked(false).open(true);
        assertThatThrownBy(() -> chest.locked(true)).isInstanceOf(IllegalStateException.class)
                .hasMessage("chest must be closed before it is locked");
        assertThatThrownBy(() -> chest.set(Flag.LOCKABLE, false)).isInstanceOf(IllegalStateException.class)
                .hasMessage("chest can't stop being lockable (a reload remakes a thing that loses it)");
        assertThat(chest.states()).containsExactly(Flag.OPEN);
    }

    @Test
    void aCapabilityIsSetOnlyOnItsKinds() {
        assertThatThrownBy(() -> hall.set(Flag.CONTAINER, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hall is a ROOM and can't be container");
        assertThatThrownBy(() -> hall.fixed(false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hall is a ROOM and can't stop being fixed");
        hall.fixed(true).properName(true);
        assertThat(hall.isFixed()).as("what a kind always is may be set again").isTrue();
    }

    @Test
    void theStatesOfEveryThingAreSharedSets() {
        Thing pebble = world.object("pebble", "pebble", hall);
        Thing stone = world.object("stone", "stone", hall);
        assertThat(pebble.states()).isSameAs(stone.states())
                .isSameAs(Flag.statesIn(EnumSet.of(Flag.OPEN, Flag.FIXED)));
        assertThatThrownBy(() -> pebble.states().add(Flag.LIT)).isInstanceOf(UnsupportedOperationException.class);
    }

    private static Set<Flag> flags(Thing t) {
        Set<Flag> out = EnumSet.noneOf(Flag.class);
        for (Flag f : Flag.values()) {
            if (t.is(f)) {
                out.add(f);
            }
        }
        return out;
    }
}
