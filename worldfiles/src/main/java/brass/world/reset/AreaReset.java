package brass.world.reset;

import brass.world.build.WorldBuilder;
import brass.world.files.definition.ActorDefinition;
import brass.world.files.definition.DoorDefinition;
import brass.world.files.definition.Placement;
import brass.world.files.definition.RoomDefinition;
import brass.world.files.definition.ThingDefinition;
import brass.world.files.definition.WorldDefinition;
import brass.world.language.Event;
import brass.world.model.Flag;
import brass.world.model.Thing;
import brass.world.model.World;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One reset of one area, in one loop turn. The area covers what its rooms hold in the files: the
 * things placed in them (however deeply, in containers, on surfaces or carried by actors standing
 * there), the actors standing there, and the doors with a side there. A reset:
 * <ol>
 *   <li>makes again, as a fresh build would ({@link WorldBuilder}), each of those things and
 *       actors that is no longer in the world, and brings back an actor left in limbo;</li>
 *   <li>puts each thing back where the files place it, in file order, unless a player carries it
 *       (however deeply) or where it goes is in a player's hands; an actor that wandered stays
 *       where it is;</li>
 *   <li>gives each of those things and doors the states the files write (open, locked, lit).</li>
 * </ol>
 * Every change is an {@link Event} for the room it can be seen in ("The old chest swings shut and
 * locks with a click."); the model marks what it changed, so the next checkpoint saves it. What
 * players or scripts made at run time, and things of other areas, are left alone.
 */
public final class AreaReset {

    /**
     * What a reset covered and did.
     *
     * @param rooms  the ids of the area's rooms
     * @param things the ids of the things, actors and doors it covers
     * @param events what players see, in order, not yet delivered
     */
    public record Outcome(String area, Set<String> rooms, Set<String> things, int movedBack, int madeAgain,
                          int setBack, List<Event> events) {

        public Outcome {
            rooms = Set.copyOf(rooms);
            things = Set.copyOf(things);
            events = List.copyOf(events);
        }
    }

    private final World world;
    private final WorldDefinition definition;
    private final String area;
    private final Set<String> rooms = new LinkedHashSet<>();
    private final Set<String> covered = new LinkedHashSet<>();
    private final List<Event> events = new ArrayList<>();
    private int moved;
    private int made;
    private int setBack;

    private AreaReset(World world, WorldDefinition definition, String area) {
        this.world = world;
        this.definition = definition;
        this.area = area;
        this.rooms.addAll(rooms(definition, area));
    }

    /** Resets {@code area} of {@code world}, which follows {@code definition}. Call on the loop. */
    public static Outcome run(World world, WorldDefinition definition, String area) {
        AreaReset reset = new AreaReset(world, definition, area);
        reset.run();
        return new Outcome(area, reset.rooms, reset.covered, reset.moved, reset.made, reset.setBack, reset.events);
    }

    /** The ids of {@code area}'s rooms in {@code definition}, in file order. */
    public static Set<String> rooms(WorldDefinition definition, String area) {
        Set<String> rooms = new LinkedHashSet<>();
        for (RoomDefinition r : definition.rooms().values()) {
            if (r.area().equals(area)) {
                rooms.add(r.id());
            }
        }
        return rooms;
    }

    private void run() {
        List<ActorDefinition> actors = definition.actors().values().stream().filter(a -> rooms.contains(a.room()))
                .toList();
        List<ThingDefinition> things = definition.things().values().stream().filter(t -> rooms.contains(roomOf(t)))
                .toList();
        List<DoorDefinition> doors = definition.doors().values().stream()
                .filter(d -> rooms.contains(d.first().room()) || rooms.contains(d.second().room())).toList();
        actors.forEach(a -> covered.add(a.id()));
        things.forEach(t -> covered.add(t.id()));
        doors.forEach(d -> covered.add(d.id()));
        for (ActorDefinition a : actors) {
            Thing actor = world.find(a.id()).orElse(null);
            if (actor == null) {
                actor = world.actor(a.id(), a.name(), world.limbo());
                WorldBuilder.applyActor(actor, a);
                made++;
            }
            if (actor.isActor() && actor.location() == world.limbo()) {
                moveBack(actor, world.get(a.room()));
            }
        }
        for (ThingDefinition t : things) {
            if (world.find(t.id()).isEmpty()) {
                WorldBuilder.applyThing(world.object(t.id(), t.name(), world.limbo()), t, true);
                made++;
            }
        }
        Set<Thing> refilled = new LinkedHashSet<>();
        for (ThingDefinition t : things) {
            Thing thing = world.get(t.id());
            Thing place = WorldBuilder.startPlace(world, t);
            if (thing.kind() == Thing.Kind.OBJECT && thing.location() != place && carrier(thing) == null
                    && carrier(place) == null && thing.whyCannotMoveTo(place) == null) {
                moveBack(thing, place);
                refilled.add(place);
            }
        }
        inFileOrder(things, refilled);
        for (ThingDefinition t : things) {
            Thing thing = world.get(t.id());
            if (thing.kind() == Thing.Kind.OBJECT && carrier(thing) == null) {
                setBack(thing, t.flags(), seenIn(thing));
            }
        }
        for (DoorDefinition d : doors) {
            world.find(d.id()).filter(Thing::isDoor).ifPresent(door -> setBack(door, d.flags(), world.sides(door)));
        }
    }

    /**
     * Lists what the files place in each refilled holder in file order again, as a fresh build
     * does ("a pewter tankard and a candle", not the other way round): each goes out to limbo and
     * straight back, unseen, in file order, after anything else that lies there.
     */
    private void inFileOrder(List<ThingDefinition> things, Set<Thing> refilled) {
        for (ThingDefinition t : things) {
            Thing thing = world.get(t.id());
            Thing place = thing.location();
            if (refilled.contains(place) && place == WorldBuilder.startPlace(world, t)) {
                thing.moveTo(world.limbo());
                thing.moveTo(place);
            }
        }
    }

    /** The room a thing's placement comes to in the files, following containers and carriers; null for none. */
    private String roomOf(ThingDefinition t) {
        ThingDefinition at = t;
        // The checker refuses placement cycles; the bound only keeps a hand-made definition from hanging.
        for (int depth = 0; depth <= definition.things().size(); depth++) {
            Placement p = at.placement().orElse(null);
            if (p == null) {
                return null;
            }
            switch (p.kind()) {
                case IN_ROOM -> {
                    return p.target();
                }
                case CARRIED_BY -> {
                    ActorDefinition actor = definition.actors().get(p.target());
                    return actor == null ? null : actor.room();
                }
                default -> at = definition.things().get(p.target());
            }
            if (at == null) {
                return null;
            }
        }
        return null;
    }

    private void moveBack(Thing thing, Thing place) {
        Thing from = seenIn(thing);
        thing.moveTo(place);
        moved++;
        Thing to = seenIn(thing);
        if (from != null && from != to) {
            events.add(new Event(null, null, null, thing, from, null, null, "{subject} vanishes.", null));
        }
        if (to != null) {
            Thing holder = thing.location();
            String where = holder.isRoom() ? "" : holder.isActor() ? " with {target}"
                    : holder.is(Flag.SURFACE) ? " on {target}" : " in {target}";
            events.add(new Event(null, holder.isRoom() ? null : holder, null, thing, to, null, null,
                    (from == to ? "{subject} is back" : "{subject} appears") + where + ".", null));
        }
    }

    private void setBack(Thing thing, Set<Flag> written, Thing room) {
        setBack(thing, written, room == null ? List.of() : List.of(room));
    }

    private void setBack(Thing thing, Set<Flag> written, List<Thing> places) {
        Set<Flag> before = thing.states();
        thing.states(Flag.statesIn(written));
        Set<Flag> after = thing.states();
        if (before.equals(after)) {
            return;
        }
        setBack++;
        for (String template : StateChanges.describe(before, after)) {
            for (Thing place : places) {
                events.add(new Event(null, null, null, thing, place, null, null, template, null));
            }
        }
    }

    /**
     * The room in which players see {@code thing}: where it lies in the open, on a surface, in an
     * open container or an actor's hands; null when it is shut away, in limbo or nowhere.
     */
    private Thing seenIn(Thing thing) {
        Thing room = thing.room();
        if (room == null || room == world.limbo()) {
            return null;
        }
        for (Thing x = thing.location(); x != room; x = x.location()) {
            if (!x.isActor() && !x.contentsAccessible()) {
                return null;
            }
        }
        return room;
    }

    /** The player who has {@code t}, however deeply, or who {@code t} is; null if none. */
    static Thing carrier(Thing t) {
        for (Thing x = t; x != null; x = x.location()) {
            if (x.isPlayer()) {
                return x;
            }
        }
        return null;
    }
}
