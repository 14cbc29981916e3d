package brass.world.talk;

import brass.world.files.definition.ConversationDefinition;
import brass.world.files.definition.TopicDefinition;
import brass.world.files.definition.WorldDefinition;
import brass.world.action.Turn;
import brass.world.game.Game;
import brass.world.language.Event;
import brass.world.language.Lists;
import brass.world.language.Nouns;
import brass.world.language.Sentences;
import brass.world.markup.Markup;
import brass.world.model.Scope;
import brass.world.model.Thing;
import brass.world.reaction.Conditions;
import brass.world.parser.AllDomain;
import brass.world.parser.Command;
import brass.world.parser.Parser;
import brass.world.parser.Syntax;
import brass.world.parser.Topic;
import brass.world.parser.Verb;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The verbs of conversation: {@code ask <someone> about <anything>} (also typed {@code someone,
 * question}, which the parser reads as {@code ask}) and {@code talk to <someone>}, which lists
 * the topics they will talk about now. The asker reads the answer; the others in the room see
 * that a question was asked ("Alice asks Pembrook about the heart.").
 */
public final class TalkCommands {

    public static final String ASK_HELP = "ask <someone> about <something>: ask a character about something."
            + " Also: 'pembrook, where is the lamp?'";
    public static final String TALK_HELP = "talk to <someone>: hear what a character will talk about.";

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    private TalkCommands() {
    }

    /**
     * Registers {@code ask} and {@code talk}, answering from the conversations of the definition
     * {@code definition} gives at each question (the reloader's, so a reload applies at once).
     */
    public static void install(Game game, Supplier<WorldDefinition> definition, Supplier<Conditions> conditions) {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(conditions, "conditions");
        game.register(new Verb(Parser.ASK, List.of(), Syntax.RECIPIENT_TEXT, Set.of(), AllDomain.NONE,
                ASK_HELP).inTopic(Topic.TALKING).withExamples("ask pembrook about the heart"), (c, t) -> withSomeone(c, t, (to, rest) -> ask(t, to, rest, definition.get(), conditions.get())));
        game.register(new Verb("talk", List.of(), Syntax.RECIPIENT_TEXT, Set.of(), AllDomain.NONE,
                TALK_HELP).inTopic(Topic.TALKING).withExamples("talk to pembrook"), (c, t) -> withSomeone(c, t, (to, rest) -> talk(t, to, definition.get(), conditions.get())));
    }

    /** Runs {@code then} with the character the command names and the words after the name, if they are here. */
    private static List<Event> withSomeone(Command c, Turn t, BiFunction<Thing, String, List<Event>> then) {
        String[] named = named(c);
        Thing to = someone(t.actor(), named[0]);
        if (to == null) {
            return reply(t.actor(), "You don't see any " + Markup.escape(named[0]) + " here.");
        }
        return then.apply(to, named[1]);
    }

    private static List<Event> ask(Turn t, Thing to, String question, WorldDefinition definition,
                                   Conditions conditions) {
        Thing actor = t.actor();
        boolean about = question.toLowerCase(Locale.ROOT).matches("about(\\s.*)?");
        String subject = about ? question.substring(5).strip() : question;
        if (subject.isEmpty()) {
            return reply(actor, "Ask " + Nouns.definite(to) + " about what?");
        }
        if (to == actor) {
            return reply(actor, "You know all you know already.");
        }
        String asked = about ? "{target} about {text}." : "{target}, \"{text}\"";
        String shown = Markup.escape(about ? subject.replaceAll("[?.!]+$", "") : subject);
        if (!to.isPlayer() && !hasTopic(to, subject, actor, definition, conditions) && t.hooks().asked(actor, to, subject)) {
            // No topic of its own, but an 'asked' reaction answered: its effects are the answer.
            return List.of(new Event(actor, to, null, null, actor.room(), "You ask " + asked, null, "{actor} asks " + asked,
                    shown));
        }
        String answer = to.isPlayer() ? "You ask " + asked : answer(to, subject, actor, definition, conditions);
        return List.of(new Event(actor, to, null, null, actor.room(), answer, null, "{actor} asks " + asked, shown));
    }

    private static List<Event> talk(Turn t, Thing to, WorldDefinition definition, Conditions conditions) {
        Thing actor = t.actor();
        if (to == actor) {
            return reply(actor, "You mutter to yourself.");
        }
        ConversationDefinition conversation = definition.conversations().get(to.id());
        List<TopicDefinition> open = conversation == null ? List.of() : Topics.open(conversation, to, actor, conditions);
        String listing;
        if (to.isPlayer()) {
            listing = "To talk to " + to.name() + ", say something: 'say hello', or 'whisper " + to.name().toLowerCase(Locale.ROOT) + " hello'.";
        } else if (open.isEmpty()) {
            listing = Sentences.capitalise(Nouns.definite(to)) + " has nothing in particular to talk about.";
        } else {
            listing = "You could ask " + Nouns.definite(to) + " about "
                    + Lists.join(open.stream().map(topic -> topic.keywords().get(0)).toList(), "or") + ".";
        }
        return List.of(new Event(actor, to, null, null, actor.room(), "{text}", null, "{actor} talks to {target}.",
                Markup.escape(listing)));
    }

    private static boolean hasTopic(Thing to, String subject, Thing asker, WorldDefinition definition,
                                    Conditions conditions) {
        ConversationDefinition conversation = definition.conversations().get(to.id());
        return conversation != null && Topics.about(conversation, subject, to, asker, conditions).isPresent();
    }

    /** What {@code to} answers {@code asker} about {@code subject}: the topic's reply, the actor's default, or the game's. */
    private static String answer(Thing to, String subject, Thing asker, WorldDefinition definition,
                                 Conditions conditions) {
        ConversationDefinition conversation = definition.conversations().get(to.id());
        if (conversation != null) {
            TopicDefinition topic = Topics.about(conversation, subject, to, asker, conditions).orElse(null);
            if (topic != null) {
                return topic.reply();
            }
            if (!conversation.defaultReply().isEmpty()) {
                return conversation.defaultReply();
            }
        }
        return Sentences.capitalise(Nouns.definite(to)) + " has nothing to say about that.";
    }

    /** Whom the command names and what follows: "ask the butler about tea" names butler, not "the". */
    private static String[] named(Command c) {
        String word = c.word() == null ? "" : c.word();
        String text = c.text() == null ? "" : c.text().strip();
        if (ARTICLES.contains(word.toLowerCase(Locale.ROOT)) && !text.isEmpty()) {
            String[] parts = text.split("\\s+", 2);
            return new String[] {parts[0].replaceAll("[,:;.!?]+$", ""), parts.length > 1 ? parts[1].strip() : ""};
        }
        return new String[] {word, text};
    }

    /** The actor in sight that {@code word} names (a player or a character), or null. */
    private static Thing someone(Thing actor, String word) {
        String name = word == null ? "" : word.toLowerCase(Locale.ROOT);
        for (Thing o : Scope.of(actor)) {
            if (o.isActor() && o.vocabulary().contains(name)) {
                return o;
            }
        }
        return null;
    }

    private static List<Event> reply(Thing actor, String text) {
        return List.of(Event.reply(actor, text));
    }
}
