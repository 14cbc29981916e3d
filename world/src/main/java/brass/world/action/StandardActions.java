package brass.world.action;

import brass.world.language.Event;
import brass.world.language.Lists;
import brass.world.language.Nouns;
import brass.world.language.Sentences;
import brass.world.model.Direction;
import brass.world.model.Exit;
import brass.world.model.Scope;
import brass.world.model.Thing;
import brass.world.parser.AllDomain;
import brass.world.parser.Command;
import brass.world.parser.Parser;
import brass.world.parser.Syntax;
import brass.world.parser.Verb;
import brass.world.parser.Verbs;
import brass.world.markup.Markup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/** The verbs every world has, and what they do. */
public final class StandardActions {

    private StandardActions() {
    }

    /** Hands each standard verb and its action to {@code register}, in the order help lists them. */
    public static void install(BiConsumer<Verb, Action> register) {
        register.accept(objects("look", Syntax.OPTIONAL_OBJECTS, Set.of("at", "in", "on"), AllDomain.NONE,
                "look: describe where you are. 'look at lamp' examines it; 'look in box', 'look on table' show what is there; "
                        + "'look north' or 'look trapdoor' looks along a way out.",
                "l").takingExits(), StandardActions::look);
        register.accept(objects("examine", Syntax.OBJECTS, Set.of(), AllDomain.NONE,
                "examine <thing>: look closely at something or someone, or along a way out.", "x", "inspect", "read")
                .takingExits(), StandardActions::examine);
        register.accept(Verb.simple("inventory", "inventory: list what you are carrying.", "i", "inv"),
                (c, t) -> reply(t, Descriptions.inventory(t.actor())));
        register.accept(objects("take", Syntax.OBJECTS, Set.of("from"), AllDomain.ROOM,
                "take <thing> [from <container>]: pick something up. 'take all', 'take all but the lamp', 'take key from box'.",
                "get", "pick up", "grab"), StandardActions::take);
        register.accept(objects("drop", Syntax.OBJECTS, Set.of(), AllDomain.INVENTORY,
                "drop <thing>: put down something you carry. 'drop all' works too.", "put down", "discard"),
                StandardActions::drop);
        register.accept(objects("put", Syntax.OBJECTS, Set.of("in", "on"), AllDomain.INVENTORY,
                "put <thing> in <container> / put <thing> on <surface>.", "place", "insert"), StandardActions::put);
        register.accept(objects("give", Syntax.OBJECTS, Set.of("to"), AllDomain.INVENTORY,
                "give <thing> to <someone>.", "hand", "offer"), StandardActions::give);
        register.accept(objects("open", Syntax.OBJECTS, Set.of(), AllDomain.NONE, "open <door or container>."),
                StandardActions::open);
        register.accept(objects("close", Syntax.OBJECTS, Set.of(), AllDomain.NONE, "close <door or container>.", "shut"),
                StandardActions::close);
        register.accept(objects("lock", Syntax.OBJECTS, Set.of("with"), AllDomain.NONE,
                "lock <door> [with <key>]: you need the right key."), StandardActions::lock);
        register.accept(objects("unlock", Syntax.OBJECTS, Set.of("with"), AllDomain.NONE,
                "unlock <door> [with <key>]: you need the right key."), StandardActions::unlock);
        register.accept(objects("light", Syntax.OBJECTS, Set.of(), AllDomain.NONE,
                "light <lamp>: make a light source shine. Also 'turn on lamp'.", "turn on", "switch on", "ignite"),
                StandardActions::light);
        register.accept(objects("extinguish", Syntax.OBJECTS, Set.of(), AllDomain.NONE,
                "extinguish <lamp>: put out a light. Also 'turn off lamp'.", "turn off", "switch off", "douse", "unlight"),
                StandardActions::extinguish);
        register.accept(new Verb(Parser.GO, List.of("walk", "run", "climb", "enter", "leave", "exit"), Syntax.EXIT,
                Set.of(), AllDomain.NONE,
                "go <direction>: walk that way. Directions: north (n), northeast (ne), east (e), southeast (se), south (s), "
                        + "southwest (sw), west (w), northwest (nw), up (u), down (d), in, out; or an exit's name, "
                        + "such as 'go trapdoor'. A bare direction works too."), StandardActions::go);
        register.accept(Verb.simple("exits", "exits: list the ways out of here and where each leads."),
                (c, t) -> reply(t, Descriptions.exitList(t.actor().room())));
        register.accept(Verb.text("say", "say <text>: speak to everyone in the room. Shortcut: 'hello", "speak"),
                StandardActions::say);
        register.accept(Verb.text("emote", "emote <action>: show yourself doing something, e.g. ':waves.' shows 'Alice waves.'",
                "me", "pose"), StandardActions::emote);
        register.accept(new Verb("tell", List.of("page", "msg"), Syntax.RECIPIENT_TEXT, Set.of(), AllDomain.NONE,
                "tell <player> <text>: speak privately to a player anywhere in the game."), StandardActions::tell);
        register.accept(new Verb("whisper", List.of(), Syntax.RECIPIENT_TEXT, Set.of(), AllDomain.NONE,
                "whisper <someone> <text>: speak privately to someone in the same room; others see that you whisper."),
                StandardActions::whisper);
        register.accept(Verb.simple("who", "who: list the players in the game.", "players"), StandardActions::who);
        register.accept(new Verb("help", List.of("?", "commands"), Syntax.WORD, Set.of(), AllDomain.NONE,
                "help [verb]: list the verbs, or explain one."), StandardActions::help);
        register.accept(Verb.simple("jump", "jump: jump on the spot.", "hop"),
                (c, t) -> List.of(Event.everyone(t.actor(), t.actor().room(), "{actor} {jump|jumps} on the spot.")));
        register.accept(Verb.simple("wait", "wait: let a moment pass.", "z"), (c, t) -> reply(t, "Time passes."));
        register.accept(Verb.simple("quit", "quit: leave the game. Your character waits, with what you carry, for your return. "
                        + "Type it in full: 'q' is not enough.",
                "logout", "exit game").typedInFull(), StandardActions::quit);
    }

