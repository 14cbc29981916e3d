package brass.world.markup;

import brass.world.markup.MarkupProblem.Kind;
import java.util.List;
import java.util.stream.IntStream;

/** The colours a tag may name, after its {@code fg:}/{@code bg-} prefix: names, numbers, hex. */
final class Colours {

    /** The eight basic colours, in ANSI order: a colour's index is its place here. */
    static final List<String> NAMES = List.of("black", "red", "green", "yellow", "blue", "magenta", "cyan", "white");
    /** Other names of bright black. */
    static final List<String> GREYS = List.of("grey", "gray");

    private static final String BRIGHT = "bright-";
    private static final List<Colour.Basic> BASIC = IntStream.range(0, 16).mapToObj(Colour.Basic::new).toList();

    private Colours() {
    }

    /** The colour {@code spec} names (lower case), or null when it names none. */
    static Colour parse(String spec) {
        if (spec.isEmpty()) {
            return null;
        }
        if (spec.charAt(0) == '#') {
            return hex(spec.substring(1));
        }
        if (isDigit(spec.charAt(0))) {
            return number(spec);
        }
        boolean bright = spec.startsWith(BRIGHT);
        String name = bright ? spec.substring(BRIGHT.length()) : spec;
        int index = GREYS.contains(name) ? 8 : NAMES.indexOf(name);
        return index < 0 ? null : BASIC.get(bright ? index | 8 : index);
    }

    /** Why {@link #parse} found no colour in {@code spec}. */
    static Kind whatIsWrong(String spec) {
        if (spec.startsWith("#")) {
            return Kind.BAD_HEX_COLOUR;
        }
        return !spec.isEmpty() && isDigit(spec.charAt(0)) ? Kind.BAD_COLOUR_NUMBER : Kind.UNKNOWN_TAG;
    }

    private static Colour hex(String digits) {
        if ((digits.length() != 3 && digits.length() != 6) || !digits.chars().allMatch(Colours::isHexDigit)) {
            return null;
        }
        String six = digits.length() == 6 ? digits : new String(new char[] {digits.charAt(0), digits.charAt(0),
                digits.charAt(1), digits.charAt(1), digits.charAt(2), digits.charAt(2)});
        int v = Integer.parseInt(six, 16);
        return new Colour.Rgb(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
    }

    private static Colour number(String digits) {
        if (digits.length() > 3 || !digits.chars().allMatch(Colours::isDigit)) {
            return null;
        }
        int n = Integer.parseInt(digits);
        return n > 255 ? null : new Colour.Indexed(n);
    }

    // ASCII only: Character.isDigit would take other scripts' digits, which no one types as a colour.
    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
