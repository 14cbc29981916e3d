package brass.world.social;

import brass.world.action.Action;
import brass.world.action.Turn;
import brass.world.language.Event;
import brass.world.language.Nouns;
import brass.world.language.Sentences;
import brass.world.model.Thing;
import brass.world.parser.AllDomain;
import brass.world.parser.Command;
import brass.world.parser.Syntax;
import brass.world.parser.Verb;
import java.util.List;
import java.util.Set;

/**
 * A {@link Social} as a verb of the game: alone ("bow"), at someone in the room ("bow to bob",
 * "smile at pembrook", "hug bob"), or at oneself ("hug me"). Players and other actors may be its
 * target; a thing takes no notice.
 */
public record SocialAction(Social social) implements Action {

    /** The words that may come between a social and its target: "smile at", "bow to", "dance with". */
    public static final Set<String> PREPOSITIONS = Set.of("at", "to", "with", "on");

    /** The verb players type for this social. */
    public Verb verb() {
        String name = social.name();
        String usage = social.alone().isPresent() && social.targeted().isPresent() ? name + " [someone]"
                : social.alone().isPresent() ? name : name + " <someone>";
        return new Verb(name, List.of(), Syntax.OPTIONAL_OBJECTS, PREPOSITIONS, AllDomain.NONE,
                usage + ": a social, shown to everyone in the room.");
    }

    @Override
    public List<Event> perform(Command c, Turn t) {
        Thing actor = t.actor();
        Thing room = actor.room();
        String name = social.name();
        if (c.objects().isEmpty()) {
            if (social.alone().isEmpty()) {
                return reply(actor, "Who do you want to " + name + "?");
            }
            Social.Texts texts = social.alone().get();
            return List.of(Event.seen(actor, room, texts.actor(), texts.others()));
        }
        if (c.objects().size() > 1) {
            return reply(actor, "You can " + name + " at only one person at a time.");
        }
        Thing target = c.object();
        if (target == actor) {
            if (social.self().isEmpty()) {
                return reply(actor, "You can't do that to yourself.");
            }
            Social.Texts texts = social.self().get();
            return List.of(Event.seen(actor, room, texts.actor(), texts.others()));
        }
        if (!target.isActor()) {
            return reply(actor, Sentences.capitalise(Nouns.definite(target)) + " " + Nouns.agree(target, "takes", "take")
                    + " no notice.");
        }
        if (social.targeted().isEmpty()) {
            return reply(actor, "You can only " + name + " on your own: type '" + name + "' alone.");
        }
        Social.Texts texts = social.targeted().get();
        return List.of(new Event(actor, target, null, null, room, texts.actor(), texts.target(), texts.others(), null));
    }

    private static List<Event> reply(Thing actor, String text) {
        return List.of(Event.reply(actor, text));
    }
}
