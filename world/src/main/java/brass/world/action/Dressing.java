package brass.world.action;

import static brass.world.action.Replies.refusal;

import brass.world.language.Event;
import brass.world.language.Nouns;
import brass.world.model.Flag;
import brass.world.model.Thing;
import brass.world.model.Wearing;
import brass.world.parser.Command;
import java.util.ArrayList;
import java.util.List;

/**
 * Wearing and taking off: {@code wear} puts on a wearable thing the actor holds (taking it first
 * when it lies within reach), one thing on each place of the body; {@code remove} takes it off.
 * Dropping, putting or giving away what is worn takes it off first ("(first taking off the hat)").
 */
final class Dressing {

    private Dressing() {
    }

    static List<Event> wear(Command c, Turn t) {
        Thing actor = t.actor();
        List<Event> events = new ArrayList<>();
        List<Thing> wanted = c.objects().stream().filter(o -> o.is(Flag.WEARABLE) && !o.isWithin(actor)).toList();
        events.addAll(Moves.takeFirst(c, t, wanted));
        for (Thing o : c.objects()) {
            String the = Nouns.definite(o);
            Thing other = Wearing.wornOn(actor, o.wornOn());
            String refusal = o == actor ? "You can't wear yourself."
                    : !o.is(Flag.WEARABLE) ? "You can't wear " + the + "."
                    : Wearing.wears(actor, o) ? "You are already wearing " + the + "."
                    : o.location() != actor ? "You aren't holding " + the + "."
                    : other != null ? "You are already wearing " + Nouns.definite(other) + " on your " + o.wornOn()
                            + "; take " + other.gender().object() + " off first."
                    : null;
            if (refusal != null) {
                events.add(refusal(t, c, o, refusal));
                continue;
            }
            o.set(Flag.WORN, true);
            events.add(Event.seen(actor, actor.room(), "You put on {subject}.", "{actor} puts on {subject}.")
                    .withSubject(o));
        }
        return events;
    }

    static List<Event> remove(Command c, Turn t) {
        Thing actor = t.actor();
        List<Event> events = new ArrayList<>();
        for (Thing o : c.objects()) {
            if (!Wearing.wears(actor, o)) {
                events.add(refusal(t, c, o, "You aren't wearing " + Nouns.definite(o) + "."));
                continue;
            }
            o.set(Flag.WORN, false);
            events.add(Event.seen(actor, actor.room(), "You take off {subject}.", "{actor} takes off {subject}.")
                    .withSubject(o));
        }
        return events;
    }

    /** Takes off first what the actor wears of {@code objects}, before it leaves their hands: "(first taking off the hat)". */
    static List<Event> takeOffFirst(Thing actor, List<Thing> objects) {
        List<Event> events = new ArrayList<>();
        for (Thing o : objects) {
            if (Wearing.wears(actor, o)) {
                o.set(Flag.WORN, false);
                events.add(Event.seen(actor, actor.room(), "(first taking off {subject})", "{actor} takes off {subject}.")
                        .withSubject(o));
            }
        }
        return events;
    }
}