    private static Verb objects(String name, Syntax syntax, Set<String> prepositions, AllDomain all, String help,
                                String... synonyms) {
        return new Verb(name, List.of(synonyms), syntax, prepositions, all, help);
    }

    // ---- looking -------------------------------------------------------------------------------

    private static List<Event> look(Command c, Turn t) {
        Thing actor = t.actor();
        if (c.objects().isEmpty() && c.word() != null) {
            return reply(t, alongExit(c, actor));
        }
        if (c.objects().isEmpty()) {
            return reply(t, Descriptions.room(actor.room(), actor));
        }
        Thing o = c.object();
        if ("in".equals(c.preposition())) {
            return reply(t, Descriptions.inside(o));
        }
        if ("on".equals(c.preposition())) {
            return reply(t, Descriptions.onSurface(o));
        }
        return reply(t, Descriptions.thing(o, actor));
    }

    private static List<Event> examine(Command c, Turn t) {
        if (c.objects().isEmpty() && c.word() != null) {
            return reply(t, alongExit(c, t.actor()));
        }
        List<Event> events = new ArrayList<>();
        for (Thing o : c.objects()) {
            events.add(Event.reply(t.actor(), Descriptions.thing(o, t.actor())));
        }
        return events;
    }

    /**
     * "look north", "x hatch": the parser found a direction, or an exit in sight (see
     * {@link Parser}); show what lies that way.
     */
    private static String alongExit(Command c, Thing actor) {
        return Descriptions.along(actor.room(), c.word(), actor);
    }

    // ---- moving things -------------------------------------------------------------------------

    private static List<Event> take(Command c, Turn t) {
        Thing actor = t.actor();
        Thing from = "from".equals(c.preposition()) ? c.second() : null;
        List<Event> events = new ArrayList<>();
        for (Thing o : c.objects()) {
            String refusal = o == actor ? "You can't take yourself."
                    : o.isActor() ? Nouns.definite(o) + " wouldn't like that."
                    : o.location() == actor ? "You already have " + Nouns.definite(o) + "."
                    : o.isFixed() ? Nouns.is(o, "fixed in place")
                    : o.whyCannotMoveTo(actor) != null ? "You can't take " + Nouns.definite(o) + "."
                    : null;
            if (refusal != null) {
                events.add(refusal(actor, c, o, refusal));
                continue;
            }
            Thing was = o.location();
            o.moveTo(actor);
            String others = from != null || !was.isRoom() ? "{actor} takes {subject} from {tool}." : "{actor} takes {subject}.";
            String mine = c.several() ? "{subject.name}: Taken."
                    : from != null ? "You take {subject} from {tool}." : "You take {subject}.";
            events.add(Event.seen(actor, actor.room(), mine, others).withSubject(o).withTool(was));
        }
        return events;
    }

