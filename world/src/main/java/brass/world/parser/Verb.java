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
 */
public record Verb(String name, List<String> synonyms, Syntax syntax, Set<String> prepositions,
                   AllDomain all, String help, boolean takesExits, int maxLine, boolean inFull) {

    public Verb {
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
        return new Verb(name, synonyms, syntax, prepositions, all, help, true, maxLine, inFull);
    }

    /** This verb, reading lines of up to {@code characters} (at most {@link Parser#LONGEST_LINE}). */
    public Verb readingLinesOf(int characters) {
        return new Verb(name, synonyms, syntax, prepositions, all, help, takesExits, characters, inFull);
    }

    /** This verb, understood only when one of its words is typed whole. */
    public Verb typedInFull() {
        return new Verb(name, synonyms, syntax, prepositions, all, help, takesExits, maxLine, true);
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
