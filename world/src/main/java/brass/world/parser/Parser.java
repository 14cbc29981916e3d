package brass.world.parser;

import brass.world.language.Lists;
import brass.world.language.Sentences;
import brass.world.model.Direction;
import brass.world.model.Exit;
import brass.world.model.Thing;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a line into a {@link Command}: finds its verb, then reads what follows in the shape the
 * verb's {@link Syntax} asks for. The words come from {@link Words}; a verb that takes things
 * hands its words to {@link ObjectArguments}, whose phrases a {@link Resolver} finds in what the
 * actor can see. Stateless apart from the {@link Verbs} it consults: a player's pronoun memory
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
    /** The verb a line that opens by addressing someone means: "pembrook, where is the lamp?". */
    public static final String ASK = "ask";

    private final Verbs verbs;

    public Parser(Verbs verbs) {
        this.verbs = verbs;
    }

    public Verbs verbs() {
        return verbs;
    }

    /** The first command of a line that may hold several ("n. e. take lamp"), and the rest. */
    public Chain chain(String line) {
        return Chain.of(line == null ? "" : line, verbs);
    }

    public ParseResult parse(String line, Thing actor, Referents referents) {
        return parse(line, actor, referents, Map.of(), List.of());
    }

    /**
     * Parses {@code line} for {@code actor}, whose own words ({@code ownWords}: their aliases) may
     * be suggested for a verb nobody knows.
     */
    public ParseResult parse(String line, Thing actor, Referents referents, Collection<String> ownWords) {
        return parse(line, actor, referents, Map.of(), ownWords);
    }

    /**
     * Parses {@code line} for {@code actor}; {@code choices} are answers already given to
     * "Which do you mean?" for particular noun phrases of this same line.
     */
    public ParseResult parse(String line, Thing actor, Referents referents, Map<Integer, Thing> choices) {
        return parse(line, actor, referents, choices, List.of());
    }

    private ParseResult parse(String line, Thing actor, Referents referents, Map<Integer, Thing> choices,
                              Collection<String> ownWords) {
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

        String unbraced = Words.withoutBraces(trimmed).strip();
        if (unbraced.isEmpty()) {
            return new ParseResult.Failed("I don't understand that. Type 'help' for the verbs I know.");
        }
        String[] raw = Words.split(unbraced, 0);
        if (raw.length > 1 && raw[0].length() > 1 && raw[0].endsWith(",") && verbs.get(ASK) != null
                && !(verbs.lookup(raw[0].substring(0, raw[0].length() - 1)) instanceof Verbs.Lookup.Found)) {
            return recipient(verbs.get(ASK), ASK, trimmed);
        }
        Opening opening = opening(raw, actor, ownWords);
        if (opening.decided() != null) {
            return opening.decided();
        }
        Verb verb = opening.verb();
        // What players say keeps its braces (escaped where shown); every other command is read
        // from the line the words came from, so the two agree on where each word is.
        String read = verb.syntax() == Syntax.TEXT || verb.syntax() == Syntax.RECIPIENT_TEXT ? trimmed : unbraced;
        String rest = Words.restAfter(read, opening.consumed());
        if (opening.particleAtEnd()) {
            rest = rest.substring(0, Math.max(0, rest.length() - raw[raw.length - 1].length())).strip();
        }
        String verbWord = opening.verbWord();
        return switch (verb.syntax()) {
            case NONE -> rest.isEmpty() ? parsed(new Command(verb, verbWord, List.of(), false, null, null, null, null))
                    : new ParseResult.Failed("I only understood you as far as wanting to " + verbWord + ".");
            case TEXT -> parsed(new Command(verb, verbWord, List.of(), false, null, null, rest, null));
            case WORD -> {
                List<String> words = Words.of(rest);
                yield parsed(new Command(verb, verbWord, List.of(), false, null, null, rest,
                        words.isEmpty() ? null : String.join(" ", words)));
            }
            case EXIT -> {
                List<String> words = Words.withoutArticles(Words.of(rest));
                yield parsed(new Command(verb, verbWord, List.of(), false, null, null, null,
                        words.isEmpty() ? null : String.join(" ", words)));
            }
            case RECIPIENT_TEXT -> recipient(verb, verbWord, rest);
            case OBJECTS, OPTIONAL_OBJECTS -> ObjectArguments.parse(verb, verbWord, rest,
                    new Resolver(actor, referents, choices, read), referents);
        };
    }

    /**
     * How a line opens: the verb and how many of the first words name it, or, when the opening
     * words already decide the line (a bare direction, a verb nobody knows), that result.
     *
     * @param particleAtEnd the verb's second word ends the line: "turn lamp on"
     */
    private record Opening(Verb verb, String verbWord, int consumed, boolean particleAtEnd, ParseResult decided) {
        static Opening verb(Verb verb, String verbWord, int consumed, boolean particleAtEnd) {
            return new Opening(verb, verbWord, consumed, particleAtEnd, null);
        }

        static Opening decided(ParseResult result) {
            return new Opening(null, null, 0, false, result);
        }
    }

    /**
     * Finds the verb of a line cut into {@code raw} words, trying in turn: two words ("pick up"),
     * the first and the last ("turn lamp on"), one word, a bare direction or exit, an abbreviation.
     */
    private Opening opening(String[] raw, Thing actor, Collection<String> ownWords) {
        String w0 = Words.clean(raw[0]);
        String w1 = raw.length > 1 ? Words.clean(raw[1]) : null;
        String wLast = raw.length > 2 ? Words.clean(raw[raw.length - 1]) : null;
        if (w1 != null && verbs.exact(w0 + " " + w1) != null) {
            return Opening.verb(verbs.exact(w0 + " " + w1), w0 + " " + w1, 2, false);
        }
        if (wLast != null && verbs.exact(w0) == null && verbs.exact(w0 + " " + wLast) != null) {
            // "turn lamp on" is "turn on lamp"
            return Opening.verb(verbs.exact(w0 + " " + wLast), w0 + " " + wLast, 1, true);
        }
        if (verbs.exact(w0) != null) {
            return Opening.verb(verbs.exact(w0), w0, 1, false);
        }
        Direction d = Direction.parse(w0).orElse(null);
        String exitName = d != null ? d.word() : exitNamed(actor, w0);
        if (exitName != null && raw.length == 1) {
            Verb go = verbs.get(GO);
            if (go == null) {
                return Opening.decided(new ParseResult.Failed("You can't go anywhere."));
            }
            return Opening.decided(parsed(new Command(go, w0, List.of(), false, null, null, null, exitName)));
        }
        Verbs.Lookup lookup = verbs.lookup(w0, ownWords);
        if (lookup instanceof Verbs.Lookup.Found found) {
            return Opening.verb(found.verb(), found.verb().name(), 1, false);
        }
        if (lookup instanceof Verbs.Lookup.Ambiguous amb) {
            return Opening.decided(new ParseResult.Failed("'" + w0 + "' could mean " + Lists.join(
                    amb.verbs().stream().map(v -> "'" + v.name() + "'").toList(), "or") + "."));
        }
        if (lookup instanceof Verbs.Lookup.Abbreviated abbreviated) {
            return Opening.decided(new ParseResult.Failed("Type '" + abbreviated.verb().name()
                    + "' in full if you mean it."));
        }
        String suggestion = ((Verbs.Lookup.Unknown) lookup).suggestion();
        return Opening.decided(new ParseResult.Failed("I don't know the verb '" + w0 + "'. "
                + (suggestion == null ? "Type 'help' for the verbs I know." : "Did you mean '" + suggestion + "'?")));
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
        return verbs.lookup(Words.clean(line.substring(start, end))) instanceof Verbs.Lookup.Found found ? found.verb() : null;
    }

    /**
     * Tries {@code line} as the answer to {@code pending}'s question: an adjective, a fuller
     * name, or an ordinal. Returns null when it isn't one, so the caller treats it as a new command.
     */
    public ParseResult answer(String line, ParseResult.Pending pending, Thing actor, Referents referents) {
        if (line == null || line.length() > MAX_LINE) {
            return null;
        }
        List<String> words = Words.withoutArticles(Words.of(line));
        words.removeIf(","::equals);
        if (words.isEmpty()) {
            return null;
        }
        List<Thing> candidates = pending.candidates();
        Thing chosen = null;
        if (words.size() == 1 && NounPhrase.ordinal(words.get(0)) > 0) {
            int n = NounPhrase.ordinal(words.get(0));
            if (n <= candidates.size()) {
                chosen = candidates.get(n - 1);
            }
        } else {
            List<Thing> fits = candidates.stream().filter(t -> Matching.fits(t, words)).toList();
            if (fits.size() == 1 || (fits.size() > 1 && Question.indistinguishable(fits))) {
                chosen = fits.get(0);
            } else if (fits.size() > 1 && fits.size() < candidates.size()) {
                ParseResult.Pending narrower = new ParseResult.Pending(pending.line(), pending.slot(), fits, pending.choices());
                return new ParseResult.Ambiguous(Question.which(fits, actor), narrower);
            }
        }
        if (chosen == null) {
            return null;
        }
        Map<Integer, Thing> choices = new HashMap<>(pending.choices());
        choices.put(pending.slot(), chosen);
        return parse(pending.line(), actor, referents, choices);
    }

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
        String[] parts = Words.split(r, 2);
        // As typed: an answer that repeats it keeps its capitals ("You don't see any Bob here.").
        String name = Words.withoutTrailing(parts[0], ",:;.!?");
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
}
