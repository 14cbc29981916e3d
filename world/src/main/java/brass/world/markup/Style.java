package brass.world.markup;

import java.util.List;

/**
 * How a span of text looks: colours (null for the terminal's default) and attributes.
 */
public record Style(Colour foreground, Colour background, boolean bold, boolean dim, boolean italic,
                    boolean underline, boolean blink, boolean reverse) {

    /** The attributes a tag may name. */
    static final List<String> ATTRIBUTES = List.of("bold", "dim", "italic", "underline", "blink", "reverse");

    /** No colour, no attribute. */
    public static final Style PLAIN = new Style(null, null, false, false, false, false, false, false);

    public boolean isPlain() {
        return equals(PLAIN);
    }

    public Style withForeground(Colour c) {
        return new Style(c, background, bold, dim, italic, underline, blink, reverse);
    }

    public Style withBackground(Colour c) {
        return new Style(foreground, c, bold, dim, italic, underline, blink, reverse);
    }

    Style withAttribute(String name) {
        return switch (name) {
            case "bold" -> new Style(foreground, background, true, dim, italic, underline, blink, reverse);
            case "dim" -> new Style(foreground, background, bold, true, italic, underline, blink, reverse);
            case "italic" -> new Style(foreground, background, bold, dim, true, underline, blink, reverse);
            case "underline" -> new Style(foreground, background, bold, dim, italic, true, blink, reverse);
            case "blink" -> new Style(foreground, background, bold, dim, italic, underline, true, reverse);
            case "reverse" -> new Style(foreground, background, bold, dim, italic, underline, blink, true);
            default -> null;
        };
    }
}
