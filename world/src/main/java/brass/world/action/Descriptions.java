package brass.world.action;

import brass.world.language.Nouns;
import brass.world.language.Sentences;
import brass.world.model.Direction;
import brass.world.model.Exit;
import brass.world.model.Scope;
import brass.world.model.Thing;
import java.util.ArrayList;
import java.util.List;

/** What looking shows: a room, a thing, the inside of a container. Plain text, rendered for one viewer. */
public final class Descriptions {

    public static final String PITCH_DARK = "It is pitch dark. You can't see a thing.";

    private Descriptions() {
    }

    /**
     * A room as {@code viewer} sees it: name, description, exits, things (and what is on
     * surfaces), and who else is here. In the dark, only {@value #PITCH_DARK}.
     */
    public static String room(Thing room, Thing viewer) {
        return room(room, viewer, false);
    }

    /** {@link #room(Thing, Thing)}, without the description when {@code brief}: what arriving shows in brief mode. */
    public static String room(Thing room, Thing viewer, boolean brief) {
        return room(room, viewer, brief, null);
    }

    /**
     * {@link #room(Thing, Thing, boolean)}; in a crowd (more others here than the room's
     * {@linkplain brass.world.model.Crowds crowd}), those {@code viewer} follows or who follow the
     * viewer are named first ("Alice, Bob, and 997 others are here."). {@code following} may be null.
     */
    public static String room(Thing room, Thing viewer, boolean brief, Following following) {
        if (!Scope.isLit(room)) {
            return PITCH_DARK;
        }
        StringBuilder sb = new StringBuilder();
        sb.append(room.name());
        if (!brief && !room.description().isEmpty()) {
            sb.append('\n').append(room.description());
        }
        sb.append('\n').append(exits(room));
        List<Thing> things = new ArrayList<>();
        List<Thing> people = new ArrayList<>();
        for (Thing t : room.contents()) {
            if (t == viewer) {
                continue;
            }
            (t.isActor() ? people : things).add(t);
        }
        if (!things.isEmpty()) {
            sb.append('\n').append("You see ").append(Nouns.listIndefinite(things)).append(" here.");
        }
        for (Thing t : things) {
            if (t.isSurface() && !t.contents().isEmpty()) {
                sb.append('\n').append(onSurface(t));
            }
        }
        int crowd = room.world().crowds().of(room);
        if (people.size() > crowd) {
            sb.append('\n').append(Crowd.line(people, viewer, following, crowd));
        } else if (!people.isEmpty()) {
            sb.append('\n').append(Sentences.capitalise(Nouns.listIndefinite(people))).append(' ')
                    .append(people.size() == 1 ? "is" : "are").append(" here.");
        }
        return sb.toString();
    }

    /** "Exits: north, down, trapdoor." Directions in compass order, then named exits. */
    public static String exits(Thing room) {
        List<String> names = new ArrayList<>();
        for (Direction d : Direction.values()) {
            if (room.exit(d) != null) {
                names.add(d.word());
            }
        }
        for (Exit e : room.exits().values()) {
            if (e.direction() == null) {
                names.add(e.name());
            }
        }
        return names.isEmpty() ? "There are no obvious exits." : "Exits: " + String.join(", ", names) + ".";
    }

    /** The ways out in short, for a prompt: "n,d,out"; "none" when there are none, "?" in the dark. */
    public static String exitWords(Thing room) {
        if (!Scope.isLit(room)) {
            return "?";
        }
        List<String> words = new ArrayList<>();
        for (Exit e : ways(room)) {
            words.add(e.direction() == null ? e.name() : e.direction().abbreviation().orElse(e.name()));
        }
        return words.isEmpty() ? "none" : String.join(",", words);
    }

    // Directions in compass order, then named exits.
    private static List<Exit> ways(Thing room) {
        List<Exit> ways = new ArrayList<>();
        for (Direction d : Direction.values()) {
            if (room.exit(d) != null) {
                ways.add(room.exit(d));
            }
        }
        for (Exit e : room.exits().values()) {
            if (e.direction() == null) {
                ways.add(e);
            }
        }
        return ways;
    }

