package brass.world.markup;

/**
 * Something wrong in a piece of markup, shown as written instead: {@code offset} is the 0-based
 * char index in the source text of the '{' that starts it, {@code tag} the text shown literally
 * (the whole tag, braces included, or a lone <code>{</code>).
 */
public record MarkupProblem(int offset, String tag, Kind kind) {

    private static final String LITERAL_BRACE = "write '{{' for a literal brace";

    /** What went wrong. */
    public enum Kind {
        /** A '{' with no '}' before the next '{', or none within {@link Markup#MAX_TAG_LENGTH}. */
        NOT_A_TAG,
        /** A name that is no colour, attribute, {@code /} or {@code reset}. */
        UNKNOWN_TAG,
        /** {@code fg:N}, {@code bg:N}: N is not a whole number from 0 to 255. */
        BAD_COLOUR_NUMBER,
        /** A {@code #} colour without exactly three or six hex digits. */
        BAD_HEX_COLOUR,
        /** A {@code {/}} with no tag open. */
        CLOSES_NOTHING,
        /**
         * A {@code {/}} with no tag open that follows a tag shown as written: most likely it was
         * meant to close that one, so it is no mistake of its own (a checker reports the first).
         */
        CLOSES_A_SHOWN_TAG
    }

    /** The problem in a builder's words, without where it is: "unknown markup tag '{rd}'". */
    public String message() {
        return switch (kind) {
            case NOT_A_TAG -> "'{' starts no markup tag";
            case UNKNOWN_TAG, BAD_COLOUR_NUMBER, BAD_HEX_COLOUR -> "unknown markup tag '" + tag + "'";
            case CLOSES_NOTHING, CLOSES_A_SHOWN_TAG -> "'" + tag + "' closes no open tag";
        };
    }

    /** How to fix it; for an unknown name a checker may have a nearer hint ("did you mean"). */
    public String hint() {
        return switch (kind) {
            case BAD_COLOUR_NUMBER -> "colour numbers go from 0 to 255";
            case CLOSES_NOTHING, CLOSES_A_SHOWN_TAG -> "remove it, or write '{" + tag + "' to show it as written";
            default -> LITERAL_BRACE;
        };
    }

    /** True when this is a mistake of its own, not the consequence of an earlier one. */
    public boolean standsAlone() {
        return kind != Kind.CLOSES_A_SHOWN_TAG;
    }

    /** The name between the braces as written, or "" for a brace that starts no tag. */
    public String name() {
        return tag.length() < 2 ? "" : tag.substring(1, tag.length() - 1);
    }

    @Override
    public String toString() {
        return "at " + offset + ": " + message() + "; " + hint();
    }
}
