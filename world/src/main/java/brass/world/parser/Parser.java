package brass.world.parser;

import brass.world.language.Lists;
import brass.world.language.Nouns;
import brass.world.language.Sentences;
import brass.world.model.Direction;
import brass.world.model.Exit;
import brass.world.model.Scope;
import brass.world.model.Thing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns a line into a {@link Command}, resolving noun phrases against what the actor can see.
 * Stateless apart from the {@link Verbs} it consults: a player's pronoun memory
 * ({@link Referents}) and pending question are passed in, so one parser serves every player.
 */
public final class Parser {

    /**
     * The longest line most commands read, in characters; a longer one is refused whole (nobody
     * types that, and parsing it costs the loop). A verb may read longer lines
     * ({@link Verb#maxLine}: a public key for {@code keys add}).
     */
    public static final int MAX_LINE = 400;

    /**
     * The longest line any command may read, in characters: what the transports read too. 4096
     * holds the longest OpenSSH public key line ssh-keygen makes (RSA 16384 bits: 2,772 characters
     * of type and key) with {@code keys add} before it and a comment of a thousand characters.
     */
    public static final int LONGEST_LINE = 4096;

    /** The verb that bare directions and exit names stand for. */
    public static final String GO = "go";

    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "some", "my");
    private static final Set<String> PRONOUNS = Set.of("it", "them", "him", "her");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth",
            "sixth", "seventh", "eighth", "ninth", "tenth");
    private static final int SECOND_SLOT = -1;

    private final Verbs verbs;

    public Parser(Verbs verbs) {
        this.verbs = verbs;
    }

    public Verbs verbs() {
        return verbs;
    }

    public ParseResult parse(String line, Thing actor, Referents referents) {
        return parse(line, actor, referents, Map.of());
    }

    /**
     * Parses {@code line} for {@code actor}; {@code choices} are answers already given to
     * "Which do you mean?" for particular noun phrases of this same line.
     */
    public ParseResult parse(String line, Thing actor, Referents referents, Map<Integer, Thing> choices) {
        if (line == null || line.isBlank()) {
            return new ParseResult.Nothing();
        }
        if (line.length() > MAX_LINE) {
            Verb verb = firstVerb(line);
            int limit = verb == null ? MAX_LINE : verb.maxLine();
            if (line.length() > limit) {
                return new ParseResult.Failed("That line is too long (" + line.length() + " characters); the most "
                        + (limit == MAX_LINE ? "I read" : "'" + verb.name() + "' reads") + " is " + limit + ".");
            }
        }
        String trimmed = line.strip();
        char first = trimmed.charAt(0);
        if (first == '\'' || first == '"') {
            return textCommand("say", trimmed.substring(1).strip(), trimmed.substring(0, 1));
        }
        if (first == ':') {
            return textCommand("emote", trimmed.substring(1).strip(), ":");
        }

        String unbraced = withoutBraces(trimmed).strip();
        if (unbraced.isEmpty()) {
            return new ParseResult.Failed("I don't understand that. Type 'help' for the verbs I know.");
        }
        String[] raw = unbraced.split("\\s+");
        String w0 = clean(raw[0]);
        String w1 = raw.length > 1 ? clean(raw[1]) : null;
        String wLast = raw.length > 2 ? clean(raw[raw.length - 1]) : null;

        Verb verb;
        String verbWord;
        int consumed;
        boolean particleAtEnd = false;
        if (w1 != null && verbs.exact(w0 + " " + w1) != null) {
            verb = verbs.exact(w0 + " " + w1);
            verbWord = w0 + " " + w1;
            consumed = 2;
        } else if (wLast != null && verbs.exact(w0) == null && verbs.exact(w0 + " " + wLast) != null) {
            // "turn lamp on" is "turn on lamp"
            verb = verbs.exact(w0 + " " + wLast);
            verbWord = w0 + " " + wLast;
            consumed = 1;
            particleAtEnd = true;
        } else if (verbs.exact(w0) != null) {
            verb = verbs.exact(w0);
            verbWord = w0;
            consumed = 1;
        } else {
            Direction d = Direction.parse(w0).orElse(null);
            String exitName = d != null ? d.word() : exitNamed(actor, w0);
            if (exitName != null && raw.length == 1) {
                Verb go = verbs.get(GO);
                if (go == null) {
                    return new ParseResult.Failed("You can't go anywhere.");
                }
                return parsed(new Command(go, w0, List.of(), false, null, null, null, exitName));
            }
            Verbs.Lookup lookup = verbs.lookup(w0);
            if (lookup instanceof Verbs.Lookup.Found found) {
                verb = found.verb();
                verbWord = found.verb().name();
                consumed = 1;
            } else if (lookup instanceof Verbs.Lookup.Ambiguous amb) {
                return new ParseResult.Failed("'" + w0 + "' could mean " + Lists.join(
                        amb.verbs().stream().map(v -> "'" + v.name() + "'").toList(), "or") + ".");
            } else {
                String suggestion = ((Verbs.Lookup.Unknown) lookup).suggestion();
                return new ParseResult.Failed("I don't know the verb '" + w0 + "'"
                        + (suggestion == null ? ". Type 'help' for the verbs I know." : " — did you mean '" + suggestion + "'?"));
            }
        }

        // What players say keeps its braces (escaped where shown); every other command is read
        // from the line the words came from, so the two agree on where each word is.
        if (verb.syntax() != Syntax.TEXT && verb.syntax() != Syntax.RECIPIENT_TEXT) {
            trimmed = unbraced;
        }
        String rest = restAfter(trimmed, consumed);
        if (particleAtEnd) {
            rest = rest.substring(0, Math.max(0, rest.length() - raw[raw.length - 1].length())).strip();
        }
        return switch (verb.syntax()) {
            case NONE -> rest.isEmpty() ? parsed(new Command(verb, verbWord, List.of(), false, null, null, null, null))
                    : new ParseResult.Failed("I only understood you as far as wanting to " + verbWord + ".");
            case TEXT -> parsed(new Command(verb, verbWord, List.of(), false, null, null, rest, null));
            case WORD -> {
                List<String> words = words(rest);
                yield parsed(new Command(verb, verbWord, List.of(), false, null, null, rest,
                        words.isEmpty() ? null : String.join(" ", words)));
            }
            case EXIT -> {
                List<String> words = words(rest);
                words.removeIf(ARTICLES::contains);
                yield parsed(new Command(verb, verbWord, List.of(), false, null, null, null,
                        words.isEmpty() ? null : String.join(" ", words)));
            }
            case RECIPIENT_TEXT -> recipient(verb, verbWord, rest);
            case OBJECTS, OPTIONAL_OBJECTS -> objects(verb, verbWord, rest, actor, referents, choices, trimmed);
        };
    }

    /**
     * The verb a line starts with, if its first word is one (exactly, or an abbreviation only it
     * has), or null: looked at only for a line longer than {@link #MAX_LINE}, and only as far as
     * the first word.
     */
    private Verb firstVerb(String line) {
        int start = 0;
        while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < line.length() && end - start <= 32 && !Character.isWhitespace(line.charAt(end))) {
            end++;
        }
        if (end == start || end - start > 32) {
            return null;
        }
        return verbs.lookup(clean(line.substring(start, end))) instanceof Verbs.Lookup.Found found ? found.verb() : null;
    }

    /**
     * Tries {@code line} as the answer to {@code pending}'s question: an adjective, a fuller
     * name, or an ordinal. Returns null when it isn't one, so the caller treats it as a new command.
     */
    public ParseResult answer(String line, ParseResult.Pending pending, Thing actor, Referents referents) {
        if (line == null || line.length() > MAX_LINE) {
            return null;
        }
        List<String> words = words(line);
        words.removeIf(w -> ARTICLES.contains(w) || w.equals(","));
        if (words.isEmpty()) {
            return null;
        }
        List<Thing> candidates = pending.candidates();
        Thing chosen = null;
        if (words.size() == 1 && ordinal(words.get(0)) > 0) {
            int n = ordinal(words.get(0));
            if (n <= candidates.size()) {
                chosen = candidates.get(n - 1);
            }
        } else {
            List<Thing> fits = candidates.stream().filter(t -> t.vocabulary().containsAll(words)).toList();
            if (fits.size() == 1 || (fits.size() > 1 && indistinguishable(fits))) {
                chosen = fits.get(0);
            } else if (fits.size() > 1 && fits.size() < candidates.size()) {
                ParseResult.Pending narrower = new ParseResult.Pending(pending.line(), pending.slot(), fits, pending.choices());
                return new ParseResult.Ambiguous(question(fits, actor), narrower);
            }
        }
        if (chosen == null) {
            return null;
        }
        Map<Integer, Thing> choices = new HashMap<>(pending.choices());
        choices.put(pending.slot(), chosen);
        return parse(pending.line(), actor, referents, choices);
    }

    // ---- noun phrases ------------------------------------------------------------------------

    /** A noun phrase: its words (no articles), and an ordinal (0 for none). */
    private record Phrase(List<String> words, int ordinal) {
        String text() {
            return String.join(" ", words);
        }
    }

    /** A resolution: the things, or why there are none. */
    private record Resolved(List<Thing> things, ParseResult problem) {
        static Resolved of(List<Thing> things) {
            return new Resolved(things, null);
        }

        static Resolved fail(String message) {
            return new Resolved(List.of(), new ParseResult.Failed(message));
        }
    }

    private ParseResult objects(Verb verb, String verbWord, String rest, Thing actor, Referents referents,
                                Map<Integer, Thing> choices, String line) {
        List<String> tokens = normalisePrepositions(words(rest));
        tokens = recipientFirst(verb, tokens, actor);
        int split = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (verb.prepositions().contains(tokens.get(i))) {
                split = i;
                break;
            }
        }
        List<String> direct = split < 0 ? tokens : tokens.subList(0, split);
        String preposition = split < 0 ? null : tokens.get(split);
        List<String> indirect = split < 0 ? List.of() : tokens.subList(split + 1, tokens.size());
        boolean prepositionFirst = split == 0;
        if (prepositionFirst) {
            // "look at lamp", "look in box": the preposition belongs to the verb
            direct = indirect;
            indirect = List.of();
        }
        direct = new ArrayList<>(direct);
        direct.removeIf(ARTICLES::contains);
        List<String> indirectWords = new ArrayList<>(indirect);
        indirectWords.removeIf(ARTICLES::contains);
        if (preposition != null && (prepositionFirst ? direct.isEmpty() : indirectWords.isEmpty())) {
            return new ParseResult.Failed(Sentences.capitalise(verbWord) + (prepositionFirst ? " " : " it ")
                    + preposition + " what?");
        }
        if (direct.isEmpty()) {
            if (verb.syntax() == Syntax.OPTIONAL_OBJECTS) {
                return parsed(new Command(verb, verbWord, List.of(), false, preposition, null, null, null));
            }
            return new ParseResult.Failed("What do you want to " + verbWord + "?");
        }

        List<Thing> scope = Scope.of(actor);
        if (verb.takesExits() && indirectWords.isEmpty() && (preposition == null || "at".equals(preposition))) {
            Exit exit = exitInSight(actor, direct, scope);
            if (exit != null) {
                return parsed(new Command(verb, verbWord, List.of(), false, preposition, null, String.join(" ", direct),
                        exit.name()));
            }
        }
        Thing second = null;
        if (!indirectWords.isEmpty()) {
            Resolved r = resolve(SECOND_SLOT, parsePhrase(indirectWords), scope, t -> true, actor, referents, choices, line);
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
                        ? Sentences.capitalise(Nouns.definite(second)) + " is closed."
                        : "There is nothing in " + Nouns.definite(second) + ".");
            }
            domain = new ArrayList<>(second.contents());
        }
        Predicate<Thing> preferred = switch (verb.all()) {
            case ROOM -> t -> !t.isWithin(actor);
            case INVENTORY -> t -> t.location() == actor;
            case NONE -> t -> true;
        };

        // Split "lamp and key, box" into phrases; "all but lamp and key" into all and exceptions.
        List<List<String>> groups = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String w : direct) {
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
        if (groups.isEmpty()) {
            return new ParseResult.Failed("What do you want to " + verbWord + "?");
        }
        boolean all = groups.get(0).get(0).equals("all") || groups.get(0).get(0).equals("everything");
        Set<Thing> found = new LinkedHashSet<>();
        if (all) {
            if (verb.all() == AllDomain.NONE) {
                return new ParseResult.Failed("You can't use 'all' with '" + verbWord + "'.");
            }
            List<String> head = groups.get(0);
            List<List<String>> exceptions = new ArrayList<>();
            if (head.size() > 1) {
                if (!head.get(1).equals("but") && !head.get(1).equals("except")) {
                    return new ParseResult.Failed("I didn't understand that use of 'all'. Try 'all' or 'all but the lamp'.");
                }
                if (head.size() > 2) {
                    exceptions.add(head.subList(2, head.size()));
                } else if (groups.size() == 1) {
                    return new ParseResult.Failed("All but what?");
                }
            }
            exceptions.addAll(groups.subList(1, groups.size()));
            for (Thing t : domain) {
                if (t == second || t.isActor() || t.isDoor()) {
                    continue;
                }
                boolean fits = switch (verb.all()) {
                    case ROOM -> from ? !t.isFixed() : !t.isFixed() && t.location() == actor.room();
                    case INVENTORY -> t.location() == actor;
                    case NONE -> false;
                };
                if (fits) {
                    found.add(t);
                }
            }
            for (int i = 0; i < exceptions.size(); i++) {
                Resolved r = resolve(i, parsePhrase(exceptions.get(i)), List.copyOf(found), t -> true, actor, referents,
                        choices, line);
                if (r.problem() instanceof ParseResult.Ambiguous) {
                    return r.problem();
                }
                r.things().forEach(found::remove);
            }
            if (found.isEmpty()) {
                if (verb.all() == AllDomain.INVENTORY && actor.contents().isEmpty()) {
                    return new ParseResult.Failed("You aren't carrying anything.");
                }
                return new ParseResult.Failed(from ? "There is nothing to " + verbWord + " from " + Nouns.definite(second) + "."
                        : "There is nothing here to " + verbWord + ".");
            }
        } else {
            for (int i = 0; i < groups.size(); i++) {
                Resolved r = resolve(i, parsePhrase(groups.get(i)), domain, preferred, actor, referents, choices, line);
                if (r.problem() != null) {
                    if (r.problem() instanceof ParseResult.Failed && from) {
                        return new ParseResult.Failed("There is no " + String.join(" ", groups.get(i)) + " "
                                + (second.isSurface() ? "on " : "in ") + Nouns.definite(second) + ".");
                    }
                    return r.problem();
                }
                found.addAll(r.things());
            }
        }
        List<Thing> objects = List.copyOf(found);
        referents.mentioned(objects);
        if (second != null) {
            referents.remember(second);
        }
        return parsed(new Command(verb, verbWord, objects, all, preposition, second, null, null));
    }

    /**
     * The exit {@code phrase} names, for a verb that takes exits, or null. A direction word always
     * means its exit. Any other word means a thing in scope if one answers to it, and only then an
     * exit (by name or synonym), so "look door" looks at the door as it always did. Exits are seen
     * as things are: in the dark, none.
     */
    private static Exit exitInSight(Thing actor, List<String> phrase, List<Thing> scope) {
        Thing room = actor.room();
        if (phrase.isEmpty() || phrase.contains(",") || phrase.contains("and") || room == null || !Scope.canSee(actor)) {
            return null;
        }
        String words = String.join(" ", phrase);
        Exit exit = room.exitCalled(words);
        if (exit == null || Direction.parse(words).isPresent()) {
            return exit;
        }
        boolean thingAnswers = scope.stream().anyMatch(t -> t != actor && t.vocabulary().containsAll(phrase));
        return thingAnswers ? null : exit;
    }

    /** "give bob the lamp" is "give the lamp to bob": when the words start with someone here, move them. */
    private static List<String> recipientFirst(Verb verb, List<String> tokens, Thing actor) {
        if (!verb.prepositions().contains("to") || tokens.contains("to") || tokens.size() < 2) {
            return tokens;
        }
        List<Thing> people = Scope.of(actor).stream().filter(Thing::isActor).toList();
        for (int k = Math.min(3, tokens.size() - 1); k >= 1; k--) {
            List<String> head = tokens.subList(0, k).stream().filter(w -> !ARTICLES.contains(w)).toList();
            if (head.isEmpty()) {
                continue;
            }
            long fits = people.stream().filter(p -> p.vocabulary().containsAll(head)).count();
            if (fits == 1) {
                List<String> out = new ArrayList<>(tokens.subList(k, tokens.size()));
                out.add("to");
                out.addAll(tokens.subList(0, k));
                return out;
            }
        }
        return tokens;
    }

    private Resolved resolve(int slot, Phrase phrase, List<Thing> candidates, Predicate<Thing> preferred, Thing actor,
                             Referents referents, Map<Integer, Thing> choices, String line) {
        Thing chosen = choices.get(slot);
        if (chosen != null) {
            return candidates.contains(chosen) ? Resolved.of(List.of(chosen))
                    : Resolved.fail("You don't see " + Nouns.definite(chosen) + " here any more.");
        }
        if (phrase.words().size() == 1 && PRONOUNS.contains(phrase.words().get(0))) {
            String pronoun = phrase.words().get(0);
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
        List<Thing> matches = new ArrayList<>();
        for (Thing t : candidates) {
            if (t != actor && t.vocabulary().containsAll(phrase.words())) {
                matches.add(t);
            }
        }
        if (matches.isEmpty() && phrase.ordinal() == 0) {
            // "take keys": a plural the things don't know means every one of them that fits
            List<String> singular = singular(phrase.words());
            if (singular != null) {
                for (Thing t : candidates) {
                    if (t != actor && t.vocabulary().containsAll(singular)) {
                        matches.add(t);
                    }
                }
                List<Thing> better = matches.stream().filter(preferred).toList();
                if (!matches.isEmpty()) {
                    return Resolved.of(better.isEmpty() ? matches : better);
                }
            }
        }
        if (matches.isEmpty()) {
            if (phrase.words().equals(List.of("me")) || phrase.words().equals(List.of("myself"))) {
                return Resolved.of(List.of(actor));
            }
            return Resolved.fail("You don't see any " + phrase.text() + " here.");
        }
        // The preference comes first so that "second key" counts the keys the question would list.
        if (matches.size() > 1) {
            List<Thing> better = matches.stream().filter(preferred).toList();
            if (!better.isEmpty()) {
                matches = better;
            }
        }
        if (phrase.ordinal() > 0) {
            if (phrase.ordinal() > matches.size()) {
                String nth = phrase.ordinal() <= ORDINALS.size() ? ORDINALS.get(phrase.ordinal() - 1) : "#" + phrase.ordinal();
                return Resolved.fail("You don't see a " + nth + " " + phrase.text() + " here.");
            }
            return Resolved.of(List.of(matches.get(phrase.ordinal() - 1)));
        }
        if (matches.size() == 1 || indistinguishable(matches)) {
            return Resolved.of(List.of(matches.get(0)));
        }
        return new Resolved(List.of(), new ParseResult.Ambiguous(question(matches, actor),
                new ParseResult.Pending(line, slot, matches, choices)));
    }

    private static List<String> singular(List<String> words) {
        String last = words.get(words.size() - 1);
        if (last.length() < 3 || !last.endsWith("s")) {
            return null;
        }
        List<String> out = new ArrayList<>(words);
        out.set(out.size() - 1, last.endsWith("es") && last.length() > 3 && "sxz".indexOf(last.charAt(last.length() - 3)) >= 0
                ? last.substring(0, last.length() - 2) : last.substring(0, last.length() - 1));
        return out;
    }

    /**
     * "Which do you mean, the red key or the blue key?" Where names are the same, says where
     * each one is: "the red key you are carrying or the red key on the table".
     */
    private static String question(List<Thing> candidates, Thing actor) {
        List<String> names = new ArrayList<>(candidates.size());
        for (Thing t : candidates) {
            String name = Nouns.definite(t);
            boolean twin = candidates.stream().anyMatch(o -> o != t && o.name().equals(t.name()));
            if (twin) {
                Thing where = t.location();
                name += where == actor ? " you are carrying"
                        : where == null || where.isRoom() ? " here"
                        : where.isActor() ? " " + Nouns.definite(where) + " has"
                        : (where.isSurface() ? " on " : " in ") + Nouns.definite(where);
            }
            names.add(name);
        }
        return "Which do you mean, " + Lists.join(names, "or") + "?";
    }

    /** Three rusty keys with the same name: any will do, as a player would expect. */
    private static boolean indistinguishable(List<Thing> things) {
        Thing first = things.get(0);
        for (Thing t : things) {
            if (!t.name().equals(first.name()) || !t.vocabulary().equals(first.vocabulary())) {
                return false;
            }
        }
        return true;
    }

    private static Phrase parsePhrase(List<String> words) {
        List<String> w = new ArrayList<>(words);
        w.removeIf(ARTICLES::contains);
        int ordinal = 0;
        if (w.size() > 1 && ordinal(w.get(0)) > 0 && !w.get(0).chars().allMatch(Character::isDigit)) {
            ordinal = ordinal(w.remove(0));
        } else if (w.size() > 1 && w.get(w.size() - 1).chars().allMatch(Character::isDigit)) {
            ordinal = ordinal(w.remove(w.size() - 1));
        }
        return new Phrase(w, ordinal);
    }

    /** "second", "2nd", "2" → 2; anything else → 0. */
    static int ordinal(String word) {
        int i = ORDINALS.indexOf(word);
        if (i >= 0) {
            return i + 1;
        }
        String digits = word.replaceFirst("(st|nd|rd|th)$", "");
        if (!digits.isEmpty() && digits.length() <= 3 && digits.chars().allMatch(Character::isDigit)) {
            int n = Integer.parseInt(digits);
            return n > 0 ? n : 0;
        }
        return 0;
    }

    // ---- other syntaxes --------------------------------------------------------------------

    private ParseResult textCommand(String verbName, String text, String verbWord) {
        Verb verb = verbs.get(verbName);
        if (verb == null) {
            return new ParseResult.Failed("I don't know how to " + verbName + ".");
        }
        return parsed(new Command(verb, verbWord, List.of(), false, null, null, text, null));
    }

    private static ParseResult recipient(Verb verb, String verbWord, String rest) {
        String r = rest;
        if (r.toLowerCase(Locale.ROOT).startsWith("to ")) {
            r = r.substring(3).strip();
        }
        if (r.isEmpty()) {
            return new ParseResult.Failed(Sentences.capitalise(verbWord) + " whom?");
        }
        String[] parts = r.split("\\s+", 2);
        String name = parts[0].replaceAll("[,:;.!?]+$", "").toLowerCase(Locale.ROOT);
        String text = parts.length > 1 ? parts[1].strip() : "";
        return parsed(new Command(verb, verbWord, List.of(), false, null, null, text, name));
    }

    private static ParseResult parsed(Command command) {
        return new ParseResult.Parsed(command);
    }

    /** The name of the exit {@code word} means here (its name or a synonym), or null. */
    private static String exitNamed(Thing actor, String word) {
        Thing room = actor.room();
        Exit exit = room == null ? null : room.exitCalled(word);
        return exit == null ? null : exit.name();
    }

    private static String clean(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[.,!?;]+$", "");
    }

    /**
     * A command's words with braces taken out. No verb, exit or name a player types has one, and
     * the parser's answers repeat what was typed ("You don't see any X here."): a brace left in
     * would reach the player's screen as colour markup. What players say is kept whole and
     * escaped where it is shown (the talking actions).
     */
    static String withoutBraces(String text) {
        return text.indexOf('{') < 0 && text.indexOf('}') < 0 ? text : text.replace('{', ' ').replace('}', ' ');
    }

    private static String restAfter(String line, int words) {
        String s = line;
        for (int i = 0; i < words; i++) {
            s = s.strip();
            int space = indexOfWhitespace(s);
            s = space < 0 ? "" : s.substring(space);
        }
        return s.strip();
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Lower-case words, with commas kept as their own token and other punctuation dropped. */
    static List<String> words(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace(",", " , ").replaceAll("[.!?;:\"]", " ");
        List<String> out = new ArrayList<>();
        for (String w : t.split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static List<String> normalisePrepositions(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            String next2 = i + 2 < words.size() ? words.get(i + 2) : "";
            if ((w.equals("out") || w.equals("off")) && next.equals("of")) {
                out.add("from");
                i++;
            } else if (w.equals("on") && next.equals("top") && next2.equals("of")) {
                out.add("on");
                i += 2;
            } else {
                out.add(switch (w) {
                    case "into", "inside", "within" -> "in";
                    case "onto", "upon" -> "on";
                    default -> w;
                });
            }
        }
        return out;
    }
}
