package brass.world.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each setter that can change what a checkpoint records marks the thing, and only when what it
 * records really changes (a reload sets every flag again, and should not rewrite the world).
 * Every {@link Flag} is tried, so a new one is covered as soon as it is declared.
 */
class ChangeRecordTest {

    World world;
    Thing room;
    Thing chest;

    @BeforeEach
    void build() {
        world = new World();
        room = world.room("hall", "Hall", "A hall.");
        chest = world.object("chest", "chest", room);
        world.takeChanges();
    }

    private boolean marked(Thing t) {
        return world.takeChanges().changed().contains(t);
    }

    @Test
    void givingALidThatStartsClosedMarksTheThing() {
        chest.openable(false);
        assertThat(marked(chest)).isTrue();
        chest.openable(false);
        assertThat(marked(chest)).as("the same lid again changes nothing").isFalse();
        chest.openable(true);
        assertThat(marked(chest)).isTrue();
    }

    @Test
    void anOpenLidReadsAsBeforeAndIsNotMarked() {
        // Without a lid a thing reads as open; an open lid reads the same.
        chest.openable(true);
        assertThat(marked(chest)).isFalse();
    }

    @Test
    void locksAndLightsMarkOnlyWhenTheyChangeWhatIsSaved() {
        chest.lockable("key", true);
        assertThat(marked(chest)).isTrue();
        chest.lockable("key", true);
        assertThat(marked(chest)).isFalse();
        chest.locked(false);
        assertThat(marked(chest)).isTrue();
        Thing lamp = world.object("lamp", "lamp", room);
        world.takeChanges();
        lamp.lightSource(false);
        assertThat(marked(lamp)).isFalse();
        lamp.lightSource(true);
        assertThat(marked(lamp)).isTrue();
        lamp.lit(false);
        assertThat(marked(lamp)).isTrue();
    }

    /** A thing of {@code kind}, made (and marked) now. */
    private Thing make(Thing.Kind kind, String id) {
        return switch (kind) {
            case ROOM -> world.room(id, id, "A place.");
            case DOOR -> world.door(id, id);
            case ACTOR -> world.actor(id, id, room);
            case OBJECT -> world.object(id, id, room);
        };
    }

    @Test
    void everyStateMarksTheThingWhenItChangesAndOnlyThen() {
        for (Flag state : Flag.states()) {
            Flag capability = state.capability().orElseThrow();
            for (Thing.Kind kind : capability.kinds()) {
                Thing t = make(kind, kind.name().toLowerCase(Locale.ROOT) + "-" + state.word());
                if (state == Flag.WORN) {
                    t.moveTo(world.actor("wearer", "wearer", t.room())); // only what is carried is worn
                }
                world.takeChanges();
                boolean before = t.is(state);
                t.set(capability, true);
                assertThat(marked(t)).as("giving %s its %s changes nothing a checkpoint keeps", t, capability)
                        .isFalse();
                t.set(state, !before);
                assertThat(marked(t)).as("%s made %s %s", t, state, !before).isTrue();
                t.set(state, !before);
                assertThat(marked(t)).as("%s made %s %s again", t, state, !before).isFalse();
                t.states(t.states());
                assertThat(marked(t)).as("%s given the states it has", t).isFalse();
                t.set(state, before);
                assertThat(marked(t)).as("%s made %s %s", t, state, before).isTrue();
            }
        }
    }

    @Test
    void noCapabilityIsCheckpointedSoChangingOneMarksNothing() {
        for (Flag capability : Flag.values()) {
            if (capability.isState()) {
                continue;
            }
            for (Thing.Kind kind : capability.kinds()) {
                Thing t = make(kind, kind.name().toLowerCase(Locale.ROOT) + "-" + capability.word());
                world.takeChanges();
                t.set(capability, !t.is(capability));
                assertThat(marked(t)).as("%s given %s", t, capability).isFalse();
            }
        }
    }

    @Test
    void settingEveryStateAtOnceMarksOnceAndOnlyForAChange() {
        chest.lockable("key", true).lightSource(true);
        world.takeChanges();
        // Each state is cleared and set again within the call; it reads the same at the end.
        chest.states(Set.of(Flag.LOCKED, Flag.LIT));
        assertThat(marked(chest)).isFalse();
        chest.states(Set.of(Flag.OPEN, Flag.LOCKED, Flag.LIT));
        assertThat(chest.states()).as("where two states exclude each other the earlier wins")
                .containsExactly(Flag.OPEN, Flag.LIT);
        assertThat(marked(chest)).isTrue();
        chest.states(Set.of());
        assertThat(chest.states()).isEmpty();
        assertThat(marked(chest)).isTrue();
    }

    @Test
    void restoringAnEarlierArrivalInLimboMarksTheThing() {
        chest.moveTo(world.limbo());
        List<ThingState> snapshot = world.snapshot();
        long arrival = chest.arrival();
        chest.moveTo(room);
        chest.moveTo(world.limbo());
        world.takeChanges();
        // It stays in limbo throughout, so only its arrival goes back: a checkpoint must still write it.
        world.restore(snapshot);
        assertThat(chest.arrival()).isEqualTo(arrival);
        assertThat(marked(chest)).isTrue();
    }

    @Test
    void movingMarksTheThingMovedButNotWhatItCarries() {
        chest.container(true);
        Thing coin = world.object("coin", "coin", chest);
        Thing other = world.room("yard", "Yard", "A yard.");
        world.takeChanges();
        chest.moveTo(other);
        World.Changes changes = world.takeChanges();
        assertThat(changes.changed()).contains(chest).doesNotContain(coin);
        world.remove(coin);
        assertThat(world.takeChanges().removed()).containsExactly("coin");
    }
}