    private static List<Event> drop(Command c, Turn t) {
        Thing actor = t.actor();
        List<Event> events = new ArrayList<>();
        for (Thing o : c.objects()) {
            if (o.location() != actor) {
                events.add(refusal(actor, c, o, "You aren't carrying " + Nouns.definite(o) + "."));
                continue;
            }
            o.moveTo(actor.room());
            events.add(Event.seen(actor, actor.room(), c.several() ? "{subject.name}: Dropped." : "You drop {subject}.",
                    "{actor} drops {subject}.").withSubject(o));
        }
        return events;
    }

    private static List<Event> put(Command c, Turn t) {
        Thing actor = t.actor();
        Thing into = c.second();
        if (into == null) {
            return reply(t, "Put " + Nouns.listDefinite(c.objects(), "and") + " where? Try 'put "
                    + c.object().name() + " in <container>' or 'on <surface>'.");
        }
        boolean on = "on".equals(c.preposition());
        String the = Nouns.definite(into);
        if (on && !into.isSurface()) {
            return reply(t, "You can't put things on " + the + ".");
        }
        if (!on && !into.isContainer()) {
            return reply(t, into.isSurface() ? "You can't put things in " + the + "; try on it."
                    : "You can't put things in " + the + ".");
        }
        if (!on && !into.isOpen()) {
            return reply(t, Nouns.is(into, "closed"));
        }
        List<Event> events = new ArrayList<>();
        String prep = on ? "on" : "in";
        for (Thing o : c.objects()) {
            String refusal = o.location() != actor ? "You aren't holding " + Nouns.definite(o) + "."
                    : o == into || into.isWithin(o) ? "You can't put " + Nouns.definite(o) + " " + prep + " itself."
                    : o.whyCannotMoveTo(into) != null ? "You can't put " + Nouns.definite(o) + " " + prep + " " + the + "."
                    : null;
            if (refusal != null) {
                events.add(refusal(actor, c, o, refusal));
                continue;
            }
            o.moveTo(into);
            events.add(Event.seen(actor, actor.room(),
                    c.several() ? "{subject.name}: Done." : "You put {subject} " + prep + " {tool}.",
                    "{actor} puts {subject} " + prep + " {tool}.").withSubject(o).withTool(into));
        }
        return events;
    }

    private static List<Event> give(Command c, Turn t) {
        Thing actor = t.actor();
        Thing to = c.second();
        if (to == null) {
            return reply(t, "Give " + Nouns.listDefinite(c.objects(), "and") + " to whom?");
        }
        if (to == actor) {
            return reply(t, "You already have " + (c.objects().size() == 1 ? "it" : "them") + ".");
        }
        if (!to.isActor()) {
            return reply(t, "You can't give things to " + Nouns.definite(to) + ".");
        }
        List<Event> events = new ArrayList<>();
        for (Thing o : c.objects()) {
            if (o.location() != actor) {
                events.add(refusal(actor, c, o, "You aren't holding " + Nouns.definite(o) + "."));
                continue;
            }
            o.moveTo(to);
            events.add(new Event(actor, to, null, o, actor.room(),
                    c.several() ? "{subject.name}: You give it to {target}." : "You give {subject} to {target}.",
                    "{actor} gives you {subject}.", "{actor} gives {subject} to {target}.", null));
        }
        return events;
    }

    // ---- doors, containers, lamps --------------------------------------------------------------

    private static List<Event> open(Command c, Turn t) {
        Thing o = c.object();
        String the = Nouns.definite(o);
        if (!o.isOpenable()) {
            return reply(t, "You can't open " + the + ".");
        }
        if (o.isOpen()) {
            return reply(t, Nouns.is(o, "already open"));
        }
        if (o.isLocked()) {
            return reply(t, Nouns.is(o, "locked"));
        }
        o.open(true);
        List<Event> events = new ArrayList<>();
        if (o.isContainer() && !o.contents().isEmpty()) {
            events.add(Event.everyone(t.actor(), t.actor().room(), "{actor} {open|opens} {subject}, revealing {text}.")
                    .withSubject(o).withText(Nouns.listIndefinite(o.contents())));
        } else {
            events.add(Event.everyone(t.actor(), t.actor().room(), "{actor} {open|opens} {subject}.").withSubject(o));
        }
        otherSide(t, o, "{subject} opens.", events);
        return events;
    }

