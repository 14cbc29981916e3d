package brass.world.action;

import static brass.world.action.Replies.refusal;

import brass.world.language.Event;
import brass.world.language.Nouns;
import brass.world.language.Sentences;
import brass.world.model.Exit;
import brass.world.model.Scope;
import brass.world.model.Thing;
import brass.world.parser.Command;
import java.util.ArrayList;
import java.util.List;

/**
 * Doors, containers and lamps: open, close, lock, unlock, light, extinguish. Each verb does what
 * it does to every object named ("open box and chest"), in order, refusing one by one.
 */
final class Mechanisms {

    private Mechanisms() {
    }

    static List<Event> open(Command c, Turn t) {
        List<Event> events = new ArrayList<>();
        for (Thing o : c.objects()) {
            String refusal = !o.isOpenable() ? "You can't open " + Nouns.definite(o) + "."
                    : o.isOpen() ? Nouns.is(o, "already open")
                    : o.isLocked() ? Nouns.is(o, "locked")
                    : null;
            if (refusal != null) {
                events.add(refusal(t, c, o, refusal));
                continue;
            }
            o.open(true);
            if (o.isContainer() && !o.contents().isEmpty()) {
                events.add(Event.everyone(t.actor(), t.actor().room(), "{actor} {open|opens} {subject}, revealing {text}.")
                        .withSubject(o).withText(Nouns.listIndefinite(o.contents())));
            } else {
                events.add(Event.everyone(t.actor(), t.actor().room(), "{actor} {open|opens} {subject}.").withSubject(o));
            }
            otherSide(t, o, "{subject} opens.", events);
        }
        return events;
    }

    static List<Event> close(Command c, Turn t) {
        List<Event> events = new ArrayList<>();
        for (Thing o : c.objects()) {
            String refusal = !o.isOpenable() ? "You can't close " + Nouns.definite(o) + "."
                    : !o.isOpen() ? Nouns.is(o, "already closed")
                    : null;
            if (refusal != null) {
                events.add(refusal(t, c, o, refusal));
                continue;
            }
            o.open(false);
            events.add(Event.everyone(t.actor(), t.actor().room(), "{actor} {close|closes} {subject}.").withSubject(o));
            otherSide(t, o, "{subject} closes.", events);
        }
        return events;
    }

    static List<Event> lock(Command c, Turn t) {
        return lockOrUnlock(c, t, true);
    }

    static List<Event> unlock(Command c, Turn t) {
        return lockOrUnlock(c, t, false);
    }

    private static List<Event> lockOrUnlock(Command c, Turn t, boolean lock) {
        List<Event> events = new ArrayList<>();
        for (Thing o : c.objects()) {
            lockOrUnlock(c, t, o, lock, events);
        }
        return events;
    }

    private static void lockOrUnlock(Command c, Turn t, Thing o, boolean lock, List<Event> events) {
        Thing actor = t.actor();
        String the = Nouns.definite(o);
        String verb = lock ? "lock" : "unlock";
        Thing key = c.second();
        String refusal = !o.isLockable() ? "You can't " + verb + " " + the + "."
                : o.isLocked() == lock ? Nouns.is(o, "already " + verb + "ed")
                : lock && o.isOpen() ? "You'll have to close " + the + " first."
                : null;
        String chosen = "";
        if (refusal == null && key == null) {
            key = actor.contents().stream().filter(k -> k.id().equals(o.keyId())).findFirst().orElse(null);
            refusal = key == null ? "You need the right key to " + verb + " " + the + "." : null;
            chosen = "(with {tool})\n";
        } else if (refusal == null && key.location() != actor) {
            refusal = "You aren't holding " + Nouns.definite(key) + ".";
        } else if (refusal == null && !key.id().equals(o.keyId())) {
            refusal = Sentences.capitalise(Nouns.definite(key)) + " " + Nouns.agree(key, "doesn't", "don't") + " fit " + the + ".";
        }
        if (refusal != null) {
            events.add(refusal(t, c, o, refusal));
            return;
        }
        o.locked(lock);
        events.add(Event.seen(actor, actor.room(), chosen + "You " + verb + " {subject} with {tool}.",
                "{actor} " + verb + "s {subject} with {tool}.").withSubject(o).withTool(key));
        otherSide(t, o, "You hear a key turn in {subject}.", events);
    }

    /** Those on the far side of a door hear what happens to it. */
    private static void otherSide(Turn t, Thing door, String template, List<Event> events) {
        if (!door.isDoor()) {
            return;
        }
        Thing here = t.actor().room();
        for (Exit e : here.exits().values()) {
            if (e.door() == door && e.destination() != here) {
                events.add(new Event(null, null, null, door, e.destination(), null, null, template, null));
                return;
            }
        }
    }

    /** Lights each light source named; one lying within reach is taken first ("(first taking the candle)"). */
    static List<Event> light(Command c, Turn t) {
        Thing room = t.actor().room();
        List<Event> events = new ArrayList<>();
        for (Thing o : c.objects()) {
            String refusal = !o.isLightSource() ? "You can't light " + Nouns.definite(o) + "."
                    : o.isLit() ? Nouns.is(o, "already lit")
                    : null;
            if (refusal != null) {
                events.add(refusal(t, c, o, refusal));
                continue;
            }
            events.addAll(Moves.takeFirst(c, t, List.of(o)));
            boolean wasLit = Scope.isLit(room);
            o.lit(true);
            events.add(Event.everyone(t.actor(), room, "{actor} {light|lights} {subject}.").withSubject(o));
            if (!wasLit && Scope.isLit(room)) {
                events.add(Event.reply(t.actor(), Descriptions.room(room, t.actor(), false, t.following())));
            }
        }
        return events;
    }

    static List<Event> extinguish(Command c, Turn t) {
        Thing room = t.actor().room();
        List<Event> events = new ArrayList<>();
        for (Thing o : c.objects()) {
            String refusal = !o.isLightSource() ? "You can't extinguish " + Nouns.definite(o) + "."
                    : !o.isLit() ? Sentences.capitalise(Nouns.definite(o)) + " " + Nouns.agree(o, "isn't", "aren't") + " lit."
                    : null;
            if (refusal != null) {
                events.add(refusal(t, c, o, refusal));
                continue;
            }
            o.lit(false);
            events.add(Event.everyone(t.actor(), room, "{actor} {extinguish|extinguishes} {subject}.").withSubject(o));
            if (!Scope.isLit(room)) {
                events.add(new Event(t.actor(), null, null, null, room, "It is now pitch dark.", null, "It is now pitch dark.", null));
            }
        }
        return events;
    }
}
