package brass.world.parser;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A verb as the parser knows it: its name, the other words for it ("get" for take, "x" for
 * examine; multi-word forms like "turn on" allowed), what follows it, which prepositions
 * introduce a second noun phrase, what "all" means, and the help text for {@code help name}.
 */
public record Verb(String name, List<String> synonyms, Syntax syntax, Set<String> prepositions,
                   AllDomain all, String help) {

    public Verb {
        Objects.requireNonNull(name, "name");
        synonyms = List.copyOf(synonyms);
        prepositions = Set.copyOf(prepositions);
        Objects.requireNonNull(syntax, "syntax");
        Objects.requireNonNull(all, "all");
        help = help == null ? "" : help;
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
