package brass.world.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each setter that can change what a checkpoint records marks the thing, and only when what it
 * records really changes (a reload sets every flag again, and should not rewrite the world).
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
