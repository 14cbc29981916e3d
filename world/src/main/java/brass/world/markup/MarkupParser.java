package brass.world.markup;

import brass.world.markup.MarkupProblem.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one reading of markup (the grammar is in the package documentation): what renderers show,
 * what {@code bin/brass check} warns about and what escaping relies on. One parser per text; it
 * either keeps the styled text (for {@link Markup#parse}) or only the problems (for
 * {@link Markup#check}, which the checker runs on every description of a large world).
 */
final class MarkupParser {

    private final String src;
    private final boolean keepText;
    private final List<MarkupProblem> problems = new ArrayList<>();
    // Only when keeping the text: the check of a large world's every description allocates little.
    private final List<Span> spans;
    private final ArrayList<Style> open;
    private final StringBuilder run;
    private Style current = Style.PLAIN;
    /** How many tags are open. */
    private int depth;
    /** Tags shown as written since the last {reset}: a {/} with nothing open was meant for one. */
    private int shownTags;

    private MarkupParser(String src, boolean keepText) {
        this.src = src;
        this.keepText = keepText;
        this.spans = keepText ? new ArrayList<>() : null;
        this.open = keepText ? new ArrayList<>() : null;
        this.run = keepText ? new StringBuilder(src.length()) : null;
    }

    static Markup parse(String text) {
        MarkupParser parser = new MarkupParser(text, true);
        parser.run();
        return new Markup(text, parser.spans, parser.problems);
    }

    static List<MarkupProblem> problems(String text) {
        MarkupParser parser = new MarkupParser(text, false);
        parser.run();
        return List.copyOf(parser.problems);
    }

    private void run() {
        int i = 0;
        int n = src.length();
        while (i < n) {
            if (src.charAt(i) != '{') {
                int brace = src.indexOf('{', i);
                int to = brace < 0 ? n : brace;
                text(i, to);
                i = to;
            } else if (i + 1 < n && src.charAt(i + 1) == '{') {
                text(i, i + 1);
                i += 2;
            } else {
                int end = endOfTag(src, i);
                if (end < 0) {
                    shown(i, i + 1, Kind.NOT_A_TAG);
                    i++;
                } else {
                    Kind wrong = apply(src.substring(i + 1, end - 1).strip().toLowerCase(Locale.ROOT));
                    if (wrong != null) {
                        shown(i, end, wrong);
                    }
                    i = end;
                }
            }
        }
        flush();
    }

    /** See {@link Markup#endOfTag}. */
    static int endOfTag(String text, int open) {
        if (text.charAt(open) != '{' || (open + 1 < text.length() && text.charAt(open + 1) == '{')) {
            return -1;
        }
        int last = Math.min(text.length() - 1, open + 1 + Markup.MAX_TAG_LENGTH);
        for (int j = open + 1; j <= last; j++) {
            char c = text.charAt(j);
            if (c == '}') {
                return j + 1;
            }
            if (c == '{') {
                return -1;
            }
        }
        return -1;
    }

    /** Shows {@code src[from, to)} as written, and why. */
    private void shown(int from, int to, Kind kind) {
        problems.add(new MarkupProblem(from, src.substring(from, to), kind));
        text(from, to);
        if (kind != Kind.CLOSES_NOTHING && kind != Kind.CLOSES_A_SHOWN_TAG) {
            shownTags++;
        }
    }

    private void text(int from, int to) {
        if (keepText) {
            run.append(src, from, to);
        }
    }

    /** Applies a tag's name (lower case, trimmed); what is wrong with it, or null. */
    private Kind apply(String name) {
        if (name.equals("/")) {
            if (depth == 0) {
                if (shownTags == 0) {
                    return Kind.CLOSES_NOTHING;
                }
                shownTags--;
                return Kind.CLOSES_A_SHOWN_TAG;
            }
            depth--;
            if (keepText) {
                setStyle(open.remove(open.size() - 1));
            }
            return null;
        }
        if (name.equals("reset")) {
            depth = 0;
            shownTags = 0;
            if (keepText) {
                open.clear();
                setStyle(Style.PLAIN);
            }
            return null;
        }
        boolean attribute = Style.ATTRIBUTES.contains(name);
        boolean background = name.startsWith("bg-") || name.startsWith("bg:");
        Colour colour = null;
        if (!attribute) {
            boolean prefixed = background || name.startsWith("fg-") || name.startsWith("fg:");
            String spec = prefixed ? name.substring(3) : name;
            colour = Colours.parse(spec);
            if (colour == null) {
                return Colours.whatIsWrong(spec);
            }
        }
        depth++;
        if (keepText) {
            open.add(current);
            setStyle(attribute ? current.withAttribute(name)
                    : background ? current.withBackground(colour) : current.withForeground(colour));
        }
        return null;
    }

    private void setStyle(Style s) {
        if (!s.equals(current)) {
            flush();
            current = s;
        }
    }

    private void flush() {
        if (!keepText || run.length() == 0) {
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
