package brass.world.parser;

import brass.world.language.Nouns;
import brass.world.language.Sentences;
import brass.world.model.Direction;
import brass.world.model.Exit;
import brass.world.model.Scope;
import brass.world.model.Flag;
import brass.world.model.Thing;
import brass.world.model.Wearing;
import brass.world.parser.Resolver.Resolved;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a verb that takes things is about ({@link Syntax#OBJECTS}, {@link Syntax#OPTIONAL_OBJECTS}):
 * "the lamp and the red key", "all but the lamp from the chest", "the coin to bob", "at the
 * north exit". The second object is resolved first, since "from" changes where the others are
 * looked for; then the direct objects, a list of phrases or "all" with its exceptions.
 */
final class ObjectArguments {

    /** The slot of the second object in {@link ParseResult.Pending}: direct phrases count from 0. */
    private static final int SECOND_SLOT = -1;

    private final Verb verb;
    private final String verbWord;
    private final Thing actor;
    private final Resolver resolver;

    private ObjectArguments(Verb verb, String verbWord, Resolver resolver) {
        this.verb = verb;
        this.verbWord = verbWord;
        this.actor = resolver.actor();
        this.resolver = resolver;
    }

    /** Reads {@code rest}, what follows {@code verbWord} on the line, into a command or the reason there is none. */
    static ParseResult parse(Verb verb, String verbWord, String rest, Resolver resolver, Referents referents) {
        ObjectArguments arguments = new ObjectArguments(verb, verbWord, resolver);
        return arguments.read(Clause.of(verb, rest, resolver.actor()), referents);
    }

    private ParseResult read(Clause clause, Referents referents) {
        List<String> direct = clause.direct();
        String preposition = clause.preposition();
        if (verb.takesExits() && clause.prepositionFirst() && direct.isEmpty() && clause.indirect().isEmpty()
                && Direction.parse(preposition).isPresent()) {
            // "look in" with nothing after it: the way in
            return along(List.of(preposition), null, preposition);
        }
        if (preposition != null && (clause.prepositionFirst() ? direct.isEmpty() : clause.indirect().isEmpty())) {
            return new ParseResult.Failed(Sentences.capitalise(verbWord) + (clause.prepositionFirst() ? " " : " it ")
                    + preposition + " what?");
        }
        if (direct.isEmpty()) {
            if (verb.syntax() == Syntax.OPTIONAL_OBJECTS) {
                return parsed(List.of(), false, preposition, null);
            }
            return whatTo();
        }

        List<Thing> scope = Scope.of(actor);
        if (verb.takesExits() && clause.indirect().isEmpty() && (preposition == null || "at".equals(preposition))) {
            String way = wayInSight(direct, scope);
            if (way != null) {
                return along(direct, preposition, way);
            }
        }
        Thing second = null;
        if (!clause.indirect().isEmpty()) {
            Resolved r = resolver.resolve(SECOND_SLOT, NounPhrase.of(clause.indirect()), scope, t -> true);
            if (r.problem() != null) {
                return r.problem();
            }
            if (r.things().size() != 1) {
                return new ParseResult.Failed("You can only " + verbWord + " " + preposition + " one thing at a time.");
            }
            second = r.things().get(0);
        }

        List<Thing> domain = scope;
        boolean from = "from".equals(preposition) && second != null;
        if (from) {
            if (second.isActor()) {
                return new ParseResult.Failed("You can't take things from " + Nouns.definite(second) + ".");
            }
            if (!second.contentsAccessible()) {
                return new ParseResult.Failed(second.isContainer()
                        ? Nouns.is(second, "closed")
                        : "There is nothing in " + Nouns.definite(second) + ".");
            }
            domain = new ArrayList<>(second.contents());
        }

        List<List<String>> groups = phrases(direct);
        if (groups.isEmpty()) {
            return whatTo();
        }
        List<String> head = groups.get(0);
        boolean all = (head.get(0).equals("all") || head.get(0).equals("everything"))
                && (head.size() == 1 || head.get(1).equals("but") || head.get(1).equals("except"));
        Resolved found = all ? everything(groups, domain, second, from) : listed(groups, domain, second, from);
        if (found.problem() != null) {
            return found.problem();
        }
        referents.mentioned(found.things());
        if (second != null) {
            referents.remember(second);
        }
        return parsed(found.things(), all, preposition, second);
    }

    /**
     * "all", "all but the lamp", "everything except the lamp and the key": what the verb's
     * {@link AllDomain} takes in {@code domain}, without the exceptions.
     */
    private Resolved everything(List<List<String>> groups, List<Thing> domain, Thing second, boolean from) {
        if (verb.all() == AllDomain.NONE) {
            return Resolved.fail("You can't use 'all' with '" + verbWord + "'.");
        }
        List<String> head = groups.get(0);
        List<List<String>> exceptions = new ArrayList<>();
        if (head.size() > 1) {
            // "all but ...": "all candles" is a phrase of its own (see phrase)
            if (head.size() > 2) {
                exceptions.add(head.subList(2, head.size()));
            } else if (groups.size() == 1) {
                return Resolved.fail("All but what?");
            }
        }
        exceptions.addAll(groups.subList(1, groups.size()));
        Set<Thing> found = new LinkedHashSet<>();
        for (Thing t : domain) {
            if (t == second || t.isActor() || t.isDoor()) {
                continue;
            }
            boolean fits = switch (verb.all()) {
                case ROOM -> from ? !t.isFixed() : !t.isFixed() && t.location() == actor.room();
                case INVENTORY -> t.location() == actor && !t.is(Flag.WORN); // "drop all" leaves on what is worn
                case NONE -> false;
            };
            if (fits) {
                found.add(t);
            }
        }
        for (int i = 0; i < exceptions.size(); i++) {
            Resolved r = resolver.resolve(i, NounPhrase.of(exceptions.get(i)), List.copyOf(found), t -> true);
            if (r.problem() instanceof ParseResult.Ambiguous) {
                return r;
            }
            r.things().forEach(found::remove);
        }
        if (found.isEmpty()) {
            if (verb.all() == AllDomain.INVENTORY && Wearing.carried(actor).isEmpty()) {
                return Resolved.fail("You aren't carrying anything.");
            }
            return Resolved.fail(from ? "There is nothing to " + verbWord + " from " + Nouns.definite(second) + "."
                    : "There is nothing here to " + verbWord + ".");
        }
        return Resolved.of(List.copyOf(found));
    }

    /** "the lamp and the red key, the box": each phrase found in {@code domain}, the verb's preferred things first. */
    private Resolved listed(List<List<String>> groups, List<Thing> domain, Thing second, boolean from) {
        Predicate<Thing> preferred = switch (verb.all()) {
            case ROOM -> t -> !t.isWithin(actor) && !t.isFixed();
            case INVENTORY -> t -> t.location() == actor;
            case NONE -> t -> true;
        };
        Set<Thing> found = new LinkedHashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            // "two coins and a penny": the penny is one not counted already
            Resolved r = resolver.resolve(i, phrase(groups.get(i)), domain, preferred.and(t -> !found.contains(t)));
            if (r.problem() != null) {
                if (r.problem() instanceof ParseResult.Failed && from) {
                    return Resolved.fail("There is no " + resolver.typed(groups.get(i)) + " "
                            + (second.isSurface() ? "on " : "in ") + Nouns.definite(second) + ".");
                }
                return r;
            }
            found.addAll(r.things());
        }
        return Resolved.of(List.copyOf(found));
    }

    /** One phrase of a list: "all candles", "all of the lit candles" and "every key" mean each one that fits. */
    private static NounPhrase phrase(List<String> words) {
        String first = words.get(0);
        if (words.size() > 1 && (first.equals("all") || first.equals("every") || first.equals("each"))) {
            int from = words.size() > 2 && words.get(1).equals("of") ? 2 : 1;
            return NounPhrase.every(words.subList(from, words.size()));
        }
        return NounPhrase.of(words);
    }

    /** "lamp and key, box" as [lamp] [key] [box]; "all but lamp and key" as [all but lamp] [key]. */
    private static List<List<String>> phrases(List<String> words) {
        List<List<String>> groups = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String w : words) {
            if (w.equals(",") || w.equals("and")) {
                if (!current.isEmpty()) {
                    groups.add(current);
                }
                current = new ArrayList<>();
            } else {
                current.add(w);
            }
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    /**
     * The way {@code phrase} names, for a verb that takes exits: an exit's name or a direction's
     * word, or null. A direction word always means that way, whether or not an exit leads there
     * and even in the dark ("look up": "You see nothing special that way."). Any other word
     * means a thing in scope if one answers to it, and only then an exit (by name or synonym), so
     * "look door" looks at the door as it always did. Named exits are seen as things are: in the
     * dark, none.
     */
    private String wayInSight(List<String> phrase, List<Thing> scope) {
        Thing room = actor.room();
        if (phrase.isEmpty() || phrase.contains(",") || phrase.contains("and") || room == null) {
            return null;
        }
        String words = String.join(" ", phrase);
        Optional<Direction> direction = Direction.parse(words);
        if (direction.isPresent()) {
            return direction.get().word();
        }
        Exit exit = Scope.canSee(actor) ? room.exitCalled(words) : null;
        if (exit == null) {
            return null;
        }
        boolean thingAnswers = scope.stream().anyMatch(t -> t != actor && Matching.fits(t, phrase));
        return thingAnswers ? null : exit.name();
    }

    /** A command aimed along {@code way}, which {@code phrase} named. */
    private ParseResult along(List<String> phrase, String preposition, String way) {
        return new ParseResult.Parsed(new Command(verb, verbWord, List.of(), false, preposition, null,
                String.join(" ", phrase), way));
    }

    private ParseResult whatTo() {
        return new ParseResult.Failed("What do you want to " + verbWord + "?");
    }

    private ParseResult parsed(List<Thing> objects, boolean all, String preposition, Thing second) {
        return new ParseResult.Parsed(new Command(verb, verbWord, objects, all, preposition, second, null, null));
    }
}
