package brass.world.parser;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A verb as the parser knows it: its name, the other words for it ("get" for take, "x" for
 * examine; multi-word forms like "turn on" allowed), what follows it, which prepositions
 * introduce a second noun phrase, what "all" means, and the help text for {@code help name}.
 *
 * @param takesExits for OBJECTS and OPTIONAL_OBJECTS verbs: a noun phrase may also name an exit
 *     of the room ("look north", "look at the hatch"); the command then has no objects and
 *     carries the exit's name in {@link Command#word()}. See {@link Parser} for which wins when
 *     a thing and an exit answer to the same word.
 * @param maxLine the longest line, in characters, that starts with this verb and is read:
 *     {@link Parser#MAX_LINE} for most, more for a verb that takes long text (a public key line),
 *     never more than {@link Parser#LONGEST_LINE}
 * @param inFull the verb is only its whole words, never an abbreviation: {@code quit}, which a
 *     stray {@code q} must not do (as tbaMUD insists); "q" is then told how to quit
 * @param topics the help topics it is listed under ({@link #inTopic}); every verb a game registers
 *     has one at least
 * @param examples lines a player might type, shown by {@code help name} ({@link #withExamples})
 */
public record Verb(String name, List<String> synonyms, Syntax syntax, Set<String> prepositions,
                   AllDomain all, String help, boolean takesExits, int maxLine, boolean inFull,
                   List<Topic> topics, List<String> examples) {

    public Verb {
        topics = List.copyOf(new java.util.LinkedHashSet<>(topics));
        examples = List.copyOf(examples);
        Objects.requireNonNull(name, "name");
        synonyms = List.copyOf(synonyms);
        prepositions = Set.copyOf(prepositions);
        Objects.requireNonNull(syntax, "syntax");
        Objects.requireNonNull(all, "all");
        help = help == null ? "" : help;
        if (maxLine < Parser.MAX_LINE || maxLine > Parser.LONGEST_LINE) {
            throw new IllegalArgumentException("a verb reads lines of " + Parser.MAX_LINE + " to "
                    + Parser.LONGEST_LINE + " characters, not " + maxLine);
        }
    }

    /**
     * From the name, syntax and line length only: every command looks its verb's action up by
     * the verb, and a record's own hash goes through every component (the help text, the topics,
     * the examples) each time. Equal verbs have equal names, syntaxes and lengths, so equal verbs
     * still hash alike.
     */
    @Override
    public int hashCode() {
        return (name.hashCode() * 31 + syntax.hashCode()) * 31 + maxLine;
    }

    /** A verb in no help topic yet, with no examples. */
    public Verb(String name, List<String> synonyms, Syntax syntax, Set<String> prepositions, AllDomain all,
                String help, boolean takesExits, int maxLine, boolean inFull) {
        this(name, synonyms, syntax, prepositions, all, help, takesExits, maxLine, inFull, List.of(), List.of());
    }

    /** A verb that may be abbreviated. */
    public Verb(String name, List<String> synonyms, Syntax syntax, Set<String> prepositions, AllDomain all,
                String help, boolean takesExits, int maxLine) {
        this(name, synonyms, syntax, prepositions, all, help, takesExits, maxLine, false);
    }

    /** A verb that reads lines of the usual length. */
    public Verb(String name, List<String> synonyms, Syntax syntax, Set<String> prepositions, AllDomain all,
                String help, boolean takesExits) {
        this(name, synonyms, syntax, prepositions, all, help, takesExits, Parser.MAX_LINE);
    }

    /** A verb aimed at things only, as most are. */
    public Verb(String name, List<String> synonyms, Syntax syntax, Set<String> prepositions, AllDomain all,
                String help) {
        this(name, synonyms, syntax, prepositions, all, help, false);
    }

    /** This verb, able to be aimed at an exit as well as at things. */
    public Verb takingExits() {
        return new Verb(name, synonyms, syntax, prepositions, all, help, true, maxLine, inFull, topics, examples);
    }

    /** This verb, reading lines of up to {@code characters} (at most {@link Parser#LONGEST_LINE}). */
    public Verb readingLinesOf(int characters) {
        return new Verb(name, synonyms, syntax, prepositions, all, help, takesExits, characters, inFull, topics,
                examples);
    }

    /** This verb, understood only when one of its words is typed whole. */
    public Verb typedInFull() {
        return new Verb(name, synonyms, syntax, prepositions, all, help, takesExits, maxLine, true, topics, examples);
    }

    /** This verb, listed under {@code more} help topics as well as those it has. */
    public Verb inTopic(Topic... more) {
        List<Topic> all = new java.util.ArrayList<>(topics);
        all.addAll(List.of(more));
        return new Verb(name, synonyms, syntax, prepositions, this.all, help, takesExits, maxLine, inFull, all,
                examples);
    }

    /** This verb, with {@code lines} as examples of its use (added to those it has). */
    public Verb withExamples(String... lines) {
        List<String> more = new java.util.ArrayList<>(examples);
        more.addAll(List.of(lines));
        return new Verb(name, synonyms, syntax, prepositions, all, help, takesExits, maxLine, inFull, topics, more);
    }

    /** A verb that takes nothing after it. */
    public static Verb simple(String name, String help, String... synonyms) {
        return new Verb(name, List.of(synonyms), Syntax.NONE, Set.of(), AllDomain.NONE, help);
    }

    /** A verb followed by the rest of the line as typed. */
    public static Verb text(String name, String help, String... synonyms) {
        return new Verb(name, List.of(synonyms), Syntax.TEXT, Set.of(), AllDomain.NONE, help);
    }
}