    private static List<Event> close(Command c, Turn t) {
        Thing o = c.object();
        String the = Nouns.definite(o);
        if (!o.isOpenable()) {
            return reply(t, "You can't close " + the + ".");
        }
        if (!o.isOpen()) {
            return reply(t, Nouns.is(o, "already closed"));
        }
        o.open(false);
        List<Event> events = new ArrayList<>();
        events.add(Event.everyone(t.actor(), t.actor().room(), "{actor} {close|closes} {subject}.").withSubject(o));
        otherSide(t, o, "{subject} closes.", events);
        return events;
    }

    private static List<Event> lock(Command c, Turn t) {
        return lockOrUnlock(c, t, true);
    }

    private static List<Event> unlock(Command c, Turn t) {
        return lockOrUnlock(c, t, false);
    }

    private static List<Event> lockOrUnlock(Command c, Turn t, boolean lock) {
        Thing actor = t.actor();
        Thing o = c.object();
        String the = Nouns.definite(o);
        String verb = lock ? "lock" : "unlock";
        if (!o.isLockable()) {
            return reply(t, "You can't " + verb + " " + the + ".");
        }
        if (o.isLocked() == lock) {
            return reply(t, Nouns.is(o, "already " + verb + "ed"));
        }
        if (lock && o.isOpen()) {
            return reply(t, "You'll have to close " + the + " first.");
        }
        Thing key = c.second();
        String chosen = "";
        if (key == null) {
            key = actor.contents().stream().filter(k -> k.id().equals(o.keyId())).findFirst().orElse(null);
            if (key == null) {
                return reply(t, "You need the right key to " + verb + " " + the + ".");
            }
            chosen = "(with {tool})\n";
        } else if (key.location() != actor) {
            return reply(t, "You aren't holding " + Nouns.definite(key) + ".");
        } else if (!key.id().equals(o.keyId())) {
            return reply(t, Sentences.capitalise(Nouns.definite(key)) + " " + Nouns.agree(key, "doesn't", "don't")
                    + " fit " + the + ".");
        }
        o.locked(lock);
        List<Event> events = new ArrayList<>();
        events.add(Event.seen(actor, actor.room(), chosen + "You " + verb + " {subject} with {tool}.",
                "{actor} " + verb + "s {subject} with {tool}.").withSubject(o).withTool(key));
        otherSide(t, o, "You hear a key turn in {subject}.", events);
        return events;
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

    private static List<Event> light(Command c, Turn t) {
        Thing o = c.object();
        Thing room = t.actor().room();
        if (!o.isLightSource()) {
            return reply(t, "You can't light " + Nouns.definite(o) + ".");
        }
        if (o.isLit()) {
            return reply(t, Nouns.is(o, "already lit"));
        }
        boolean wasLit = Scope.isLit(room);
        o.lit(true);
        List<Event> events = new ArrayList<>();
        events.add(Event.everyone(t.actor(), room, "{actor} {light|lights} {subject}.").withSubject(o));
        if (!wasLit && Scope.isLit(room)) {
            events.add(Event.reply(t.actor(), Descriptions.room(room, t.actor())));
        }
        return events;
    }

    private static List<Event> extinguish(Command c, Turn t) {
        Thing o = c.object();
        Thing room = t.actor().room();
        if (!o.isLightSource()) {
            return reply(t, "You can't extinguish " + Nouns.definite(o) + ".");
        }
        if (!o.isLit()) {
            return reply(t, Sentences.capitalise(Nouns.definite(o)) + " " + Nouns.agree(o, "isn't", "aren't") + " lit.");
        }
        o.lit(false);
        List<Event> events = new ArrayList<>();
        events.add(Event.everyone(t.actor(), room, "{actor} {extinguish|extinguishes} {subject}.").withSubject(o));
        if (!Scope.isLit(room)) {
            events.add(new Event(t.actor(), null, null, null, room, "It is now pitch dark.", null, "It is now pitch dark.", null));
        }
        return events;
    }

    // ---- moving about --------------------------------------------------------------------------

    private static List<Event> go(Command c, Turn t) {
        Thing actor = t.actor();
        Thing here = actor.room();
        String word = c.word();
        if (word == null) {
            // "enter" and "leave" alone mean in and out, where there is such a way
            if (c.verbWord().equals("enter") && here.exit(Direction.IN) != null) {
                word = Direction.IN.word();
            } else if ((c.verbWord().equals("leave") || c.verbWord().equals("exit")) && here.exit(Direction.OUT) != null) {
                word = Direction.OUT.word();
            } else {
                return reply(t, "Go where?");
            }
        }
        Exit exit = here.exitCalled(word);
        if (exit == null) {
            return reply(t, "You can't go that way.");
        }
        if (exit.blocked()) {
            return reply(t, Nouns.is(exit.door(), "closed"));
        }
        List<Event> events = Movement.through(actor, exit);
        events.add(Event.reply(actor, Descriptions.room(exit.destination(), actor, t.brief())));
        return events;
    }

    // ---- talking -------------------------------------------------------------------------------
    // What players say is shown as typed: their braces are escaped, so nobody can colour, blink or
    // hide text on other players' screens.

    private static List<Event> say(Command c, Turn t) {
        String text = c.text();
        if (text == null || text.isBlank()) {
            return reply(t, "Say what?");
        }
        String verb = text.endsWith("?") ? "{ask|asks}" : text.endsWith("!") ? "{exclaim|exclaims}" : "{say|says}";
        return List.of(Event.everyone(t.actor(), t.actor().room(), "{actor} " + verb + ", \"{text}\"")
                .withText(Markup.escape(text)));
    }

    private static List<Event> emote(Command c, Turn t) {
        String text = c.text();
        if (text == null || text.isBlank()) {
            return reply(t, "Emote what? For example ':waves.'");
        }
        return List.of(Event.everyone(t.actor(), t.actor().room(), "{actor.named} {text}")
                .withText(Markup.escape(text)));
    }

    private static List<Event> tell(Command c, Turn t) {
        Optional<Thing> to = t.onlinePlayer(c.word());
        if (to.isEmpty()) {
            return reply(t, "There is no player called '" + Markup.escape(c.word()) + "' in the game.");
        }
        if (to.get() == t.actor()) {
            return reply(t, "You mutter to yourself.");
        }
        if (c.text().isBlank()) {
            return reply(t, "Tell " + to.get().name() + " what?");
        }
        return List.of(new Event(t.actor(), to.get(), null, null, null, "You tell {target}, \"{text}\"",
                "{actor} tells you, \"{text}\"", null, Markup.escape(c.text())));
    }

    private static List<Event> whisper(Command c, Turn t) {
        Thing actor = t.actor();
        Thing to = null;
        String name = c.word().toLowerCase(Locale.ROOT);
        for (Thing o : Scope.of(actor)) {
            if (o.isActor() && o.vocabulary().contains(name)) {
                to = o;
                break;
            }
        }
        if (to == null) {
            return reply(t, "You don't see any " + Markup.escape(c.word()) + " here.");
        }
        if (c.text().isBlank()) {
            return reply(t, "Whisper what to " + Nouns.definite(to) + "?");
        }
        return List.of(new Event(actor, to, null, null, actor.room(), "You whisper to {target}, \"{text}\"",
                "{actor} whispers to you, \"{text}\"", "{actor} whispers something to {target}.",
                Markup.escape(c.text())));
    }

    // ---- the game ------------------------------------------------------------------------------

    private static List<Event> who(Command c, Turn t) {
        List<Thing> players = t.players();
        List<String> names = players.stream().map(Thing::name).toList();
        // players().size() is Game.playerCount(): the SSH status line and MSSP count the same.
        return reply(t, "Players in the game (" + players.size() + "): " + Lists.join(names, "and") + ".");
    }

    private static List<Event> help(Command c, Turn t) {
        Verbs verbs = t.verbs();
        if (c.word() == null) {
            List<String> names = verbs.all().stream().map(Verb::name).toList();
            return reply(t, "Verbs: " + String.join(", ", names) + ".\nType 'help <verb>' for more, e.g. 'help take'.");
        }
        String word = c.word().split("\\s+")[0];
        Verb v = verbs.lookup(word) instanceof Verbs.Lookup.Found f ? f.verb() : null;
        if (v == null && Direction.parse(word).isPresent()) {
            v = verbs.get(Parser.GO);
        }
        if (v == null) {
            return reply(t, "There is no help for '" + word + "'. Type 'help' for the list of verbs.");
        }
        String also = v.synonyms().isEmpty() ? "" : " (also: " + String.join(", ", v.synonyms()) + ")";
        return reply(t, v.help() + also);
    }

    private static List<Event> quit(Command c, Turn t) {
        t.endSession("Goodbye.");
        return List.of();
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static List<Event> reply(Turn t, String text) {
        return List.of(Event.reply(t.actor(), text));
    }

    /** A refusal, prefixed with the thing's name when several things were meant: "table: It is fixed in place." */
    private static Event refusal(Thing actor, Command c, Thing o, String message) {
        String m = Sentences.capitalise(message);
        return Event.reply(actor, c.several() ? o.name() + ": " + m : m);
    }
}
