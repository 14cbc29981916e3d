package brass.world.files.compile;

import brass.world.files.definition.ActorDefinition;
import brass.world.files.definition.DoorDefinition;
import brass.world.files.definition.DoorState;
import brass.world.files.definition.ExitDefinition;
import brass.world.files.definition.Placement;
import brass.world.files.definition.ThingDefinition;
import brass.world.files.diagnostic.Problems;
import brass.world.model.Flag;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plays the world forward from the start room, the way a player would: walk through every door
 * that is not locked, pick up every key that can be reached, unlock what those keys open, and
 * repeat until nothing new opens. Warns about a lock whose key is never reached (a key left behind
 * its own door, or locked inside the chest it opens): it can never be opened.
 *
 * @param keys the ids locks name as keys
 */
record LockCheck(Index index, List<RoomPass.RoomDraft> rooms, Map<String, DoorDefinition> doors,
                 Map<String, ThingDefinition> things, Map<String, ActorDefinition> actors, Set<String> keys) {

    void check(String start, Problems problems) {
        Set<String> held = new HashSet<>();
        boolean[] reached = new boolean[rooms.size()];
        int[] queue = new int[rooms.size()];
        int first = index.get(start).room();
        boolean changed = true;
        while (changed) {
            walk(first, held, reached, queue);
            changed = false;
            for (ThingDefinition thing : things.values()) {
                if (!held.contains(thing.id()) && keys.contains(thing.id())
                        && obtainable(thing, reached, held, new HashSet<>())) {
                    held.add(thing.id());
                    changed = true;
                }
            }
        }
        for (DoorDefinition door : doors.values()) {
            if (door.state() == DoorState.LOCKED && door.key().filter(things::containsKey).isPresent()
                    && !held.contains(door.key().get()) && isReached(door.first().room(), reached)
                            != isReached(door.second().room(), reached)) {
                problems.warning(door.position(), "door '" + door.id() + "' can never be unlocked: no player can"
                        + " reach its key '" + door.key().get() + "' without going through it",
                        "put the key somewhere a player can reach first");
            }
        }
        for (ThingDefinition thing : things.values()) {
            if (thing.is(Flag.LOCKED) && thing.key().filter(things::containsKey).isPresent()
                    && !held.contains(thing.key().get()) && obtainable(thing, reached, held, new HashSet<>())) {
                problems.warning(thing.position(), "thing '" + thing.id() + "' can never be unlocked: no player can"
                        + " reach its key '" + thing.key().get() + "'",
                        "put the key somewhere a player can reach first");
            }
        }
    }

    /** Marks every room a player holding {@code held} can walk to from room {@code first}. */
    private void walk(int first, Set<String> held, boolean[] reached, int[] queue) {
        Arrays.fill(reached, false);
        int head = 0;
        int tail = 0;
        reached[first] = true;
        queue[tail++] = first;
        while (head < tail) {
            RoomPass.RoomDraft room = rooms.get(queue[head++]);
            List<ExitDefinition> exits = room.definition().exits();
            for (int k = 0; k < exits.size(); k++) {
                ExitDefinition exit = exits.get(k);
                boolean passable = true;
                if (exit.door().isPresent()) {
                    DoorDefinition door = doors.get(exit.door().get());
                    passable = door == null || door.state() != DoorState.LOCKED
                            || door.key().map(held::contains).orElse(false);
                }
                int to = room.exitTargets()[k];
                if (passable && !reached[to]) {
                    reached[to] = true;
                    queue[tail++] = to;
                }
            }
        }
    }

    private boolean isReached(String id, boolean[] reached) {
        Entry entry = index.get(id);
        return entry != null && entry.kind() == Kind.ROOM && reached[entry.room()];
    }

    /** Whether a player standing in the reached rooms, holding {@code held}, can get at a thing. */
    private boolean obtainable(ThingDefinition thing, boolean[] reached, Set<String> held, Set<String> seen) {
        if (thing.placement().isEmpty() || !seen.add(thing.id())) {
            return false;
        }
        Placement placement = thing.placement().get();
        return switch (placement.kind()) {
            case IN_ROOM -> isReached(placement.target(), reached);
            case CARRIED_BY -> actors.containsKey(placement.target())
                    && isReached(actors.get(placement.target()).room(), reached);
            case ON_THING -> things.containsKey(placement.target())
                    && obtainable(things.get(placement.target()), reached, held, seen);
            case IN_THING -> {
                ThingDefinition holder = things.get(placement.target());
                yield holder != null && obtainable(holder, reached, held, seen)
                        && (!holder.is(Flag.LOCKED) || holder.key().map(held::contains).orElse(false));
            }
        };
    }
}
