package brass.world.game;

import brass.engine.reactor.Reactor;
import brass.world.language.Counting;
import brass.world.language.Event;
import brass.world.language.Lists;
import brass.world.language.Narrator;
import brass.world.language.Nouns;
import brass.world.language.Sentences;
import brass.world.model.Audience;
import brass.world.model.Scope;
import brass.world.model.Thing;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Players coming and going: entering the game, leaving it, falling asleep when their connection
 * drops and waking when they come back. These come in storms (five thousand logging in, a network
 * fault closing six thousand connections at once), so they are told at the end of the loop's turn,
 * and those of one kind in one room in a row are told as one line: "Alice, Bob, and 57 others stare
 * blankly, lost in thought." rather than 59 lines to each of 59 others. One alone reads as it always
 * did ("Alice stares blankly, lost in thought."), at most the room's {@code crowd:} are named one
 * by one, and past it the rest are counted, as a crowded room's look counts them.
 *
 * <p>A room's waiting announcements go out before anything else is told there (and before the turn
 * ends), so the order players read is the order things happened. Nobody is told of what happened
 * before they began to listen where they are (they arrived or woke later in the turn), and none of
 * their own. The game's witnesses (reactions, behaviours) hear each event on its own, as it goes
 * out. Loop only.
 */
final class Announcements {

    /** What happened, as one person's event reads and as several people's line ends. */
    enum Kind {
        ENTERED("{actor} has entered the game.", " have entered the game."),
        LEFT("{actor} has left the game.", " have left the game."),
        ASLEEP("{actor} stares blankly, lost in thought.", " stare blankly, lost in thought."),
        AWAKE("{actor} wakes up.", " wake up.");

        private final String one;
        private final String several;

        Kind(String one, String several) {
            this.one = one;
            this.several = several;
        }
    }

    /** How many a line names before it counts the rest, past the room's crowd: as a crowded room's look. */
    private static final int NAMED = 2;

    private final Game game;
    private final Audience audience;
    private final Reactor reactor;
    // Rooms with announcements waiting, in the order the first of each was made.
    private final Map<Thing, ArrayDeque<Group>> waiting = new LinkedHashMap<>();
    private boolean flushScheduled;

    Announcements(Game game) {
        this.game = game;
        this.audience = game.world().audience();
        this.reactor = game.reactor();
    }

    /** {@code actor} did {@code kind} in {@code room}: told with others of its kind, by the turn's end. */
    void announce(Kind kind, Thing actor, Thing room) {
        ArrayDeque<Group> groups = waiting.computeIfAbsent(room, r -> new ArrayDeque<>());
        Group last = groups.peekLast();
        if (last == null || last.kind != kind) {
            last = new Group(kind, room);
            groups.add(last);
        }
        last.add(actor, Event.seen(actor, room, null, kind.one), audience.stamp());
        if (!flushScheduled) {
            flushScheduled = true;
            reactor.atEndOfTurn(this::flushAll);
        }
    }

    /** Tells what waits in the rooms whose people will read {@code event}, so that it comes first. */
    void before(Event event) {
        if (waiting.isEmpty()) {
            return;
        }
        flush(event.place());
        if (event.actor() != null) {
            flush(event.actor().location());
        }
        if (event.target() != null) {
            flush(event.target().location());
        }
    }

    void flushAll() {
        while (!waiting.isEmpty()) {
            flush(waiting.keySet().iterator().next());
        }
        flushScheduled = false;
    }

    private void flush(Thing room) {
        if (room == null) {
            return;
        }
        ArrayDeque<Group> groups = waiting.remove(room);
        if (groups == null) {
            return;
        }
        for (Group g : groups) {
            tell(g);
            for (Event e : g.events) {
                game.witness(e);
            }
        }
    }

    private void tell(Group g) {
        Boolean lit = null;
        // The line for those who heard all of it, then those for each later start (a newcomer hears
        // of those after them): each made once, however many read it.
        Map<Integer, String> lines = new HashMap<>();
        for (Thing o : audience.in(g.room)) {
            PlayerSession s = game.sessionOf(o);
            if (s == null) {
                continue;
            }
            if (lit == null) {
                lit = Scope.canSee(o);
            }
            int from = g.firstAfter(audience.since(o));
            Integer own = g.index.get(o);
            if (own != null && own == from) {
                from++;
            }
            if (from >= g.size()) {
                continue;
            }
            String text;
            if (own != null && own > from) {
                text = g.line(from, o, lit); // among them, not first: rare, made for them alone
            } else {
                final int start = from;
                final boolean sees = lit;
                text = lines.computeIfAbsent(start, k -> g.line(start, o, sees));
            }
            if (text != null) {
                s.send(text);
            }
        }
    }

    /** Announcements of one kind in one room, in a row, each with its actor and its stamp. */
    private static final class Group {
        final Kind kind;
        final Thing room;
        final List<Thing> actors = new ArrayList<>();
        final List<Event> events = new ArrayList<>();
        final Map<Thing, Integer> index = new IdentityHashMap<>();
        long[] stamps = new long[4];

        Group(Kind kind, Thing room) {
            this.kind = kind;
            this.room = room;
        }

        void add(Thing actor, Event event, long stamp) {
            if (actors.size() == stamps.length) {
                stamps = Arrays.copyOf(stamps, stamps.length * 2);
            }
            stamps[actors.size()] = stamp;
            index.put(actor, actors.size());
            actors.add(actor);
            events.add(event);
        }

        int size() {
            return actors.size();
        }

        /** The first announcement stamped after {@code since}. */
        int firstAfter(long since) {
            int i = Arrays.binarySearch(stamps, 0, actors.size(), since + 1);
            return i >= 0 ? i : -i - 1;
        }

        /** The line {@code observer} reads of the actors from {@code from} on, themselves left out. */
        String line(int from, Thing observer, boolean sees) {
            List<Thing> who = new ArrayList<>(Math.min(actors.size() - from, 16));
            int named = observer.world().crowds().of(room);
            Integer own = index.get(observer);
            int count = actors.size() - from - (own != null && own >= from ? 1 : 0);
            if (count <= 0) {
                return null;
            }
            // Only as many names as a line may show: a line costs the same for a crowd of any size.
            int only = -1;
            for (int i = from; i < actors.size() && who.size() <= named; i++) {
                if (actors.get(i) != observer) {
                    only = only < 0 ? i : only;
                    who.add(actors.get(i));
                }
            }
            if (count == 1) {
                return Narrator.render(events.get(only), observer, sees);
            }
            if (!sees) {
                return Sentences.capitalise(Counting.number(count) + " people") + kind.several;
            }
            List<String> names = new ArrayList<>(who.size());
            if (count <= named) {
                who.forEach(t -> names.add(Nouns.definite(t)));
                return Sentences.capitalise(Lists.join(names, "and")) + kind.several;
            }
            int first = Math.min(NAMED, named);
            who.subList(0, first).forEach(t -> names.add(Nouns.definite(t)));
            return Sentences.capitalise(Lists.andOthers(names, count - first)) + kind.several;
        }
    }
}
