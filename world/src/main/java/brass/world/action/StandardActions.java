package brass.world.action;

import static brass.world.parser.Topic.GAME;
import static brass.world.parser.Topic.MOVEMENT;
import static brass.world.parser.Topic.NEWCOMERS;
import static brass.world.parser.Topic.OBJECTS;
import static brass.world.parser.Topic.TALKING;
import static brass.world.action.Replies.refuse;
import static brass.world.action.Replies.reply;

import brass.world.language.Event;
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
import brass.world.markup.Markup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
                "l").takingExits().inTopic(NEWCOMERS, OBJECTS, MOVEMENT)
                .withExamples("look", "look at the table", "look in box", "look north"), StandardActions::look);
        register.accept(objects("examine", Syntax.OBJECTS, Set.of(), AllDomain.NONE,
                "examine <thing>: look closely at something or someone, or along a way out.", "x", "inspect", "read")
                .takingExits().inTopic(OBJECTS).withExamples("examine notice", "x me", "read notice"),
                StandardActions::examine);
        register.accept(Verb.simple("inventory", "inventory: list what you are carrying.", "i", "inv")
                .inTopic(NEWCOMERS, OBJECTS).withExamples("inventory", "i"),
                (c, t) -> reply(t, Descriptions.inventory(t.actor())));
        register.accept(objects("take", Syntax.OBJECTS, Set.of("from"), AllDomain.ROOM,
                "take <thing> [from <container>]: pick something up. 'take all', 'take all but the lamp', 'take two pebbles', 'take lit candle', 'take key from box'.",
                "get", "pick up", "grab").inTopic(NEWCOMERS, OBJECTS)
                .withExamples("take lamp", "take all but the candle", "take two pebbles", "take key from box"), Moves::take);
        register.accept(objects("drop", Syntax.OBJECTS, Set.of(), AllDomain.INVENTORY,
                "drop <thing>: put down something you carry. 'drop all' and 'drop all candles' work too.", "put down", "discard")
                .inTopic(NEWCOMERS, OBJECTS).withExamples("drop lamp", "drop all", "drop all candles"), Moves::drop);
        register.accept(objects("put", Syntax.OBJECTS, Set.of("in", "on"), AllDomain.INVENTORY,
                "put <thing> in <container> / put <thing> on <surface>.", "place", "insert").inTopic(OBJECTS)
                .withExamples("put candle on table", "put key in box"), Moves::put);
        register.accept(objects("give", Syntax.OBJECTS, Set.of("to"), AllDomain.INVENTORY,
                "give <thing> to <someone>.", "hand", "offer").inTopic(OBJECTS)
                .withExamples("give tankard to pembrook", "give pembrook the tankard"), Moves::give);
        register.accept(objects("open", Syntax.OBJECTS, Set.of(), AllDomain.NONE, "open <door or container>.")
                .inTopic(OBJECTS, MOVEMENT).withExamples("open box", "open trapdoor"), Mechanisms::open);
        register.accept(objects("close", Syntax.OBJECTS, Set.of(), AllDomain.NONE, "close <door or container>.", "shut")
                .inTopic(OBJECTS, MOVEMENT).withExamples("close box", "shut the back door"), Mechanisms::close);
        register.accept(objects("lock", Syntax.OBJECTS, Set.of("with"), AllDomain.NONE,
                "lock <door> [with <key>]: you need the right key.").inTopic(OBJECTS, MOVEMENT)
                .withExamples("lock door with key", "lock door"), Mechanisms::lock);
        register.accept(objects("unlock", Syntax.OBJECTS, Set.of("with"), AllDomain.NONE,
                "unlock <door> [with <key>]: you need the right key.").inTopic(OBJECTS, MOVEMENT)
                .withExamples("unlock door with key", "unlock door"), Mechanisms::unlock);
        register.accept(objects("light", Syntax.OBJECTS, Set.of(), AllDomain.NONE,
                "light <lamp>: make a light source shine. Also 'turn on lamp'.", "turn on", "switch on", "ignite")
                .inTopic(OBJECTS).withExamples("light lamp", "turn lamp on"), Mechanisms::light);
        register.accept(objects("extinguish", Syntax.OBJECTS, Set.of(), AllDomain.NONE,
                "extinguish <lamp>: put out a light. Also 'turn off lamp'.", "turn off", "switch off", "douse", "unlight")
                .inTopic(OBJECTS).withExamples("extinguish lamp", "turn off lamp"), Mechanisms::extinguish);
        register.accept(new Verb(Parser.GO, List.of("walk", "run", "climb", "enter", "leave", "exit"), Syntax.EXIT,
                Set.of(), AllDomain.NONE,
                "go <direction>: walk that way. Directions: north (n), northeast (ne), east (e), southeast (se), south (s), "
                        + "southwest (sw), west (w), northwest (nw), up (u), down (d), in, out; or an exit's name, "
                        + "such as 'go trapdoor'. A bare direction works too.").inTopic(NEWCOMERS, MOVEMENT)
                .withExamples("north", "n", "go up", "climb ladder", "enter hatch"), StandardActions::go);
        register.accept(Verb.simple("exits", "exits: list the ways out of here and where each leads.")
                .inTopic(MOVEMENT).withExamples("exits"), (c, t) -> reply(t, Descriptions.exitList(t.actor().room())));
        register.accept(Verb.text("say", "say <text>: speak to everyone in the room. Shortcut: 'hello", "speak")
                .inTopic(NEWCOMERS, TALKING).withExamples("say Hello, everyone!", "'Is anyone there?"),
                StandardActions::say);
        register.accept(Verb.text("emote", "emote <action>: show yourself doing something, e.g. ':waves.' shows 'Alice waves.'",
                "me", "pose").inTopic(TALKING).withExamples("emote waves.", ":grins."), StandardActions::emote);
        register.accept(new Verb("tell", List.of("page", "msg"), Syntax.RECIPIENT_TEXT, Set.of(), AllDomain.NONE,
                "tell <player> <text>: speak privately to a player anywhere in the game; to one away, it waits for their return.")
                .inTopic(TALKING).withExamples("tell bob Meet me in the kitchen."), Tells::tell);
        register.accept(Verb.text("reply", "reply <text>: answer the last player who told you something.", "r")
                .inTopic(TALKING).withExamples("reply On my way."), Tells::reply);
        register.accept(new Verb("whisper", List.of(), Syntax.RECIPIENT_TEXT, Set.of(), AllDomain.NONE,
                "whisper <someone> <text>: speak privately to someone in the same room; others see that you whisper.")
                .inTopic(TALKING).withExamples("whisper bob the butler is listening"), StandardActions::whisper);
        register.accept(objects("follow", Syntax.OBJECTS, Set.of(), AllDomain.NONE,
                "follow <player>: go wherever they go, until you walk off alone. 'follow self' stops.")
                .inTopic(MOVEMENT).withExamples("follow bob", "follow self"), (c, t) -> t.following().follow(c, t));
        register.accept(objects("lose", Syntax.OPTIONAL_OBJECTS, Set.of(), AllDomain.NONE,
                "lose [player]: stop someone following you (everyone, alone); with nobody following you, stop following.")
                .inTopic(MOVEMENT).withExamples("lose bob", "lose"), (c, t) -> t.following().lose(c, t));
        register.accept(new Verb("who", List.of("players"), Syntax.WORD, Set.of(), AllDomain.NONE,
                "who [page]: list the players in the game, how long each has been idle, who is link-dead, and who is"
                        + " an admin or a builder; a page at a time when there are many ('more' shows the next).")
                .inTopic(NEWCOMERS, GAME).withExamples("who", "who 2"), (c, t) -> Pager.typed(c, t, Roster::whoPage));
        register.accept(new Verb("people", List.of("look crowd", "l crowd", "crowd"), Syntax.WORD, Set.of(),
                AllDomain.NONE, "people [page]: list everyone here, those you follow or who follow you first; a page"
                        + " at a time in a crowd ('more' shows the next). Also 'look crowd'.")
                .inTopic(GAME).withExamples("people", "look crowd", "people 2"), (c, t) -> Pager.typed(c, t, Crowd::page));
        register.accept(Verb.simple("more", "more: the next page of the last listing shown in pages ('who', 'people').")
                .inTopic(GAME).withExamples("more"), Roster::more);
        register.accept(Verb.simple("score", "score: your name, your character's age, how long you have played it,"
                + " where you are and what you carry.").inTopic(GAME).withExamples("score"), Roster::score);
        register.accept(new Verb("help", List.of("?", "commands"), Syntax.WORD, Set.of(), AllDomain.NONE,
                "help [topic|command]: the help topics and commands, or one of them.").inTopic(NEWCOMERS, GAME)
                .withExamples("help", "help newcomers", "help take"),
                (c, t) -> reply(t, Help.answer(t.verbs(), t.world(), c.word())));
        register.accept(Verb.simple("jump", "jump: jump on the spot.", "hop").inTopic(GAME).withExamples("jump"),
                (c, t) -> List.of(Event.everyone(t.actor(), t.actor().room(), "{actor} {jump|jumps} on the spot.")));
        register.accept(Verb.simple("wait", "wait: let a moment pass.", "z").inTopic(GAME).withExamples("wait", "z"),
                (c, t) -> reply(t, "Time passes."));
        register.accept(Verb.simple("quit", "quit: leave the game. Your character waits, with what you carry, for your return. "
                        + "Type it in full: 'q' is not enough.",
                "logout", "exit game").typedInFull().inTopic(NEWCOMERS, GAME).withExamples("quit"),
                StandardActions::quit);
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
            return reply(t, Descriptions.room(actor.room(), actor, false, t.following()));
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
        List<Event> events = new ArrayList<>(t.following().beforeMove(actor));
        events.addAll(Movement.through(actor, exit));
        events.add(Event.reply(actor, Descriptions.room(exit.destination(), actor, t.brief(), t.following())));
        t.following().afterMove(actor, here, exit);
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

    private static List<Event> quit(Command c, Turn t) {
        t.endSession("Goodbye.");
        return List.of();
    }

}
