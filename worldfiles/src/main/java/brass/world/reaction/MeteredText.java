package brass.world.reaction;

/**
 * Text that counts how often a regular expression reads it and gives up past a limit. Java's
 * regex engine reads its input through {@link #charAt}, so counting the reads bounds the work a
 * pattern does on a line, backtracking included, without a thread to time it.
 */
final class MeteredText implements CharSequence {

    /** Thrown when the reads run out. */
    static final class Spent extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Spent() {
            super("the pattern read the text too many times", null, false, false);
        }
    }

    private final CharSequence text;
    private final int[] left;

    MeteredText(CharSequence text, int reads) {
        this(text, new int[] {reads});
    }

    private MeteredText(CharSequence text, int[] left) {
        this.text = text;
        this.left = left;
    }

    @Override
    public char charAt(int index) {
        if (--left[0] < 0) {
            throw new Spent();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    /** A part that draws on the same allowance. */
    @Override
    public CharSequence subSequence(int start, int end) {
        return new MeteredText(text.subSequence(start, end), left);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
