package brass.world.markup;

/**
 * Something wrong in a piece of markup: {@code offset} is the 0-based char index of the tag in
 * the source text, {@code tag} the text that was shown literally instead.
 */
public record MarkupProblem(int offset, String tag, String message) {

    @Override
    public String toString() {
        return "at " + offset + ": " + message;
    }
}
