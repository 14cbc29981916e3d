package brass.world.markup;

/** A run of text in one style. The text never contains markup. */
public record Span(String text, Style style) {
}
