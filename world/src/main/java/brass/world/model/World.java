package brass.world.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The whole world: every thing by its stable id, the start room, and the one place where
 * things, exits and doors are made and removed. Usable from code (the demo world, tests) and
 * from a world-file loader alike; a reload finds things with {@link #find} and updates them in
 * place, so players keep what they carry.
 *
 * <p>A world always holds a room called {@value #LIMBO}: where players who left the game wait
 * with what they carry, and where things go when the room they were in is removed.
 */
public final class World {

    public static final String LIMBO = "limbo";

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_:.\\-]*");
    private static final Pattern PLAYER_NAME = Pattern.compile("\\p{L}[\\p{L}\\p{M}0-9_\\-]{0,23}");

    private final Map<String, Thing> things = new LinkedHashMap<>();
    // What changed since the last takeChanges: each thing at most once (its changed flag), and
    // the ids of things removed (never also the id of a thing in the list that is still here).
    private ArrayList<Thing> changed = new ArrayList<>();
    private Set<String> removedIds = new LinkedHashSet<>();
    // The rooms each door stands in, one entry per exit through it, kept by the exit methods, so
    // a door's two sides are found without searching every room.
    private final Map<Thing, List<Thing>> doorways = new IdentityHashMap<>();
    private final Thing limbo;
    private Thing startRoom;
    private String motd = "";
    private Map<String, HelpEntry> help = Map.of();
    // Every move counts one: a thing's arrival, so contents keep the order they arrived in.
    private long arrivals;
    private final Counters counters = new Counters(this);
    // Things made from a prototype at run time (not by the files), by id: the prototype each came from.
    private final Map<String, String> madeFrom = new java.util.HashMap<>();
    // Ids of things the files make that play destroyed: they stay gone (across restarts too) until made again.
    private final Set<String> destroyed = new LinkedHashSet<>();
    private final Crowds crowds = new Crowds();
    private final Audience audience = new Audience();

    public World() {
        limbo = room(LIMBO, "Limbo", "Nothing happens here.");
    }

    /** The flags and counters reactions and scripts keep on things and players. */
    public Counters counters() {
        return counters;
    }

    /** How many others each room names before it counts them. */
    public Crowds crowds() {
        return crowds;
    }

    /** Who is listening where: what happens in a room is told to those alone. */
    public Audience audience() {
        return audience;
    }

    // ---- lookup ----------------------------------------------------------------------------

    public Optional<Thing> find(String id) {
        return Optional.ofNullable(things.get(id));
    }

    /** The thing with this id; throws if there is none. */
    public Thing get(String id) {
        Thing t = things.get(id);
        if (t == null) {
            throw new IllegalArgumentException("no thing with id '" + id + "'");
        }
        return t;
    }

    /** Every thing, in the order made. Read-only. */
    public Collection<Thing> things() {
        return Collections.unmodifiableCollection(things.values());
    }

    public int size() {
        return things.size();
    }

    public Thing limbo() {
        return limbo;
    }

    /** Where new players appear: the first room made, unless set. */
    public Thing startRoom() {
        return startRoom == null ? limbo : startRoom;
    }

    public World startRoom(Thing room) {
        if (room.kind() != Thing.Kind.ROOM) {
            throw new IllegalArgumentException(room.id() + " is not a room");
        }
        this.startRoom = room;
        return this;
    }

    /** The message of the day: what each player reads as they come into the game; empty for none. */
    public String motd() {
        return motd;
    }

    public World motd(String text) {
        this.motd = text == null ? "" : text;
        return this;
    }

    /** The help entries the world's files wrote, by word, in the order written. */
    public Map<String, HelpEntry> help() {
        return help;
    }

    /** Replaces the world's help entries (the build and reload set them). */
    public World help(List<HelpEntry> entries) {
        Map<String, HelpEntry> byWord = new LinkedHashMap<>();
        for (HelpEntry e : entries) {
            byWord.put(e.word(), e);
        }
        this.help = Collections.unmodifiableMap(byWord);
        return this;
    }

    // ---- making things -----------------------------------------------------------------------

    public Thing room(String id, String name, String description) {
        Thing room = add(id, Thing.Kind.ROOM, name).description(description).properName(true);
        if (startRoom == null && !LIMBO.equals(id)) {
            startRoom = room;
        }
        return room;
    }

    /** A portable object, placed in {@code where} (a room, container, surface or actor). */
    public Thing object(String id, String name, Thing where) {
        Thing t = add(id, Thing.Kind.OBJECT, name);
        place(t, where);
        return t;
    }

    /** A non-player actor standing in {@code room}. */
    public Thing actor(String id, String name, Thing room) {
        Thing t = add(id, Thing.Kind.ACTOR, name).properName(true).gender(Gender.PLURAL);
        place(t, room);
        return t;
    }

    /**
     * The id a player called {@code name} has: {@code player:alice}. Letters an id cannot hold
     * (any but a to z) are written as their code point in hex between dots, which no name
     * contains: {@code player:zo.eb.} for Zoë.
     */
    public static String playerId(String name) {
        StringBuilder id = new StringBuilder("player:");
        name.trim().toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || cp == '_' || cp == '-') {
                id.appendCodePoint(cp);
            } else {
                id.append('.').append(Integer.toHexString(cp)).append('.');
            }
        });
        return id.toString();
    }

    /**
     * A player's character, standing in {@code room}; named as typed with a capital first letter,
     * found by {@link #playerId}. A name is a letter (of any alphabet), then up to 23 letters,
     * combining marks, digits, - or _.
     */
    public Thing player(String name, Thing room) {
        if (!PLAYER_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a player's name is a letter then up to 23 letters, digits, - or _: '" + name + "'");
        }
        int first = name.codePointAt(0);
        String display = new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(name, Character.charCount(first), name.length()).toString();
        return actor(playerId(name), display, room).player(true);
    }

    /** A door, not yet in any exit; {@link #connect} hangs it between two rooms. Closed at first. */
    public Thing door(String id, String name) {
        return add(id, Thing.Kind.DOOR, name);
    }

    /** A one-way exit from {@code from} in {@code direction}. */
    public Exit exit(Thing from, Direction direction, Thing to) {
        return exit(from, direction.word(), direction, to, null);
    }

    /** A one-way named exit ("trapdoor", "ladder"); if the name is a direction's word, it is that direction. */
    public Exit exit(Thing from, String name, Thing to) {
        return exit(from, name, Direction.parse(name).orElse(null), to, null);
    }

    public Exit exit(Thing from, String name, Direction direction, Thing to, Thing door) {
        return exit(from, new Exit(name, direction, to, door));
    }

    /** Puts {@code exit} (with its synonyms and description, as world files give them) in {@code from}. */
    public Exit exit(Thing from, Exit exit) {
        requireRoom(from);
        leaveDoorway(from, from.exit(exit.name()));
        from.putExit(exit);
        if (exit.door() != null) {
            doorways.computeIfAbsent(exit.door(), d -> new ArrayList<>(2)).add(from);
        }
        return exit;
    }

    /** Two exits, {@code a} to {@code b} going {@code direction} and back the opposite way. */
    public void connect(Thing a, Direction direction, Thing b) {
        connect(a, direction, b, null);
    }

    /** Two exits sharing one door, so that opening it from one side opens it on the other. */
    public void connect(Thing a, Direction direction, Thing b, Thing door) {
        exit(a, direction.word(), direction, b, door);
        exit(b, direction.opposite().word(), direction.opposite(), a, door);
    }

    /** Two named exits, e.g. a "trapdoor" down and a "ladder" back up. */
    public void connect(Thing a, String there, Thing b, String back, Thing door) {
        exit(a, there, Direction.parse(there).orElse(null), b, door);
        exit(b, back, Direction.parse(back).orElse(null), a, door);
    }

    public void removeExit(Thing room, String name) {
        leaveDoorway(room, room.exit(name));
        room.removeExit(name);
    }

    /**
     * The rooms with an exit through {@code door}: its two sides, in the order their exits were
     * made; empty for a door on no exit (or a thing that is not a door).
     */
    public List<Thing> sides(Thing door) {
        List<Thing> rooms = doorways.get(door);
        return rooms == null ? List.of() : rooms.stream().distinct().toList();
    }

    private void leaveDoorway(Thing room, Exit exit) {
        if (exit == null || exit.door() == null) {
            return;
        }
        List<Thing> rooms = doorways.get(exit.door());
        if (rooms != null && rooms.remove(room) && rooms.isEmpty()) {
            doorways.remove(exit.door());
        }
    }

    /**
     * A fresh id for a thing made from {@code prototype} at run time: {@code pressed-flower:7}. The
     * colon keeps it apart from every id the files can write, and the number is the world's count of
     * things made, kept as limbo's counter {@value #MADE_COUNTER} so that checkpoints save it: an id
     * is never given twice, across restarts too, even to a thing made after one was destroyed.
     */
    public String nextMadeId(String prototype) {
        String id;
        do {
            id = prototype + ":" + counters.add(limbo, MADE_COUNTER, 1);
        } while (things.containsKey(id));
        return id;
    }

    /** Limbo's counter that numbers the things made at run time ({@link #nextMadeId}). */
    public static final String MADE_COUNTER = "things-made";

    /** A portable object made from {@code prototype} at run time, placed in {@code where}. */
    public Thing made(String id, String prototype, String name, Thing where) {
        Thing t = object(id, name, where);
        madeFrom.put(id, prototype);
        return t;
    }

    /** The prototype {@code thing} was made from at run time, or empty for a thing of the files (or a player). */
    public Optional<String> madeFrom(Thing thing) {
        return Optional.ofNullable(madeFrom.get(thing.id()));
    }

    // ---- removing ----------------------------------------------------------------------------

    /**
     * Takes a thing out of the world. What it held goes somewhere sensible: the contents of an
     * object or actor drop to where it was; the contents of a room go to the start room (or limbo
     * if the start room is the one going). Exits through a removed door or into a removed room
     * disappear.
     */
    public void remove(Thing thing) {
        if (thing == limbo) {
            throw new IllegalArgumentException("limbo can't be removed");
        }
        if (thing.isRemoved()) {
            return;
        }
        Thing heir;
        if (thing.location() != null) {
            heir = thing.location();
        } else if (thing.isRoom()) {
            heir = startRoom == thing ? limbo : startRoom();
        } else {
            heir = limbo;
        }
        for (Thing inside : new ArrayList<>(thing.contents())) {
            Thing target = inside.isActor() && !heir.isRoom() ? heir.room() : heir;
            inside.moveTo(target == null ? limbo : target);
        }
        if (thing.isRoom() || thing.isDoor()) {
            for (Thing room : things.values()) {
                if (!room.isRoom()) {
                    continue;
                }
                for (Exit e : new ArrayList<>(room.exits().values())) {
                    if (e.destination() == thing || e.door() == thing) {
                        removeExit(room, e.name());
                    }
                }
            }
            // A removed room's own exits go with it, and so do its places in doorways.
            for (Exit e : new ArrayList<>(thing.exits().values())) {
                removeExit(thing, e.name());
            }
        }
        if (startRoom == thing) {
            startRoom = null;
        }
        thing.detachForRemoval();
        counters.forget(thing);
        madeFrom.remove(thing.id());
        things.remove(thing.id());
        // Its entry in the changed list (if any) is skipped when taken: it is removed.
        removedIds.add(thing.id());
    }

    /**
     * Takes a thing out of the world for good, as a reaction or script does: as {@link #remove},
     * and a thing the files make (not one made at run time, not a player) is kept among the
     * {@link #destroyed} ids, which checkpoints save, so that a restart does not bring it back. A
     * thing made again with its id (an area's reset) is no longer destroyed.
     */
    public void destroy(Thing thing) {
        boolean fromFiles = !madeFrom.containsKey(thing.id()) && !thing.isPlayer() && !thing.isRemoved();
        remove(thing);
        if (fromFiles) {
            destroyed.add(thing.id());
        }
    }

    /** The ids of things of the files that were {@link #destroy}ed and not made again, in the order destroyed. */
    public Set<String> destroyed() {
        return Collections.unmodifiableSet(destroyed);
    }

    /**
     * Forgets that {@code id} was destroyed (the files no longer make it, or make another kind of
     * thing with it): the next checkpoint drops its record.
     */
    public void forgetDestroyed(String id) {
        if (destroyed.remove(id) && !things.containsKey(id)) {
            removedIds.add(id);
        }
    }

    // ---- checkpoints -------------------------------------------------------------------------

    /** The changing state of every thing, taken at once; cheap enough to call within one loop turn. */
    public List<ThingState> snapshot() {
        List<ThingState> out = new ArrayList<>(things.size());
        for (Thing t : things.values()) {
            out.add(ThingState.of(t));
        }
        return out;
    }

    /**
     * What changed since the last call: the things whose checkpointed state (location, states
     * such as open or lit, and for a player the name) may differ, and the ids of things removed.
     * Applying both, removals first, to the snapshot as it was at the last call gives {@link
     * #snapshot()} now. The things are live: read them in the same loop turn. Clears the record, so
     * a full checkpoint calls this too and drops what it returns.
     */
    public Changes takeChanges() {
        List<Thing> out = new ArrayList<>(changed.size());
        for (Thing t : changed) {
            t.changed = false;
            if (!t.isRemoved()) {
                out.add(t);
            }
        }
        List<String> gone = List.copyOf(removedIds);
        // Fresh lists rather than clear(): after a reload or the first full checkpoint the old
        // ones may be as long as the world, and would stay that size.
        changed = new ArrayList<>();
        removedIds = new LinkedHashSet<>();
        return new Changes(Collections.unmodifiableList(out), gone);
    }

    /**
     * Records that {@code thing}'s checkpointed state changed. The model calls this itself on
     * every change to that state; the game calls it for what it keeps alongside a thing and
     * checkpoints with it (where an away player comes back to).
     */
    public void markChanged(Thing thing) {
        if (!thing.changed && !thing.isRemoved()) {
            thing.changed = true;
            changed.add(thing);
        }
    }

    /**
     * Things changed and ids removed since the last {@link #takeChanges}; disjoint by id.
     *
     * @param changed live things still in the world, each once
     * @param removed ids of things taken out of the world (and not made again since)
     */
    public record Changes(List<Thing> changed, List<String> removed) {

        public boolean isEmpty() {
            return changed.isEmpty() && removed.isEmpty();
        }
    }

    /**
     * Puts things back as a snapshot says, by id: where each thing is, in the order it arrived
     * there, its states ({@link Thing#states(Set)}) and its flags and counters. Unknown ids are skipped (the world files
     * may have dropped them) and returned; a thing whose recorded place is gone waits in limbo.
     * Every move goes through {@link Thing#moveTo}, by way of limbo, so that no order of restoring can make a cycle or a
     * duplicate; then each thing takes back the arrival the snapshot recorded, and every place it
     * went lists its contents in that order, so the contents of each place read as they did.
     *
     * @return the ids in the snapshot that this world doesn't have
     */
    public List<String> restore(List<ThingState> states) {
        List<String> unknown = new ArrayList<>();
        List<ThingState> movable = new ArrayList<>();
        for (ThingState s : states) {
            Thing t = things.get(s.id());
            if (t == null) {
                unknown.add(s.id());
                continue;
            }
            counters.replace(t, s.counters());
            if (s.location() != null && t.location() != null) {
                t.moveTo(limbo);
                movable.add(s);
            }
        }
        movable.sort(Comparator.comparingLong(ThingState::arrival));
        Set<Thing> places = new LinkedHashSet<>();
        places.add(limbo);
        for (ThingState s : movable) {
            Thing t = things.get(s.id());
            Thing where = things.get(s.location());
            if (where != null && t.whyCannotMoveTo(where) == null) {
                t.moveTo(where);
                t.restoreArrival(s.arrival());
                arrivals = Math.max(arrivals, s.arrival());
                places.add(where);
            }
        }
        // A place may also hold things the snapshot did not move (new in the files): all by arrival.
        for (Thing place : places) {
            place.sortContentsByArrival();
        }
        // States last: a move takes off what was worn, and only what is carried can be worn.
        for (ThingState s : states) {
            Thing t = things.get(s.id());
            if (t != null) {
                t.states(s.states());
            }
        }
        return unknown;
    }

    // Thing.moveTo only: the thing's arrival, and its listener (if it is one) follows it.
    long arrived(Thing thing, Thing from, Thing to) {
        audience.moved(thing, from, to);
        return ++arrivals;
    }

    // ---- checking ----------------------------------------------------------------------------

    /**
     * Every broken invariant, described; empty when the world is sound. Tests call this after
     * every step; it is also a cheap self-check before a checkpoint.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Map<Thing, Integer> seen = new IdentityHashMap<>();
        for (Thing holder : things.values()) {
            for (Thing inside : holder.contents()) {
                seen.merge(inside, 1, Integer::sum);
                if (inside.location() != holder) {
                    problems.add(inside.id() + " is listed in " + holder.id() + " but says it is in " + inside.location());
                }
                if (things.get(inside.id()) != inside) {
                    problems.add(inside.id() + " is in " + holder.id() + " but not in the world's index");
                }
            }
        }
        Map<Thing, List<Thing>> doors = new IdentityHashMap<>();
        for (Thing t : things.values()) {
            int count = seen.getOrDefault(t, 0);
            boolean placeless = t.isRoom() || t.isDoor();
            if (placeless && (count != 0 || t.location() != null)) {
                problems.add(t.id() + " is a " + t.kind() + " but is somewhere");
            }
            if (!placeless && count != 1) {
                problems.add(t.id() + " is in " + count + " places");
            }
            if (!placeless && t.location() != null && t.location().isWithin(t)) {
                problems.add(t.id() + " is inside itself");
            }
            for (Exit e : t.exits().values()) {
                if (e.door() != null) {
                    doors.computeIfAbsent(e.door(), d -> new ArrayList<>(2)).add(t);
                }
            }
            long last = Long.MIN_VALUE;
            for (Thing inside : t.contents()) {
                if (inside.arrival() < last) {
                    problems.add(t.id() + " does not list its contents in the order they arrived");
                    break;
                }
                last = inside.arrival();
            }
        }
        if (!byId(doors).equals(byId(doorways))) {
            problems.add("the rooms kept for each door are not those whose exits go through it");
        }
        return problems;
    }

    // ---- internals ---------------------------------------------------------------------------

    private static Map<String, List<String>> byId(Map<Thing, List<Thing>> rooms) {
        Map<String, List<String>> out = new TreeMap<>();
        rooms.forEach((door, list) -> out.put(door.id(), list.stream().map(Thing::id).sorted().toList()));
        return out;
    }

    private Thing add(String id, Thing.Kind kind, String name) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a thing's id is lower-case letters, digits and - _ : . (e.g. 'brass-cockroach'): '" + id + "'");
        }
        if (things.containsKey(id)) {
            throw new IllegalArgumentException("there is already a thing with id '" + id + "'");
        }
        Thing t = new Thing(this, id, kind, name);
        things.put(id, t);
        // Made again with an id removed since the last checkpoint: a changed row, not a removal.
        removedIds.remove(id);
        destroyed.remove(id);
        markChanged(t);
        return t;
    }

    private void place(Thing t, Thing where) {
        String refusal = t.whyCannotMoveTo(where);
        if (refusal != null) {
            things.remove(t.id());
            t.detachForRemoval();
            // Its entry in the changed list is skipped; and if add() took its id off the removed
            // ids (an earlier thing of that id went since the last checkpoint), it goes back.
            removedIds.add(t.id());
            throw new IllegalArgumentException("can't place " + t.id() + ": " + refusal);
        }
        t.moveTo(where);
    }

    private static void requireRoom(Thing t) {
        if (t.kind() != Thing.Kind.ROOM) {
            throw new IllegalArgumentException(t.id() + " is not a room");
        }
    }
}
