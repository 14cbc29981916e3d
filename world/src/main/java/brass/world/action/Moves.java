package brass.world.action;

import static brass.world.action.Replies.refusal;
import static brass.world.action.Replies.refuse;

import brass.world.language.Event;
import brass.world.language.Nouns;
import brass.world.model.Thing;
import brass.world.parser.Command;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Moving things about: take, drop, put, give, and the taking that goes before putting, giving
 * and lighting when the thing lies within reach ("(first taking the mug)"). Things alike that
 * one command moves from the same place are told of together: "You take three smooth pebbles."
 */
final class Moves {

    private Moves() {
    }

    /** One object of a command: where it was before it moved, or why it did not. */
    private record Done(Thing thing, Thing was, Event refusal) {
    }

    static List<Event> take(Command c, Turn t) {
        Thing actor = t.actor();
        Thing from = "from".equals(c.preposition()) ? c.second() : null;
        List<Done> done = new ArrayList<>();
        List<Event> pickedUp = new ArrayList<>();
        for (Thing o : c.objects()) {
            if (o.isActor() && o != actor && !o.isPlayer() && t.hooks().reactsToBeingTaken(o)) {
                // Picked up, for a moment: its reaction says what it makes of that.
                pickedUp.add(Event.seen(actor, actor.room(), "You pick up {subject}.", "{actor} picks up {subject}.")
                        .withSubject(o));
                continue;
            }
            String refusal = o == actor ? "You can't take yourself."
                    : o.isActor() ? Nouns.definite(o) + " wouldn't like that."
                    : o.location() == actor ? "You already have " + Nouns.definite(o) + "."
                    : o.isFixed() ? Nouns.is(o, "fixed in place")
                    : o.whyCannotMoveTo(actor) != null ? "You can't take " + Nouns.definite(o) + "."
                    : null;
            done.add(refusal != null ? new Done(o, null, refusal(t, c, o, refusal)) : new Done(o, moved(o, actor), null));
        }
        boolean sentence = sentence(c);
        pickedUp.addAll(told(done, (things, was) -> {
            String others = from != null || !was.isRoom() ? "{actor} takes $ from {tool}." : "{actor} takes $.";
            String mine = !sentence ? "$name: Taken." : from != null ? "You take $ from {tool}." : "You take $.";
            return event(actor, things, mine, others).withTool(was);
        }));
        return pickedUp;
    }

    static List<Event> drop(Command c, Turn t) {
        Thing actor = t.actor();
        List<Event> events = new ArrayList<>(Dressing.takeOffFirst(actor, c.objects()));
        List<Done> done = new ArrayList<>();
        for (Thing o : c.objects()) {
            done.add(o.location() != actor ? new Done(o, null, refusal(t, c, o, "You aren't carrying " + Nouns.definite(o) + "."))
                    : new Done(o, moved(o, actor.room()), null));
        }
        boolean sentence = sentence(c);
        events.addAll(told(done, (things, was) -> event(actor, things, sentence ? "You drop $." : "$name: Dropped.",
                "{actor} drops $.")));
        return events;
    }

    static List<Event> put(Command c, Turn t) {
        Thing actor = t.actor();
        Thing into = c.second();
        if (into == null) {
            return refuse(t, "Put " + Nouns.listDefinite(c.objects(), "and") + " where? Try 'put "
                    + c.object().name() + " in <container>' or 'on <surface>'.");
        }
        boolean on = "on".equals(c.preposition());
        String the = Nouns.definite(into);
        if (on && !into.isSurface()) {
            return refuse(t, "You can't put things on " + the + ".");
        }
        if (!on && !into.isContainer()) {
            return refuse(t, into.isSurface() ? "You can't put things in " + the + "; try on it."
                    : "You can't put things in " + the + ".");
        }
        String prep = on ? "on" : "in";
        List<Thing> objects = c.objects().stream().filter(o -> o.location() != into).toList();
        List<Event> events = new ArrayList<>();
        for (Thing o : c.objects()) {
            if (o.location() == into) {
                events.add(refusal(t, c, o, Nouns.is(o, "already " + prep + " " + the)));
            }
        }
        if (objects.isEmpty()) {
            return events;
        }
        events.addAll(takeFirst(c, t, objects));
        events.addAll(Dressing.takeOffFirst(actor, objects));
        if (!on && !into.isOpen()) {
            if (!into.isOpenable() || into.isLocked()) {
                events.addAll(refuse(t, Nouns.is(into, "closed")));
                return events;
            }
            into.open(true);
            events.add(Event.seen(actor, actor.room(), "(first opening {subject})", "{actor} opens {subject}.")
                    .withSubject(into));
        }
        List<Done> done = new ArrayList<>();
        for (Thing o : objects) {
            String refusal = o.location() != actor ? "You aren't holding " + Nouns.definite(o) + "."
                    : o == into || into.isWithin(o) ? "You can't put " + Nouns.definite(o) + " " + prep + " itself."
                    : o.whyCannotMoveTo(into) != null ? "You can't put " + Nouns.definite(o) + " " + prep + " " + the + "."
                    : null;
            done.add(refusal != null ? new Done(o, null, refusal(t, c, o, refusal)) : new Done(o, moved(o, into), null));
        }
        boolean sentence = sentence(c);
        events.addAll(told(done, (things, was) -> event(actor, things,
                sentence ? "You put $ " + prep + " {tool}." : "$name: Done.", "{actor} puts $ " + prep + " {tool}.")
                .withTool(into)));
        return events;
    }

