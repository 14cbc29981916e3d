package brass.world.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A piece of world text parsed from markup (see the package documentation for the syntax):
 * immutable, so it can be parsed once and cached with the thing whose description it is.
 */
public final class Markup {

    /** A '{' whose '}' is further away than this starts no tag: it is shown as written. */
    public static final int MAX_TAG_LENGTH = 32;

    private static final Map<String, Integer> BASIC_NAMES = Map.ofEntries(
            Map.entry("black", 0), Map.entry("red", 1), Map.entry("green", 2), Map.entry("yellow", 3),
            Map.entry("blue", 4), Map.entry("magenta", 5), Map.entry("cyan", 6), Map.entry("white", 7),
            Map.entry("grey", 8), Map.entry("gray", 8));

    private final String source;
    private final List<Span> spans;
    private final List<MarkupProblem> problems;
    private final String plain;

    private Markup(String source, List<Span> spans, List<MarkupProblem> problems) {
        this.source = source;
        this.spans = List.copyOf(spans);
        this.problems = List.copyOf(problems);
        StringBuilder sb = new StringBuilder(source.length());
        for (Span s : spans) {
            sb.append(s.text());
        }
        this.plain = sb.toString();
    }

    /** Parses {@code text}; never throws on bad markup (bad tags are kept as literal text). */
    public static Markup parse(String text) {
        return new Parser(text).run();
    }

    /** The text with all markup removed ({@code {{} becomes <code>{</code>). */
    public static String strip(String text) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        return parse(text).plain();
    }

    /** What is wrong with {@code text}'s markup; empty when it is clean. */
    public static List<MarkupProblem> check(String text) {
        return parse(text).problems();
    }

    /** A markup string that shows {@code text} literally: every <code>{</code> doubled. */
    public static String escape(String text) {
        return text.replace("{", "{{");
    }

    public String source() {
        return source;
    }

    /** The styled runs, in order; adjacent spans have different styles; no span is empty. */
    public List<Span> spans() {
        return spans;
    }

    public List<MarkupProblem> problems() {
        return problems;
    }

    /** The text without markup. */
    public String plain() {
        return plain;
    }

    @Override
    public String toString() {
        return source;
    }

    private static final class Parser {
        private final String src;
        private final List<Span> spans = new ArrayList<>();
        private final List<MarkupProblem> problems = new ArrayList<>();
        private final ArrayList<Style> stack = new ArrayList<>();
        private final StringBuilder run = new StringBuilder();
        private Style current = Style.PLAIN;

        Parser(String src) {
            this.src = src;
        }

        Markup run() {
            int i = 0;
            int n = src.length();
            while (i < n) {
                char c = src.charAt(i);
                if (c != '{') {
                    run.append(c);
                    i++;
                    continue;
                }
                if (i + 1 < n && src.charAt(i + 1) == '{') {
                    run.append('{');
                    i += 2;
                    continue;
                }
                int close = src.indexOf('}', i + 1);
                if (close < 0 || close - i - 1 > MAX_TAG_LENGTH) {
                    problems.add(new MarkupProblem(i, "{", "'{' without a matching '}' (write '{{' for a literal brace)"));
                    run.append('{');
                    i++;
                    continue;
                }
                String tag = src.substring(i + 1, close);
                String error = apply(tag.strip().toLowerCase(Locale.ROOT));
                if (error != null) {
                    problems.add(new MarkupProblem(i, "{" + tag + "}", error));
                    run.append(src, i, close + 1);
                }
                i = close + 1;
            }
            flush();
            return new Markup(src, spans, problems);
        }

        /** Applies a tag; returns an error message if it is not understood. */
        private String apply(String tag) {
            if (tag.equals("/")) {
                if (stack.isEmpty()) {
                    return "'{/}' closes nothing: no tag is open";
                }
                setStyle(stack.remove(stack.size() - 1));
                return null;
            }
            if (tag.equals("reset")) {
                stack.clear();
                setStyle(Style.PLAIN);
                return null;
            }
            Style next = current.withAttribute(tag);
            if (next == null) {
                boolean background = false;
                String colourSpec = tag;
                if (tag.startsWith("bg-")) {
                    background = true;
                    colourSpec = tag.substring(3);
                } else if (tag.startsWith("bg:")) {
                    background = true;
                    colourSpec = tag.substring(3);
                } else if (tag.startsWith("fg:")) {
                    colourSpec = tag.substring(3);
                } else if (tag.startsWith("fg-")) {
                    colourSpec = tag.substring(3);
                }
                Colour colour;
                try {
                    colour = colour(colourSpec);
                } catch (IllegalArgumentException e) {
                    return e.getMessage();
                }
                if (colour == null) {
                    return "unknown tag '{" + tag + "}'; expected a colour name (red, bright-blue, ...), "
                            + "bg-<colour>, fg:<0-255>, #rrggbb, bold, dim, italic, underline, blink, reverse, / or reset";
                }
                next = background ? current.withBackground(colour) : current.withForeground(colour);
            }
            stack.add(current);
            setStyle(next);
            return null;
        }

        private static Colour colour(String spec) {
            if (spec.isEmpty()) {
                return null;
            }
            if (spec.charAt(0) == '#') {
                String hex = spec.substring(1);
                if (hex.length() == 3) {
                    hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
                }
                if (hex.length() != 6 || !hex.chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
                    throw new IllegalArgumentException("bad colour '" + spec + "': write #rrggbb with six hex digits");
                }
                int v = Integer.parseInt(hex, 16);
                return new Colour.Rgb(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
            }
            if (Character.isDigit(spec.charAt(0))) {
                if (spec.length() > 3 || !spec.chars().allMatch(Character::isDigit) || Integer.parseInt(spec) > 255) {
                    throw new IllegalArgumentException("bad colour number '" + spec + "': use 0-255");
                }
                return new Colour.Indexed(Integer.parseInt(spec));
            }
            boolean bright = false;
            String name = spec;
            if (spec.startsWith("bright-")) {
                bright = true;
                name = spec.substring(7);
            }
            Integer index = BASIC_NAMES.get(name);
            if (index == null) {
                return null;
            }
            return new Colour.Basic(bright ? index | 8 : index);
        }

        private void setStyle(Style s) {
            if (!s.equals(current)) {
                flush();
                current = s;
            }
        }

        private void flush() {
            if (run.length() == 0) {
                return;
            }
            String text = run.toString();
            run.setLength(0);
            if (!spans.isEmpty() && spans.get(spans.size() - 1).style().equals(current)) {
                Span last = spans.remove(spans.size() - 1);
                spans.add(new Span(last.text() + text, current));
            } else {
                spans.add(new Span(text, current));
            }
        }
    }
}
