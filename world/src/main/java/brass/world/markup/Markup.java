package brass.world.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A piece of world text parsed from markup (see the package documentation for the syntax):
 * immutable, so it can be parsed once and cached with the thing whose description it is.
 */
public final class Markup {

    /** A '{' whose '}' is further away than this starts no tag: it is shown as written. */
    public static final int MAX_TAG_LENGTH = 32;

    private static final Set<String> KNOWN_TAGS = knownTagNames();

    private final String source;
    private final List<Span> spans;
    private final List<MarkupProblem> problems;
    private final String plain;

    Markup(String source, List<Span> spans, List<MarkupProblem> problems) {
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
        return MarkupParser.parse(text);
    }

    /** The text with all markup removed ({@code {{} becomes <code>{</code>). */
    public static String strip(String text) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        return parse(text).plain();
    }

    /**
     * What is wrong with {@code text}'s markup, in order; empty when it is clean. The same as
     * {@code parse(text).problems()}, without keeping the text.
     */
    public static List<MarkupProblem> check(String text) {
        return text.indexOf('{') < 0 ? List.of() : MarkupParser.problems(text);
    }

    /**
     * Where the tag that the '{' at {@code open} starts ends (the index just past its '}'), whether
     * its name is understood or not; -1 when that '{' starts no tag: it begins a literal
     * <code>{{</code>, or another '{' comes before any '}', or its '}' is more than
     * {@link #MAX_TAG_LENGTH} characters on. For stepping over markup without parsing it all.
     */
    public static int endOfTag(String text, int open) {
        return MarkupParser.endOfTag(text, open);
    }

    /** A markup string that shows {@code text} literally: every <code>{</code> doubled. */
    public static String escape(String text) {
        return text.replace("{", "{{");
    }

    /**
     * The tag names in their usual spelling (colours with their prefixes, attributes, {@code /},
     * {@code reset}), for suggesting one in place of a misspelt tag. Numbers and hex are not listed.
     */
    public static Set<String> knownTags() {
        return KNOWN_TAGS;
    }

    public String source() {
        return source;
    }

    /** The styled runs, in order; adjacent spans have different styles; no span is empty. */
    public List<Span> spans() {
        return spans;
    }

    /** What was shown as written instead of read as markup, in order of offset. */
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

    private static Set<String> knownTagNames() {
        List<String> names = new ArrayList<>(Style.ATTRIBUTES);
        List<String> colours = new ArrayList<>(Colours.NAMES);
        colours.addAll(Colours.GREYS);
        for (String colour : colours) {
            names.add(colour);
            names.add("bright-" + colour);
            names.add("bg-" + colour);
            names.add("bg-bright-" + colour);
        }
        names.add("/");
        names.add("reset");
        return Set.copyOf(names);
    }
}
