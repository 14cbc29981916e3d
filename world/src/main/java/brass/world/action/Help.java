package brass.world.action;

import brass.world.language.Sentences;
import brass.world.markup.Markup;
import brass.world.model.Direction;
import brass.world.model.HelpEntry;
import brass.world.model.World;
import brass.world.parser.Parser;
import brass.world.parser.Topic;
import brass.world.parser.Verb;
import brass.world.parser.Verbs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code help} shows, made from the verb table (each verb's help, other words, examples and
 * topics) and the world's own help entries ({@link World#help}): the index, a topic, a verb, an
 * entry; for anything else, the nearest word there is help on.
 */
final class Help {

    private Help() {
    }

    /** {@code help}, or {@code help word}. */
    static String answer(Verbs verbs, World world, String typed) {
        if (typed == null || typed.isBlank()) {
            return index(verbs, world);
        }
        String word = typed.strip().toLowerCase(Locale.ROOT);
        Optional<Topic> topic = Topic.parse(word);
        if (topic.isPresent()) {
            return topic(verbs, world, topic.get());
        }
        Verb verb = verbs.exact(word);
        String first = word.split("\\s+")[0];
        if (verb == null && verbs.lookup(first) instanceof Verbs.Lookup.Found f) {
            verb = f.verb();
        }
        if (verb == null && Direction.parse(first).isPresent()) {
            verb = verbs.get(Parser.GO);
        }
        HelpEntry entry = world.help().get(word);
        if (verb != null) {
            return verb(verb, entry);
        }
        if (entry != null) {
            return entry(entry);
        }
        String nearest = nearest(verbs, world, word);
        return "There is no help on '" + Markup.escape(typed.strip()) + "'."
                + (nearest == null ? " Type 'help' for the topics." : " Did you mean '" + nearest + "'?");
    }

    private static String index(Verbs verbs, World world) {
        StringBuilder sb = new StringBuilder("Help topics:");
        for (Topic t : Topic.values()) {
            sb.append("\n  ").append(t.word()).append(" - ").append(t.about());
        }
        sb.append("\nCommands: ").append(String.join(", ", verbs.all().stream().map(Verb::name).toList())).append('.');
        List<String> own = new ArrayList<>();
        for (HelpEntry e : world.help().values()) {
            if (Topic.parse(e.word()).isEmpty() && verbs.exact(e.word()) == null) {
                own.add(e.word());
            }
        }
        if (!own.isEmpty()) {
            sb.append("\nAlso: ").append(String.join(", ", own)).append('.');
        }
        sb.append("\nType 'help <topic>' or 'help <command>': 'help newcomers' to begin, 'help take' for one"
                + " command.");
        return sb.toString();
    }

    private static String topic(Verbs verbs, World world, Topic topic) {
        StringBuilder sb = new StringBuilder(Sentences.capitalise(topic.word())).append(" - ").append(topic.about())
                .append('.');
        HelpEntry intro = world.help().get(topic.word());
        if (intro != null) {
            sb.append('\n').append(intro.text());
        }
        List<String> names = verbs.all().stream().filter(v -> v.topics().contains(topic)).map(Verb::name).toList();
        if (!names.isEmpty()) {
            sb.append("\nCommands: ").append(String.join(", ", names)).append('.');
        }
        List<String> more = world.help().values().stream()
                .filter(e -> e.topics().contains(topic.word()) && !e.word().equals(topic.word()))
                .map(HelpEntry::word).toList();
        if (!more.isEmpty()) {
            sb.append("\nMore: ").append(String.join(", ", more)).append('.');
        }
        if (!names.isEmpty()) {
            sb.append("\nType 'help <command>' for one of them, e.g. 'help ").append(names.get(0)).append("'.");
        }
        return sb.toString();
    }

    private static String verb(Verb verb, HelpEntry entry) {
        StringBuilder sb = new StringBuilder(verb.help().isEmpty() ? verb.name() + "." : verb.help());
        if (!verb.synonyms().isEmpty()) {
            sb.append("\nOther words: ").append(String.join(", ", verb.synonyms())).append('.');
        }
        if (!verb.examples().isEmpty()) {
            sb.append("\nExamples: ").append(String.join(", ", verb.examples().stream().map(e -> "'" + e + "'").toList()))
                    .append('.');
        }
        if (!verb.topics().isEmpty()) {
            sb.append("\nSee also: ").append(String.join(", ",
                    verb.topics().stream().map(t -> "help " + t.word()).toList())).append('.');
        }
        if (entry != null) {
            sb.append('\n').append(entry.text());
        }
        return sb.toString();
    }

    private static String entry(HelpEntry entry) {
        StringBuilder sb = new StringBuilder(entry.text());
        if (!entry.topics().isEmpty()) {
            sb.append("\nSee also: ").append(String.join(", ", entry.topics().stream().map(t -> "help " + t).toList()))
                    .append('.');
        }
        return sb.toString();
    }

    /** The nearest word there is help on, within two edits, or null. */
    private static String nearest(Verbs verbs, World world, String word) {
        List<String> known = new ArrayList<>();
        for (Topic t : Topic.values()) {
            known.add(t.word());
        }
        for (Verb v : verbs.all()) {
            known.add(v.name());
            known.addAll(v.synonyms());
        }
        known.addAll(world.help().keySet());
        return Verbs.nearest(word, known);
    }
}