    /**
     * What {@code exits} shows: each way out on its own line with where it leads, directions in
     * compass order then named exits; a closed door hides what lies beyond it ("north - the oak
     * door (closed)"). In the dark, {@value #PITCH_DARK}
     */
    public static String exitList(Thing room) {
        if (!Scope.isLit(room)) {
            return PITCH_DARK;
        }
        List<Exit> ways = ways(room);
        if (ways.isEmpty()) {
            return "There are no obvious exits.";
        }
        StringBuilder sb = new StringBuilder("Obvious exits:");
        for (Exit e : ways) {
            sb.append('\n').append(e.name()).append(" - ")
                    .append(e.blocked() ? Nouns.definite(e.door()) + " (closed)" : e.destination().name());
        }
        return sb.toString();
    }

    /** What examining shows: the description, then state and contents; for yourself, what you carry. */
    public static String thing(Thing t, Thing viewer) {
        StringBuilder sb = new StringBuilder();
        if (t.isRoom()) {
            return room(t, viewer);
        }
        if (!t.description().isEmpty()) {
            sb.append(t.description());
        } else if (t == viewer) {
            sb.append("You look much as you always do.");
        } else {
            sb.append("You see nothing special about ").append(Nouns.definite(t)).append('.');
        }
        String they = Sentences.capitalise(t.gender().subject());
        boolean plural = t.gender() == brass.world.model.Gender.PLURAL;
        if (t.isLightSource()) {
            sb.append(' ').append(they).append(plural ? " are " : " is ").append(t.isLit() ? "lit." : "not lit.");
        }
        if (t.isOpenable() && (t.isDoor() || t.isContainer())) {
            sb.append(' ').append(they).append(plural ? " are " : " is ").append(t.isOpen() ? "open." : t.isLocked() ? "closed and locked." : "closed.");
        }
        if (t.isContainer() && t.isOpen()) {
            sb.append(' ').append(t.contents().isEmpty() ? they + (plural ? " are" : " is") + " empty."
                    : "In " + t.gender().object() + " you see " + Nouns.listIndefinite(t.contents()) + ".");
        }
        if (t.isSurface() && !t.contents().isEmpty()) {
            sb.append(' ').append(onSurface(t));
        }
        if (t == viewer) {
            sb.append('\n').append(inventory(t));
        } else if (t.isActor()) {
            sb.append('\n').append(Sentences.capitalise(Nouns.definite(t))).append(' ')
                    .append(t.contents().isEmpty() ? "is empty-handed." : "is carrying " + Nouns.listIndefinite(t.contents()) + ".");
        }
        return sb.toString();
    }

    /**
     * What looking along a way out of {@code room} shows ("look east", "x trapdoor"): the exit's
     * own description, then its door's state; without a description, a closed door, or the room
     * that lies beyond (darkness, if it is dark there). A direction with no exit shows nothing
     * special. {@code way} is an exit's name or a direction's word.
     */
    public static String along(Thing room, String way, Thing viewer) {
        if (!Scope.canSee(viewer)) {
            return PITCH_DARK;
        }
        Exit exit = room.exit(way);
        if (exit == null) {
            return "You see nothing special that way.";
        }
        Thing door = exit.door();
        String doorState = door == null ? "" : Nouns.is(door, door.isOpen() ? "open" : "closed");
        if (!exit.description().isEmpty()) {
            return door == null ? exit.description() : exit.description() + " " + doorState;
        }
        if (exit.blocked()) {
            return doorState;
        }
        Thing beyond = exit.destination();
        String lies = Scope.isLit(beyond) ? "That way lies " + beyond.name() + "." : "That way lies darkness.";
        return door == null ? lies : doorState + " " + lies;
    }

    /** What "look in" shows. */
    public static String inside(Thing t) {
        String the = Nouns.definite(t);
        if (t.isSurface() && !t.isContainer()) {
            return onSurface(t);
        }
        if (!t.isContainer()) {
            return "You can't see inside " + the + ".";
        }
        if (!t.isOpen()) {
            return Nouns.is(t, "closed");
        }
        return t.contents().isEmpty() ? Nouns.is(t, "empty")
                : "In " + the + " you see " + Nouns.listIndefinite(t.contents()) + ".";
    }

    public static String onSurface(Thing t) {
        if (!t.isSurface()) {
            return "There is nothing on " + Nouns.definite(t) + ".";
        }
        return t.contents().isEmpty() ? "There is nothing on " + Nouns.definite(t) + "."
                : "On " + Nouns.definite(t) + " you see " + Nouns.listIndefinite(t.contents()) + ".";
    }

    public static String inventory(Thing actor) {
        return actor.contents().isEmpty() ? "You are empty-handed."
                : "You are carrying " + Nouns.listIndefinite(actor.contents()) + ".";
    }
}
