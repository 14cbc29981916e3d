package brass.world.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Anything in the world: a room, a door, an object or an actor.
 *
 * <p>Where a thing is can only change through {@link #moveTo}, which takes it out of its old
 * place and puts it into the new one in the same step and refuses to make a cycle; so a thing
 * is always in exactly one place, and the brass cockroach cannot be duplicated by any sequence
 * of moves. Rooms and doors have no location: a room is a place, and a door belongs to the two
 * exits that share it.
 *
 * <p>Everything else is plain mutable state with fluent setters (text, the yes/no {@link Flag}s),
 * so a loader can build things and a reload update them in place by id. Only the game loop may touch a thing.
 */
public final class Thing {

    /** What role a thing plays; fixed at creation. */
    public enum Kind { ROOM, DOOR, OBJECT, ACTOR }

    private final World world;
    private final String id;
    private final Kind kind;

    private String name;
    private List<String> adjectives = List.of();
    private List<String> synonyms = List.of();
    private String description = "";
    private Gender gender = Gender.NEUTER;

    private Thing location;
    // When it arrived, in the world's count: contents list in this order, kept by checkpoints.
    private long arrival;
    private ArrayList<Thing> contents; // lazily: most things hold nothing
    private Map<String, Exit> exits;
    // Flags a bit each; a state's bit reads as Flag.withoutCapability while it lacks the capability.
    private int flags;
    private String keyId;
    private String wornOn = Wearing.DEFAULT_PLACE;
    private boolean player;
    private boolean removed;
    boolean changed; // already in the world's list of things changed since the last checkpoint
    // The parser asks for every candidate's words on every command: keep them until they change.
    private Set<String> vocabulary;

    Thing(World world, String id, Kind kind, String name) {
        this.world = world;
        this.id = id;
        this.kind = kind;
        this.name = Objects.requireNonNull(name, "name");
        this.flags = Flag.starting(kind);
    }

    // ---- identity and words ------------------------------------------------------------

    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public World world() {
        return world;
    }

    public boolean isRoom() {
        return kind == Kind.ROOM;
    }

    public boolean isDoor() {
        return kind == Kind.DOOR;
    }

    public boolean isActor() {
        return kind == Kind.ACTOR;
    }

    /** True for a player's character, as opposed to a non-player actor. */
    public boolean isPlayer() {
        return player;
    }

    public Thing player(boolean value) {
        requireKind(Kind.ACTOR, "be a player");
        if (player != value) {
            // A checkpoint keeps a player's name: whether this is a player is part of its row.
            this.player = value;
            world.markChanged(this);
        }
        return this;
    }

    /** The name shown to players, adjectives included: "red key", "Bob". */
    public String name() {
        return name;
    }

    public Thing name(String value) {
        // A checkpoint keeps a player's name (players are not in the files); nobody else's.
        Objects.requireNonNull(value, "name");
        if (player && !value.equals(name)) {
            world.markChanged(this);
        }
        this.name = value;
        this.vocabulary = null;
        return this;
    }

    public List<String> adjectives() {
        return adjectives;
    }

    public Thing adjectives(String... words) {
        this.adjectives = lowerAll(words);
        this.vocabulary = null;
        return this;
    }

    public List<String> synonyms() {
        return synonyms;
    }

    public Thing synonyms(String... words) {
        this.synonyms = lowerAll(words);
        this.vocabulary = null;
        return this;
    }

    /** Every word a player may use for this thing: the words of its name, adjectives, synonyms. Read-only. */
    public Set<String> vocabulary() {
        if (vocabulary != null) {
            return vocabulary;
        }
        Set<String> words = new TreeSet<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        words.addAll(adjectives);
        words.addAll(synonyms);
        vocabulary = Collections.unmodifiableSet(words);
        return vocabulary;
    }

    public String description() {
        return description;
    }

    public Thing description(String value) {
        this.description = value == null ? "" : value;
        return this;
    }

    public Gender gender() {
        return gender;
    }

    public Thing gender(Gender value) {
        this.gender = Objects.requireNonNull(value, "gender");
        return this;
    }

    // ---- containment ---------------------------------------------------------------------

    /** Where this thing is: a room, a container or surface, or an actor. Null for rooms and doors. */
    public Thing location() {
        return location;
    }

    /** When it arrived where it is, in the world's arrivals (0: never placed); contents list in this order. */
    public long arrival() {
        return arrival;
    }

    // World.restore only: back to the arrival a checkpoint recorded; the caller re-sorts the holder.
    // Marked here: a thing restored to where it already was changed its arrival alone.
    void restoreArrival(long value) {
        if (arrival != value) {
            arrival = value;
            world.markChanged(this);
        }
    }

    // World.restore only: after arrivals were put back, list the contents in their order again.
    void sortContentsByArrival() {
        if (contents != null) {
            contents.sort(Comparator.comparingLong(Thing::arrival));
        }
    }

    /** What is directly in (or on) this thing, in the order it arrived. Read-only. */
    public List<Thing> contents() {
        return contents == null ? List.of() : Collections.unmodifiableList(contents);
    }

    /** The room this thing is in, however deeply; a room is its own room. */
    public Thing room() {
        Thing t = this;
        while (t != null && t.kind != Kind.ROOM) {
            t = t.location;
        }
        return t;
    }

    /** True when this thing is {@code other} or somewhere inside it. */
    public boolean isWithin(Thing other) {
        for (Thing t = this; t != null; t = t.location) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /**
     * Moves this thing into {@code destination}, out of where it was in the same step: the one way to
     * change a thing's location. Nobody wears what leaves their hands.
     *
     * @throws IllegalArgumentException if the move would break the world ({@link #whyCannotMoveTo})
     */
    public void moveTo(Thing destination) {
        String refusal = whyCannotMoveTo(destination);
        if (refusal != null) {
            throw new IllegalArgumentException("can't move " + id + " to "
                    + (destination == null ? "nowhere" : destination.id) + ": " + refusal);
        }
        if (location == destination) {
            return;
        }
        if (location != null) {
            location.contents.remove(this);
        }
        if (destination.contents == null) {
            destination.contents = new ArrayList<>(4);
        }
        destination.contents.add(this);
        arrival = world.arrived(this, location, destination);
        location = destination;
        flags &= ~Flag.WORN.bit;
        // Only this thing's location changed: what it carries is still in it.
        world.markChanged(this);
    }

    /**
     * Why {@link #moveTo} would refuse, or null: a room or door can't be moved, an actor only stands in
     * rooms, things only go into rooms, containers, surfaces and actors, nothing inside itself.
     */
    public String whyCannotMoveTo(Thing destination) {
        if (destination == null) {
            return "a thing must always be somewhere";
        }
        if (removed || destination.removed) {
            return "removed from the world";
        }
        if (destination.world != world) {
            return "they belong to different worlds";
        }
        if (kind == Kind.ROOM || kind == Kind.DOOR) {
            return "rooms and doors stay where they are";
        }
        if (kind == Kind.ACTOR && destination.kind != Kind.ROOM) {
            return "actors stand in rooms";
        }
        if (destination.kind == Kind.DOOR) {
            return "nothing goes into a door";
        }
        if (destination.kind == Kind.OBJECT && !destination.is(Flag.CONTAINER) && !destination.is(Flag.SURFACE)) {
            return destination.id + " is neither a container nor a surface";
        }
        if (destination.isWithin(this)) {
            return "that would put it inside itself";
        }
        return null;
    }

    // Called by World.remove only, once the thing is out of every place.
    void detachForRemoval() {
        if (location != null) {
            location.contents.remove(this);
            world.audience().moved(this, location, null);
            location = null;
        }
        removed = true;
    }

    public boolean isRemoved() {
        return removed;
    }

    // ---- exits (rooms) ---------------------------------------------------------------------

    /** This room's exits by name, in the order they were made. */
    public Map<String, Exit> exits() {
        return exits == null ? Map.of() : Collections.unmodifiableMap(exits);
    }

    public Exit exit(String exitName) {
        return exits == null ? null : exits.get(exitName.toLowerCase(Locale.ROOT));
    }

    public Exit exit(Direction direction) {
        return exit(direction.word());
    }

    /**
     * The exit a player means by {@code word}, or null: a direction's word or abbreviation means that
     * direction's exit only; any other word the exit of that name, else the first made with it as a
     * synonym, else the first whose door answers to it ("trapdoor"). So a synonym never shadows a
     * direction or another exit's name (the checker warns about such synonyms).
     */
    public Exit exitCalled(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        Optional<Direction> direction = Direction.parse(w);
        if (direction.isPresent()) {
            return exit(direction.get());
        }
        Exit named = exit(w);
        if (named != null) {
            return named;
        }
        for (Exit e : exits().values()) {
            if (e.synonyms().contains(w)) {
                return e;
            }
        }
        List<String> words = List.of(w.split("\\s+"));
        for (Exit e : exits().values()) {
            if (e.door() != null && e.door().vocabulary().containsAll(words)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The way from this room to {@code destination}, preferring a compass or vertical exit over a
     * named one (so arrivals read "from the south" rather than "by the ladder"), or null.
     */
    public Exit exitTo(Thing destination) {
        Exit found = null;
        for (Exit e : exits().values()) {
            if (e.destination() == destination) {
                if (e.direction() != null) {
                    return e;
                }
                if (found == null) {
                    found = e;
                }
            }
        }
        return found;
    }

    void putExit(Exit exit) {
        requireKind(Kind.ROOM, "have exits");
        if (exits == null) {
            exits = new LinkedHashMap<>();
        }
        exits.put(exit.name().toLowerCase(Locale.ROOT), exit);
    }

    void removeExit(String exitName) {
        if (exits != null) {
            exits.remove(exitName.toLowerCase(Locale.ROOT));
        }
    }

    // ---- flags -----------------------------------------------------------------------------

    /** Whether this thing has {@code flag}, as everyone sees it: a thing with no lid reads open. */
    public boolean is(Flag flag) {
        return (flags & flag.bit) != 0;
    }

    /**
     * Gives this thing {@code flag} or takes it away. Setting what it already reads does nothing;
     * changing a state marks the thing for the next checkpoint.
     *
     * @throws IllegalArgumentException if a capability is changed on a kind of thing it is not
     *     for (only objects are containers; rooms, doors and actors are always fixed)
     * @throws IllegalStateException if a state is changed without its capability, against its
     *     rules (a locked thing can't be opened, an open one can't be locked), or a capability
     *     that carries a state would be taken away
     */
    public Thing set(Flag flag, boolean value) {
        if (is(flag) == value) {
            return this;
        }
        if (!flag.isState() && !flag.kinds().contains(kind)) {
            throw new IllegalArgumentException(id + " is a " + kind + " and can't "
                    + (value ? "be " : "stop being ") + flag.word());
        }
        String refusal = flag.refusal(this, value);
        if (refusal != null) {
            throw new IllegalStateException(id + " " + refusal);
        }
        flags ^= flag.bit;
        if (flag.isState()) {
            world.markChanged(this);
        }
        return this;
    }

    /** The states that read true (open, locked, lit): what a checkpoint keeps. One shared, unmodifiable set. */
    public Set<Flag> states() {
        return Flag.statesOf(flags);
    }

    /**
     * Puts every state as {@code wanted} says, as far as its capabilities and the states' rules allow:
     * a state it has no capability for keeps its reading; of two wanted states that exclude each other
     * the earlier in {@link Flag#states()} wins (open over locked). Marks the thing once if what it
     * reads changed. Restoring a checkpoint and reloading files both come here, so they agree.
     */
    public Thing states(Set<Flag> wanted) {
        if ((flags & Flag.CARRIERS) == 0) {
            return this; // no capability that a state needs: every state keeps its reading
        }
        Set<Flag> before = states();
        for (Flag s : Flag.STATES) {
            if (is(s.capability) && s.refusal(this, false) == null) {
                flags &= ~s.bit;
            }
        }
        for (Flag s : Flag.STATES) {
            if (wanted.contains(s) && is(s.capability) && s.refusal(this, true) == null) {
                flags |= s.bit;
            }
        }
        if (!states().equals(before)) {
            world.markChanged(this);
        }
        return this;
    }

    /** The id of the key that fits the lock, or null. */
    public String keyId() {
        return keyId;
    }

    /** Which thing's id unlocks this thing's lock (null: none). */
    public Thing keyId(String key) {
        this.keyId = key;
        return this;
    }

    /** The place of the body a wearable thing is worn on ({@link Wearing#PLACES}). */
    public String wornOn() {
        return wornOn;
    }

    public Thing wornOn(String place) {
        this.wornOn = Objects.requireNonNull(place, "place");
        return this;
    }

    // The flags by name, for code that reads one at a time (builder, reload, restore use Flag).

    public boolean isFixed() {
        return is(Flag.FIXED);
    }

    public Thing fixed(boolean value) {
        return set(Flag.FIXED, value);
    }

    public boolean isContainer() {
        return is(Flag.CONTAINER);
    }

    public Thing container(boolean value) {
        return set(Flag.CONTAINER, value);
    }

    public boolean isSurface() {
        return is(Flag.SURFACE);
    }

    public Thing surface(boolean value) {
        return set(Flag.SURFACE, value);
    }

    public boolean isOpenable() {
        return is(Flag.OPENABLE);
    }

    /** Makes this thing openable, initially open or closed. */
    public Thing openable(boolean isOpen) {
        return set(Flag.OPENABLE, true).set(Flag.OPEN, isOpen);
    }

    /** Open, or never closable: only a closed openable thing hides its contents. */
    public boolean isOpen() {
        return is(Flag.OPEN);
    }

    public Thing open(boolean value) {
        return set(Flag.OPEN, value);
    }

    public boolean isLockable() {
        return is(Flag.LOCKABLE);
    }

    /** Makes this thing lockable with the thing whose id is {@code key}, initially locked (and so closed) or not. */
    public Thing lockable(String key, boolean isLocked) {
        set(Flag.LOCKABLE, true).keyId(key);
        if (isLocked) {
            openable(false);
        }
        return set(Flag.LOCKED, isLocked);
    }

    public boolean isLocked() {
        return is(Flag.LOCKED);
    }

    public Thing locked(boolean value) {
        return set(Flag.LOCKED, value);
    }

    public boolean isLightSource() {
        return is(Flag.LIGHT_SOURCE);
    }

    /** Makes this thing a light source, initially lit or not. */
    public Thing lightSource(boolean isLit) {
        return set(Flag.LIGHT_SOURCE, true).set(Flag.LIT, isLit);
    }

    public boolean isLit() {
        return is(Flag.LIT);
    }

    public Thing lit(boolean value) {
        return set(Flag.LIT, value);
    }

    public boolean isDark() {
        return is(Flag.DARK);
    }

    public Thing dark(boolean value) {
        return set(Flag.DARK, value);
    }

    public boolean isProperName() {
        return is(Flag.PROPER_NAME);
    }

    public Thing properName(boolean value) {
        return set(Flag.PROPER_NAME, value);
    }

    public boolean isMassNoun() {
        return is(Flag.MASS_NOUN);
    }

    public Thing massNoun(boolean value) {
        return set(Flag.MASS_NOUN, value);
    }

    /** True when what is inside can be seen and reached: open, or a surface. */
    public boolean contentsAccessible() {
        return kind == Kind.ROOM || is(Flag.SURFACE) || is(Flag.CONTAINER) && is(Flag.OPEN);
    }

    private void requireKind(Kind wanted, String what) {
        if (kind != wanted) {
            throw new IllegalArgumentException(id + " is a " + kind + " and can't " + what);
        }
    }

    private static List<String> lowerAll(String... words) {
        List<String> out = new ArrayList<>(words.length);
        for (String w : words) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return id;
    }
}
