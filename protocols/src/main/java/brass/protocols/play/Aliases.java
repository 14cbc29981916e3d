package brass.protocols.play;

import brass.protocols.account.Account;
import brass.world.parser.Parser;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A player's aliases, kept as the account's {@code alias.<word>} settings: a line whose first word
 * is an alias runs the alias's text instead, with {@code $1}..{@code $9} replaced by the words
 * typed after it, {@code $*} by all of them and {@code $$} by a dollar sign; an alias without
 * {@code $} codes gets the words appended. An expansion is not expanded again, so aliases cannot
 * recurse; an expansion longer than any command may be is not run, and the parser holds the
 * expanded line to the usual per-command limits.
 */
final class Aliases {

    static final String PREFIX = "alias.";
    static final int MAX_ALIASES = 50;
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9]{0,15}");

    private Aliases() {
    }

    /** What a typed line expands to. */
    sealed interface Expansion {
        record Unchanged() implements Expansion {
        }

        record Line(String line) implements Expansion {
        }

        record TooLong() implements Expansion {
        }
    }

    static Expansion expand(Account account, String typed) {
        String line = typed.strip();
        int space = line.indexOf(' ');
        String first = (space < 0 ? line : line.substring(0, space)).toLowerCase(Locale.ROOT);
        if (first.isEmpty() || !WORD.matcher(first).matches()) {
            return new Expansion.Unchanged();
        }
        Optional<String> body = account.setting(PREFIX + first);
        if (body.isEmpty()) {
            return new Expansion.Unchanged();
        }
        String rest = space < 0 ? "" : line.substring(space + 1).strip();
        String[] args = rest.isEmpty() ? new String[0] : rest.split("\\s+");
        String text = body.get();
        StringBuilder out = new StringBuilder();
        boolean usedArgs = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c == '$' && next == '*') {
                out.append(rest);
                usedArgs = true;
                i++;
            } else if (c == '$' && next >= '1' && next <= '9') {
                int n = next - '1';
                out.append(n < args.length ? args[n] : "");
                usedArgs = true;
                i++;
            } else if (c == '$' && next == '$') {
                out.append('$');
                i++;
            } else {
                out.append(c);
            }
            // $* a few hundred times over a long line: stop before building what no command reads.
            if (out.length() > Parser.LONGEST_LINE) {
                return new Expansion.TooLong();
            }
        }
        if (!usedArgs && !rest.isEmpty()) {
            out.append(' ').append(rest);
        }
        if (out.length() > Parser.LONGEST_LINE) {
            return new Expansion.TooLong();
        }
        return new Expansion.Line(out.toString().strip());
    }

    /** Why {@code word} cannot be an alias, or empty. */
    static Optional<String> wordProblem(String word) {
        if (!WORD.matcher(word).matches()) {
            return Optional.of("An alias is one word of letters and digits, starting with a letter, at most 16"
                    + " characters.");
        }
        if (word.equals("alias") || word.equals("unalias")) {
            return Optional.of("'" + word + "' cannot be an alias: you would have no way to change your aliases.");
        }
        return Optional.empty();
    }

    /** The player's aliases, word to text, sorted by word. */
    static Map<String, String> of(Account account) {
        Map<String, String> out = new java.util.TreeMap<>();
        account.settings().forEach((k, v) -> {
            if (k.startsWith(PREFIX)) {
                out.put(k.substring(PREFIX.length()), v);
            }
        });
        return out;
    }
}
