package brass.world.model;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who is listening in each place: the actors whose every event someone reads (a player with a live
 * connection), by where they stand, kept up to date by {@link Thing#moveTo}. What happens in a room
 * then costs as many deliveries as there are listeners there, however many sleep in it: a start
 * room holding five thousand link-dead characters and ten players costs ten.
 *
 * <p>Each listener also has a stamp, from this audience's count: when it began to listen where it
 * is now. Whoever tells a place of something later in the same turn (the game's announcements) takes
 * a stamp too, so that someone who arrived after a thing happened is not told of it.
 */
public final class Audience {

    // Place -> its listeners, in the order they began to listen there -> the stamp of that beginning.
    private final Map<Thing, LinkedHashMap<Thing, Long>> byPlace = new IdentityHashMap<>();
    private final Map<Thing, Boolean> listening = new IdentityHashMap<>();
    private long count;

    /** The next stamp: later than every stamp before it. */
    public long stamp() {
        return ++count;
    }

    /** {@code actor} is read from now on, where it stands and wherever it goes; again: from now. Loop only. */
    public void listen(Thing actor) {
        listening.put(actor, Boolean.TRUE);
        if (actor.location() != null) {
            leave(actor, actor.location());
            join(actor, actor.location());
        }
    }

    /** Nobody reads {@code actor} any more (its link dropped, it left the game). Loop only. */
    public void stop(Thing actor) {
        if (listening.remove(actor) != null && actor.location() != null) {
            leave(actor, actor.location());
        }
    }

    /** Whether someone reads {@code actor}. */
    public boolean isListening(Thing actor) {
        return listening.containsKey(actor);
    }

    /** The listeners in {@code place}, in the order they began to listen there. A live view: do not move anyone while walking it. */
    public Collection<Thing> in(Thing place) {
        LinkedHashMap<Thing, Long> here = byPlace.get(place);
        return here == null ? List.of() : Collections.unmodifiableSet(here.keySet());
    }

    /** How many listen in {@code place}. */
    public int count(Thing place) {
        LinkedHashMap<Thing, Long> here = byPlace.get(place);
        return here == null ? 0 : here.size();
    }

    /** The stamp of when {@code listener} began to listen where it is; 0 if it does not listen. */
    public long since(Thing listener) {
        LinkedHashMap<Thing, Long> here = listener.location() == null ? null : byPlace.get(listener.location());
        Long at = here == null ? null : here.get(listener);
        return at == null ? 0 : at;
    }

    // Thing.moveTo and removal only: a listener goes where it goes.
    void moved(Thing thing, Thing from, Thing to) {
        if (!listening.containsKey(thing)) {
            return;
        }
        if (from != null) {
            leave(thing, from);
        }
        if (to != null) {
            join(thing, to);
        }
    }

    private void join(Thing actor, Thing place) {
        byPlace.computeIfAbsent(place, p -> new LinkedHashMap<>()).put(actor, stamp());
    }

    private void leave(Thing actor, Thing place) {
        LinkedHashMap<Thing, Long> here = byPlace.get(place);
        if (here != null && here.remove(actor) != null && here.isEmpty()) {
            byPlace.remove(place);
        }
    }
}
