package brass.world.action;

import static brass.world.action.Replies.refuse;
import static brass.world.action.Replies.reply;

import brass.world.language.Event;
import brass.world.language.Lists;
import brass.world.language.Nouns;
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
                "take <thing> [from <container>]: pick something up. 'take all', 'take all but the lamp', 'take two pebbles', 'take lit candle', 'take key from box'.",
                "get", "pick up", "grab"), Moves::take);
        register.accept(objects("drop", Syntax.OBJECTS, Set.of(), AllDomain.INVENTORY,
                "drop <thing>: put down something you carry. 'drop all' and 'drop all candles' work too.", "put down", "discard"),
                Moves::drop);
        register.accept(objects("put", Syntax.OBJECTS, Set.of("in", "on"), AllDomain.INVENTORY,
                "put <thing> in <container> / put <thing> on <surface>.", "place", "insert"), Moves::put);
        register.accept(objects("give", Syntax.OBJECTS, Set.of("to"), AllDomain.INVENTORY,
                "give <thing> to <someone>.", "hand", "offer"), Moves::give);
        register.accept(objects("open", Syntax.OBJECTS, Set.of(), AllDomain.NONE, "open <door or container>."),
                Mechanisms::open);
        register.accept(objects("close", Syntax.OBJECTS, Set.of(), AllDomain.NONE, "close <door or container>.", "shut"),
                Mechanisms::close);
        register.accept(objects("lock", Syntax.OBJECTS, Set.of("with"), AllDomain.NONE,
                "lock <door> [with <key>]: you need the right key."), Mechanisms::lock);
        register.accept(objects("unlock", Syntax.OBJECTS, Set.of("with"), AllDomain.NONE,
                "unlock <door> [with <key>]: you need the right key."), Mechanisms::unlock);
        register.accept(objects("light", Syntax.OBJECTS, Set.of(), AllDomain.NONE,
                "light <lamp>: make a light source shine. Also 'turn on lamp'.", "turn on", "switch on", "ignite"),
                Mechanisms::light);
        register.accept(objects("extinguish", Syntax.OBJECTS, Set.of(), AllDomain.NONE,
                "extinguish <lamp>: put out a light. Also 'turn off lamp'.", "turn off", "switch off", "douse", "unlight"),
                Mechanisms::extinguish);
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
                return refuse(t, "Go where?");
            }
        }
        Exit exit = here.exitCalled(word);
        if (exit == null) {
            return refuse(t, "You can't go that way.");
        }
        if (exit.blocked()) {
            return refuse(t, Nouns.is(exit.door(), "closed"));
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

}
