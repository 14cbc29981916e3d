package brass.world.action;

import brass.world.language.Event;
import brass.world.model.Exit;
import brass.world.model.Thing;
import java.util.ArrayList;
import java.util.List;

/**
 * Going through an exit as everyone sees it: the one move shared by a player's {@code go} and
 * by anything that walks on its own (a wandering cat), so both read the same on either side.
 */
public final class Movement {

    private Movement() {
    }

    /**
     * Moves {@code walker} from the room it stands in through {@code exit}, which must lead out of
     * that room and not be blocked, and returns what the two rooms see: "Sprocket goes north."
     * where it was and "Sprocket arrives from the south." where it came (the list may be added to).
     */
    public static List<Event> through(Thing walker, Exit exit) {
        Thing here = walker.location();
        Thing there = exit.destination();
        List<Event> events = new ArrayList<>(3);
        String leaving = exit.direction() != null ? "{actor} goes " + exit.name() + "."
                : "{actor} leaves by the " + exit.name() + ".";
        events.add(new Event(walker, null, null, null, here, null, null, leaving, null));
        walker.moveTo(there);
        events.add(new Event(walker, null, null, null, there, null, null, "{actor} arrives" + cameFrom(there, here, "by") + ".",
                null));
        return events;
    }

    /**
     * Where something that came from {@code from} into {@code there} is seen to come from, by the
     * way back: " from the south", " from above", or {@code byNamedExit} and the exit's name
     * (" by the ladder", " through the trapdoor"); "" when there is no way back.
     */
    public static String cameFrom(Thing there, Thing from, String byNamedExit) {
        Exit back = there.exitTo(from);
        if (back == null) {
            return "";
        }
        return back.direction() != null ? " " + back.direction().fromPhrase()
                : " " + byNamedExit + " the " + back.name();
    }

    /** Whether {@code e} tells of someone arriving in its place: walking in, or entering the game or waking up there. */
    public static boolean isArrival(Event e) {
        String t = e.toOthers();
        return e.actor() != null && e.place() != null && t != null && e.subject() == null
                && (t.startsWith("{actor} arrives") || t.equals("{actor} has entered the game.")
                || t.equals("{actor} wakes up."));
    }

    /** Whether {@code e} tells of someone leaving its place: walking out, or leaving the game. */
    public static boolean isDeparture(Event e) {
        String t = e.toOthers();
        return e.actor() != null && e.place() != null && t != null && e.subject() == null
                && (t.startsWith("{actor} goes ") || t.startsWith("{actor} leaves") || t.equals("{actor} has left the game."));
    }
}
