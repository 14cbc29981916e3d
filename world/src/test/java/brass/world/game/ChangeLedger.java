package brass.world.game;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.model.Thing;
import brass.world.model.ThingState;
import brass.world.model.World;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a checkpointer that only ever writes changes would hold: a full state taken once, then
 * kept up to date with nothing but {@link World#takeChanges()}. {@link #check} says whether that
 * equals a full state taken fresh; if some mutation forgot to mark its thing, it does not.
 */
public final class ChangeLedger {

    /** Everything a checkpoint row holds: the model's state, and for players their name and return room. */
    public record Row(ThingState state, String playerName, String returnRoom) {
    }

    private final Game game;
    private final Map<String, Row> rows;

    /** Starts from a full state, clearing the world's changes as a full checkpoint does. */
    public ChangeLedger(Game game) {
        this.game = game;
        game.world().takeChanges();
        this.rows = full(game);
    }

    public static Map<String, Row> full(Game game) {
        Map<String, Row> out = new HashMap<>();
        for (Thing t : game.world().things()) {
            out.put(t.id(), row(game, t));
        }
        return out;
    }

    private static Row row(Game game, Thing t) {
        Thing back = game.returnRoom(t);
        return new Row(ThingState.of(t), t.isPlayer() ? t.name() : null, back == null ? null : back.id());
    }

    /** Applies what changed since the last take, then asserts it matches a fresh full state. */
    public void check(Object after) {
        World.Changes changes = game.world().takeChanges();
        Set<String> changedIds = new HashSet<>();
        for (Thing t : changes.changed()) {
            assertThat(changedIds.add(t.id())).as("%s listed once, after %s", t, after).isTrue();
            assertThat(t.isRemoved()).as("%s is still in the world, after %s", t, after).isFalse();
        }
        assertThat(changes.removed().stream().filter(changedIds::contains).toList())
                .as("removed and changed are disjoint, after %s", after).isEmpty();
        for (String id : changes.removed()) {
            rows.remove(id);
        }
        for (Thing t : changes.changed()) {
            rows.put(t.id(), row(game, t));
        }
        assertThat(rows).as("state kept by changes alone, after %s", after).isEqualTo(full(game));
        // The same, put as the brief for the model puts it: its own snapshot.
        List<ThingState> snapshot = game.world().snapshot();
        Map<String, ThingState> states = new HashMap<>();
        rows.forEach((id, r) -> states.put(id, r.state()));
        Map<String, ThingState> fresh = new HashMap<>();
        snapshot.forEach(s -> fresh.put(s.id(), s));
        assertThat(states).isEqualTo(fresh);
        // Taking again straight away finds nothing.
        assertThat(game.world().takeChanges().isEmpty()).as("a second take, after %s", after).isTrue();
    }
}
