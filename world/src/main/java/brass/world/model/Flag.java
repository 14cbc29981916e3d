package brass.world.model;

import brass.world.model.Thing.Kind;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * A yes/no property of a thing, read with {@link Thing#is} and set with {@link Thing#set}. Each is
 * written in world files as a boolean field named by its {@link #word()}. A new one is a constant
 * here: the checker, the builder, reload, the record of changes and checkpoints go through them all.
 *
 * <p>There are two sorts.
 * <ul>
 *   <li>A <em>capability</em> says what a thing is or can do: a container, openable, a light
 *       source. It may be set on the {@link #kinds()} listed (world files write it on those) and
 *       is the same for every thing of another kind (rooms, doors and actors are always fixed in
 *       place, rooms always have proper names, doors can always be opened). The world files are its
 *       truth: a reload sets it again.</li>
 *   <li>A <em>state</em> is what play changes: open, locked, lit. It needs its {@link
 *       #capability()}; a thing without that capability reads as it would if it had never been
 *       given it (a thing with no lid reads open, one with no lock unlocked), and a capability once
 *       given is not taken away, so giving a capability never changes how a thing reads. States
 *       are checkpointed by their words; a reload keeps them unless the files change how they start.</li>
 * </ul>
 */
public enum Flag {

    // ---- capabilities --------------------------------------------------------------------------

    /** Can't be taken. */
    FIXED("fixed", EnumSet.of(Kind.OBJECT), EnumSet.of(Kind.ROOM, Kind.DOOR, Kind.ACTOR)),
    /** Things go in it ("put lamp in box"). */
    CONTAINER("container", EnumSet.of(Kind.OBJECT)),
    /** Things go on it ("put lamp on table"). */
    SURFACE("surface", EnumSet.of(Kind.OBJECT)),
    /** Has a lid or a leaf that opens and closes. */
    OPENABLE("openable", EnumSet.of(Kind.OBJECT), EnumSet.of(Kind.DOOR)),
    /** Has a lock; its key is {@link Thing#keyId()}. */
    LOCKABLE("lockable", EnumSet.of(Kind.OBJECT, Kind.DOOR)),
    /** Meant to be a key: the checker holds that a lock's key is one (the model lets any thing fit a lock). */
    KEY("is-key", EnumSet.of(Kind.OBJECT)),
    /** Can be lit. */
    LIGHT_SOURCE("light-source", EnumSet.of(Kind.OBJECT)),
    /** A room that shows nothing unless a lit light source is there. */
    DARK("dark", EnumSet.of(Kind.ROOM)),
    /** Takes no article: "Bob", not "the Bob". */
    PROPER_NAME("proper-name", EnumSet.of(Kind.OBJECT, Kind.ACTOR), EnumSet.of(Kind.ROOM)),
    /** Counted with "some": "some water". */
    MASS_NOUN("mass-noun", EnumSet.of(Kind.OBJECT)),
    /** Can be worn, on the place of the body {@link Thing#wornOn()} names. */
    WEARABLE("wearable", EnumSet.of(Kind.OBJECT)),

    // ---- states ----------------------------------------------------------------------------------

    /** Open: only a closed thing hides what is inside it or bars the way. */
    OPEN("open", OPENABLE, true) {
        @Override
        String refusal(Thing thing, boolean value) {
            return value && thing.is(LOCKED) ? "is locked" : super.refusal(thing, value);
        }
    },
    /** Locked: can't be opened until it is unlocked with its key. */
    LOCKED("locked", LOCKABLE, false) {
        @Override
        String refusal(Thing thing, boolean value) {
            return value && thing.is(OPENABLE) && thing.is(OPEN) ? "must be closed before it is locked"
                    : super.refusal(thing, value);
        }
    },
    /** Lit: lights a dark room. */
    LIT("lit", LIGHT_SOURCE, false),
    /**
     * Worn by the actor who carries it (world files write it on a thing {@code carried-by} an actor
     * who starts dressed): a move takes it off ({@link Thing#moveTo}), and nobody wears two things on one place.
     */
    WORN("worn", WEARABLE, false) {
        @Override
        String refusal(Thing thing, boolean value) {
            if (value && (thing.location() == null || !thing.location().isActor())) {
                return "is not carried by anyone";
            }
            Thing other = value ? Wearing.wornOn(thing.location(), thing.wornOn()) : null;
            return other != null && other != thing ? "can't be worn over " + other.id() : super.refusal(thing, value);
        }
    };

    private static final Flag[] ALL = values();
    // Thing reads these two in its loops: no list to make on every call.
    static final Flag[] STATES = Arrays.stream(ALL).filter(Flag::isState).toArray(Flag[]::new);
    private static final List<Flag> STATE_LIST = List.of(STATES);
    // The capabilities some state needs, a bit each.
    static final int CARRIERS = Arrays.stream(STATES).mapToInt(s -> s.capability.bit)
            .reduce(0, (a, b) -> a | b);
    private static final int STATE_BITS = Arrays.stream(STATES).mapToInt(s -> s.bit).reduce(0, (a, b) -> a | b);
    private static final int STATE_SHIFT = Integer.numberOfTrailingZeros(STATE_BITS);
    // Every combination of states, shared (a checkpoint holds one per thing, so none is made),
    // found by a thing's state bits shifted down: a full checkpoint looks one up per thing.
    private static final StateSet[] STATE_SETS = stateSets();
    private static final List<Integer> STARTING = Arrays.stream(Kind.values()).map(Flag::startingBits).toList();
    private static final List<List<Flag>> WRITTEN_ON = Arrays.stream(Kind.values())
            .map(kind -> Arrays.stream(ALL).filter(f -> f.kinds.contains(kind)).toList()).toList();

    private final String word;
    private final Set<Kind> kinds;
    private final Set<Kind> always;
    final Flag capability;
    final boolean withoutCapability;
    // A thing keeps its flags as the bits of an int: there may be 32 of them.
    final int bit;

    /** A capability, set on {@code kinds}. */
    Flag(String word, Set<Kind> kinds) {
        this(word, kinds, EnumSet.noneOf(Kind.class));
    }

    /** A capability, set on {@code kinds} and always true of things of the kinds {@code always}. */
    Flag(String word, Set<Kind> kinds, Set<Kind> always) {
        this.word = word;
        this.kinds = Collections.unmodifiableSet(kinds);
        this.always = Collections.unmodifiableSet(always);
        this.capability = null;
        this.withoutCapability = false;
        this.bit = 1 << ordinal();
    }

    /** A state, which only a thing with {@code capability} can change; others read {@code withoutCapability}. */
    Flag(String word, Flag capability, boolean withoutCapability) {
        this.word = word;
        this.kinds = capability.kinds;
        this.always = EnumSet.noneOf(Kind.class);
        this.capability = capability;
        this.withoutCapability = withoutCapability;
        this.bit = 1 << ordinal();
    }

    /** The field name in world files, and the word a checkpoint stores a state as. */
    public String word() {
        return word;
    }

    /** True for what play changes (open, locked, lit), false for a capability. */
    public boolean isState() {
        return capability != null;
    }

    /** For a state, the capability it needs (OPEN needs OPENABLE); empty for a capability. */
    public Optional<Flag> capability() {
        return Optional.ofNullable(capability);
    }

    /**
     * The kinds of thing on which it may be set, and on whose entries world files write it (a
     * door's are said by its {@code state} and {@code key} instead). A state goes with its capability.
     */
    public Set<Kind> kinds() {
        return kinds;
    }

    /** True for a capability that a state needs (a lid, a lock, a flame): once given it stays. */
    public boolean carriesState() {
        return (CARRIERS & bit) != 0;
    }

    /** The flag a world file writes as {@code word}. */
    public static Optional<Flag> byWord(String word) {
        for (Flag f : ALL) {
            if (f.word.equals(word)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Every flag world files may write on a thing of {@code kind}, capabilities and states, in order. */
    public static List<Flag> writtenOn(Kind kind) {
        return WRITTEN_ON.get(kind.ordinal());
    }

    /** The states, in the order they are applied (open before locked). */
    public static List<Flag> states() {
        return STATE_LIST;
    }

    /** The states among {@code flags}, as one shared, unmodifiable set: cheap to keep one per thing. */
    public static Set<Flag> statesIn(Collection<Flag> flags) {
        if (flags instanceof StateSet shared) {
            return shared;
        }
        int bits = 0;
        for (Flag s : STATES) {
            if (flags.contains(s)) {
                bits |= s.bit;
            }
        }
        return statesOf(bits);
    }

    // Thing only: the shared set of the states among a thing's flag bits.
    static Set<Flag> statesOf(int flags) {
        return STATE_SETS[(flags & STATE_BITS) >>> STATE_SHIFT];
    }

    // Thing only: the flags a new thing of this kind starts with.
    static int starting(Kind kind) {
        return STARTING.get(kind.ordinal());
    }

    // What a kind always is, and each state as it reads without its capability, or (for a
    // capability the kind always has: a door's lid) unset: a door starts closed.
    private static int startingBits(Kind kind) {
        int flags = 0;
        for (Flag f : ALL) {
            boolean capable = f.capability == null || f.capability.always.contains(kind);
            if (f.always.contains(kind) || !capable && f.withoutCapability) {
                flags |= f.bit;
            }
        }
        return flags;
    }

    private static StateSet[] stateSets() {
        StateSet[] sets = new StateSet[(STATE_BITS >>> STATE_SHIFT) + 1];
        for (int combination = 0; combination < 1 << STATES.length; combination++) {
            int bits = 0;
            for (int i = 0; i < STATES.length; i++) {
                if ((combination & 1 << i) != 0) {
                    bits |= STATES[i].bit;
                }
            }
            sets[bits >>> STATE_SHIFT] = new StateSet(bits);
        }
        return sets;
    }

    /**
     * Why {@code thing} may not be given {@code value} for this flag (its kind having passed), or
     * null: a state needs its capability, and a capability that carries a state is not taken away.
     */
    String refusal(Thing thing, boolean value) {
        if (capability != null && !thing.is(capability)) {
            return "is not " + capability.word;
        }
        if (!value && carriesState()) {
            return "can't stop being " + word + " (a reload remakes a thing that loses it)";
        }
        return null;
    }

    /** An unmodifiable set of states, read from the bits a thing keeps them in. */
    private static final class StateSet extends AbstractSet<Flag> {

        private final int flags;

        StateSet(int flags) {
            this.flags = flags;
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof Flag f && (flags & f.bit) != 0;
        }

        @Override
        public int size() {
            return Integer.bitCount(flags);
        }

        @Override
        public Iterator<Flag> iterator() {
            return new Iterator<>() {
                private int left = flags;

                @Override
                public boolean hasNext() {
                    return left != 0;
                }

                @Override
                public Flag next() {
                    if (left == 0) {
                        throw new NoSuchElementException();
                    }
                    Flag next = ALL[Integer.numberOfTrailingZeros(left)];
                    left &= left - 1;
                    return next;
                }
            };
        }
    }
}
