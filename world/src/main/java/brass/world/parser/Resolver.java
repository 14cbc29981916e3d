package brass.world.parser;

import brass.world.language.Counting;
import brass.world.language.Nouns;
import brass.world.model.Thing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds the things a noun phrase means, for one line of one actor: an answer already given to a
 * question about the phrase, a pronoun from the actor's {@link Referents}, the things whose words
 * fit ({@link Matching}; a plural means all of them), those named by their noun rather than only
 * an adjective, the ones the verb prefers, a count ("two pebbles") or an ordinal. When
 * several things still fit and differ, it asks {@linkplain Question which}.
 */
final class Resolver {

    /** A resolution: the things, or why there are none. */
    record Resolved(List<Thing> things, ParseResult problem) {
        static Resolved of(List<Thing> things) {
            return new Resolved(things, null);
        }

        static Resolved fail(String message) {
            return new Resolved(List.of(), new ParseResult.Failed(message));
        }
    }

    private final Thing actor;
    private final Referents referents;
    private final Map<Integer, Thing> choices;
    private final String line;

    /** For {@code actor} on {@code line}, with the {@code choices} already made for its phrases by slot. */
    Resolver(Thing actor, Referents referents, Map<Integer, Thing> choices, String line) {
        this.actor = actor;
        this.referents = referents;
        this.choices = choices;
        this.line = line;
    }

    Thing actor() {
        return actor;
    }

    /**
     * The things among {@code candidates} that {@code phrase} (the line's phrase in {@code slot})
     * means, those {@code preferred} first.
     */
    Resolved resolve(int slot, NounPhrase phrase, List<Thing> candidates, Predicate<Thing> preferred) {
        Thing chosen = choices.get(slot);
        if (chosen != null) {
            return candidates.contains(chosen) ? Resolved.of(List.of(chosen))
                    : Resolved.fail("You don't see " + Nouns.definite(chosen) + " here any more.");
        }
        String pronoun = phrase.pronoun();
        if (pronoun != null) {
            List<Thing> meant = referents.resolve(pronoun);
            if (meant.isEmpty()) {
                return Resolved.fail("I'm not sure what '" + pronoun + "' means.");
            }
            List<Thing> here = meant.stream().filter(candidates::contains).toList();
            if (here.isEmpty()) {
                return Resolved.fail("You don't see " + Nouns.listDefinite(meant, "and") + " here.");
            }
            return Resolved.of(here);
        }
        if (phrase.words().isEmpty()) {
            return Resolved.fail("I didn't understand that.");
        }
        List<Thing> matches = fitting(candidates, phrase.words());
        boolean plural = false;
        if (matches.isEmpty() && phrase.ordinal() == 0) {
            // "take pebbles": a plural means every one of them that fits
            matches = fittingPlural(candidates, phrase);
            plural = !matches.isEmpty();
        }
        if (matches.isEmpty()) {
            // "x me", "look at self", "examine alice" typed by Alice
            if (phrase.meansTheSpeaker() || phrase.ordinal() == 0 && actor.vocabulary().containsAll(phrase.words())) {
                return Resolved.of(List.of(actor));
            }
            return Resolved.fail("You don't see any " + typed(phrase) + " here.");
        }
        if (matches.size() > 1 && !plural) {
            // "open tin" means the biscuit tin before the tin mug: a noun outranks an adjective
            String last = phrase.words().get(phrase.words().size() - 1);
            List<Thing> named = matches.stream().filter(t -> Matching.isNoun(t, last)).toList();
            if (!named.isEmpty()) {
                matches = named;
            }
        }
        // The preference comes first so that "second key" counts the keys the question would list.
        if (matches.size() > 1) {
            List<Thing> better = matches.stream().filter(preferred).toList();
            if (!better.isEmpty()) {
                matches = better;
            }
        }
        if (phrase.count() == NounPhrase.EVERY || plural && phrase.count() == 0) {
            return Resolved.of(matches);
        }
        if (phrase.count() > 0) {
            if (phrase.count() > matches.size()) {
                return Resolved.fail("You don't see " + Counting.number(phrase.count()) + " " + typed(phrase) + " here.");
            }
            return Resolved.of(List.copyOf(matches.subList(0, phrase.count())));
        }
        if (phrase.ordinal() > 0) {
            if (phrase.ordinal() > matches.size()) {
                return Resolved.fail("You don't see a " + phrase.ordinalWord() + " " + typed(phrase) + " here.");
            }
            return Resolved.of(List.of(matches.get(phrase.ordinal() - 1)));
        }
        if (matches.size() == 1 || Question.indistinguishable(matches)) {
            return Resolved.of(List.of(matches.get(0)));
        }
        return new Resolved(List.of(), new ParseResult.Ambiguous(Question.which(matches, actor),
                new ParseResult.Pending(line, slot, matches, choices)));
    }

    /** The phrase's words as the player typed them, capitals and all. */
    String typed(NounPhrase phrase) {
        return Words.asTyped(line, phrase.words());
    }

    /** {@code words} as the player typed them on this line. */
    String typed(List<String> words) {
        return Words.asTyped(line, words);
    }

    /** The candidates, other than the actor, that answer to every one of {@code words}. */
    private List<Thing> fitting(List<Thing> candidates, List<String> words) {
        List<Thing> out = new ArrayList<>();
        for (Thing t : candidates) {
            if (t != actor && Matching.fits(t, words)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The candidates, other than the actor, that {@code phrase} names in the plural ("pebbles", "keys"). */
    private List<Thing> fittingPlural(List<Thing> candidates, NounPhrase phrase) {
        List<String> singular = phrase.singular();
        List<Thing> out = new ArrayList<>();
        for (Thing t : candidates) {
            if (t != actor && (Matching.fitsPlural(t, phrase.words()) || singular != null && Matching.fits(t, singular))) {
                out.add(t);
            }
        }
        return out;
    }
}
