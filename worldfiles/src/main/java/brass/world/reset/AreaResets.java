package brass.world.reset;

import brass.engine.loop.LoopingCall;
import brass.world.files.definition.ResetDefinition;
import brass.world.files.definition.ResetMode;
import brass.world.files.definition.RoomDefinition;
import brass.world.files.definition.WorldDefinition;
import brass.world.game.Game;
import brass.world.model.Thing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The areas' resets in one game: a count-aware {@link LoopingCall} for each area whose files
 * write {@code reset:}, the reset a builder forces with {@code reset [area]}, and the hooks told
 * after each. A loop that stalled across several intervals resets once when it catches up (a
 * reset puts things where the files say, so doing it twice changes nothing). A when-empty area
 * with a player in it waits for its next interval. A reload hands in the new files with {@link
 * #follow}: a loop whose interval did not change keeps its rhythm. Use on the game loop only.
 */
public final class AreaResets {

    private static final Logger log = LoggerFactory.getLogger(AreaResets.class);

    private final Game game;
    private WorldDefinition definition;
    private final Map<String, LoopingCall> loops = new LinkedHashMap<>();
    // Told from a copy: a hook may remove itself (or add another) while the hooks are told.
    private final List<ResetHook> hooks = new ArrayList<>();

    private AreaResets(Game game, WorldDefinition definition) {
        this.game = Objects.requireNonNull(game, "game");
        this.definition = Objects.requireNonNull(definition, "definition");
    }

    /** Starts the resets {@code definition} writes, each first due one interval from now. Call on the loop. */
    public static AreaResets start(Game game, WorldDefinition definition) {
        game.reactor().checkInLoop();
        AreaResets resets = new AreaResets(game, definition);
        resets.startLoops();
        return resets;
    }

    /** Follows a reloaded definition: loops for areas whose reset went or changed interval start afresh. */
    public void follow(WorldDefinition next) {
        game.reactor().checkInLoop();
        for (var it = loops.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, LoopingCall> e = it.next();
            ResetDefinition reset = next.resets().get(e.getKey());
            if (reset == null || !reset.every().equals(e.getValue().interval())) {
                e.getValue().stop();
                it.remove();
            }
        }
        definition = next;
        startLoops();
    }

    private void startLoops() {
        for (ResetDefinition reset : definition.resets().values()) {
            if (!loops.containsKey(reset.area())) {
                LoopingCall loop = LoopingCall.withCount(game.reactor(), "reset " + reset.area(), count -> due(reset.area()));
                loops.put(reset.area(), loop);
                loop.start(reset.every(), false);
            }
        }
    }

    /** The definition the resets follow. */
    public WorldDefinition definition() {
        return definition;
    }

    /** Stops every loop; a forced reset still works. */
    public void stop() {
        loops.values().forEach(LoopingCall::stop);
        loops.clear();
    }

    /** The areas whose resets are running, in file order. */
    public Set<String> running() {
        return Set.copyOf(loops.keySet());
    }

    /** Every area the rooms name, in file order: any of them can be reset by hand. */
    public List<String> areas() {
        Set<String> areas = new LinkedHashSet<>();
        for (RoomDefinition r : definition.rooms().values()) {
            areas.add(r.area());
        }
        return List.copyOf(areas);
    }

    public void addHook(ResetHook hook) {
        hooks.add(Objects.requireNonNull(hook, "hook"));
    }

    public void removeHook(ResetHook hook) {
        hooks.remove(hook);
    }

    /**
     * Resets {@code area} now, whatever its mode: players see what goes back, then the hooks are
     * told (so a reaction to the reset reads after it). Empty for an unknown area.
     */
    public Optional<AreaReset.Outcome> resetNow(String area) {
        game.reactor().checkInLoop();
        if (!areas().contains(area)) {
            return Optional.empty();
        }
        return Optional.of(reset(area));
    }

    /** Whether a player stands in one of the area's rooms. */
    public boolean occupied(String area) {
        for (String id : AreaReset.rooms(definition, area)) {
            Optional<Thing> room = game.world().find(id);
            if (room.isPresent() && room.get().contents().stream().anyMatch(Thing::isPlayer)) {
                return true;
            }
        }
        return false;
    }

    private void due(String area) {
        ResetDefinition reset = definition.resets().get(area);
        if (reset == null || reset.mode() == ResetMode.WHEN_EMPTY && occupied(area)) {
            return;
        }
        try {
            reset(area);
        } catch (RuntimeException e) {
            // One broken reset must not end the area's loop: the next interval tries again.
            log.error("the reset of area '{}' failed", area, e);
        }
    }

    private AreaReset.Outcome reset(String area) {
        AreaReset.Outcome outcome = AreaReset.run(game.world(), definition, area);
        game.deliver(outcome.events());
        log.info("area '{}' reset: {} moved back, {} made again, {} set back", area, outcome.movedBack(),
                outcome.madeAgain(), outcome.setBack());
        for (ResetHook hook : new ArrayList<>(hooks)) {
            try {
                hook.afterReset(outcome);
            } catch (RuntimeException e) {
                log.error("a reset hook of area '{}' failed", area, e);
            }
        }
        return outcome;
    }
}