    static List<Event> give(Command c, Turn t) {
        Thing actor = t.actor();
        Thing to = c.second();
        if (to == null) {
            return refuse(t, "Give " + Nouns.listDefinite(c.objects(), "and") + " to whom?");
        }
        if (to == actor) {
            return refuse(t, "You already have " + (c.objects().size() == 1 ? "it" : "them") + ".");
        }
        if (!to.isActor()) {
            return refuse(t, "You can't give things to " + Nouns.definite(to) + ".");
        }
        List<Event> events = new ArrayList<>(takeFirst(c, t, c.objects()));
        events.addAll(Dressing.takeOffFirst(actor, c.objects()));
        List<Done> done = new ArrayList<>();
        for (Thing o : c.objects()) {
            if (o.location() != actor) {
                done.add(new Done(o, null, refusal(t, c, o, "You aren't holding " + Nouns.definite(o) + ".")));
            } else if (!to.isPlayer() && !t.hooks().accepts(to, actor, o)) {
                // Nothing a quest needs can be sunk into someone who has no use for it.
                done.add(new Done(o, null, new Event(to, actor, null, o, actor.room(), null,
                        "{actor} politely declines {subject}.", "{actor} politely declines {subject} from {target}.", null)));
            } else {
                done.add(new Done(o, moved(o, to), null));
            }
        }
        boolean sentence = sentence(c);
        events.addAll(told(done, (things, was) -> event(actor, things,
                sentence ? "You give $ to {target}." : "$name: You give " + (things.size() > 1 ? "them" : "it") + " to {target}.",
                "{actor} gives $ to {target}.").withTarget(to).withToTarget("{actor} gives you $."
                .replace("$", things.size() > 1 ? "{text}" : "{subject}"))));
        return events;
    }

    /**
     * Takes first what the actor means to put, give or light and does not hold, where it lies
     * within reach and may be carried: "(first taking the mug)"; the room sees it taken. What
     * cannot be taken is left where it is, for the action to refuse or to do in place.
     */
    static List<Event> takeFirst(Command c, Turn t, List<Thing> objects) {
        if (!t.actor().isPlayer()) {
            // A convenience for players: a character moved by a reaction does only what it is told.
            return List.of();
        }
        Thing actor = t.actor();
        List<Done> done = new ArrayList<>();
        for (Thing o : objects) {
            if (!o.isWithin(actor) && o != actor && !o.isActor() && !o.isFixed() && o.location() != null
                    && o.whyCannotMoveTo(actor) == null) {
                done.add(new Done(o, moved(o, actor), null));
            }
        }
        return told(done, (things, was) -> event(actor, things, "(first taking $)",
                was.isRoom() ? "{actor} takes $." : "{actor} takes $ from {tool}.").withTool(was));
    }

    /** Moves {@code o} to {@code to} and returns where it was. */
    private static Thing moved(Thing o, Thing to) {
        Thing was = o.location();
        o.moveTo(to);
        return was;
    }

    /** Whether the command's objects are told of in a sentence ("You take three smooth pebbles.") rather than one by one. */
    private static boolean sentence(Command c) {
        return !c.several() || !c.all() && c.objects().stream().allMatch(o -> Nouns.alike(o, c.object()));
    }

    /**
     * An event about {@code things}, alike: in the templates {@code $} stands for "the mug" or
     * "three smooth pebbles", {@code $name} for "mug" or "three smooth pebbles".
     */
    private static Event event(Thing actor, List<Thing> things, String mine, String others) {
        boolean one = things.size() == 1;
        String name = one ? "{subject.name}" : "{text}";
        String the = one ? "{subject}" : "{text}";
        return Event.seen(actor, actor.room(), mine.replace("$name", name).replace("$", the), others.replace("$", the))
                .withSubject(things.get(0)).withText(one ? null : Nouns.howMany(things));
    }

    /** Refusals where they fall; things alike moved from the same place told of together, where the first of them falls. */
    private static List<Event> told(List<Done> done, BiFunction<List<Thing>, Thing, Event> tell) {
        List<Event> events = new ArrayList<>();
        Set<Thing> toldOf = new HashSet<>();
        for (Done d : done) {
            if (d.refusal() != null) {
                events.add(d.refusal());
            } else if (toldOf.add(d.thing())) {
                List<Thing> alike = !Nouns.countable(d.thing()) ? List.of(d.thing())
                        : done.stream().filter(o -> o.refusal() == null && o.was() == d.was()
                                && Nouns.alike(o.thing(), d.thing())).map(Done::thing).toList();
                toldOf.addAll(alike);
                events.add(tell.apply(alike, d.was()));
            }
        }
        return events;
    }
}
