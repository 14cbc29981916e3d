package brass.world.action;

import brass.world.language.Event;
import brass.world.parser.Command;
import java.util.List;
import java.util.Optional;

/**
 * Long listings ({@code who}, {@code people}) shown a page at a time, and what {@code more} shows
 * next. Each session keeps one ({@link Turn#pager()}). A page is worked out when it is shown, from
 * the game as it is then: {@code more} after people came and went shows the next page of the
 * listing as it now stands.
 */
public final class Pager {

    /** Rows a page holds unless the session knows better (its terminal's height). */
    public static final int ROWS = 20;
    /** The fewest and most rows a page may hold, whatever a terminal claims. */
    public static final int FEWEST_ROWS = 5;
    public static final int MOST_ROWS = 200;

    /** The listings that come in pages. */
    enum Listing { WHO, PEOPLE }

    /** What {@code more} continues: the listing, the command that shows it ("who", "look crowd"), and the page. */
    record Next(Listing listing, String command, int page) {
    }

    /** One page of a listing: its number (from 1), how many pages there are, and the rows it holds. */
    record Page(int number, int pages, int from, int to) {

        /** The rows of {@code all} this page holds. */
        <T> List<T> of(List<T> all) {
            return all.subList(from, to);
        }

        /**
         * "Page 1 of 50. Type 'more' (or 'who 2') for the next.", "Page 50 of 50.", or nothing
         * when there is one page.
         */
        String footer(String command) {
            if (pages == 1) {
                return "";
            }
            return number < pages ? "Page " + number + " of " + pages + ". Type 'more' (or '" + command + " "
                    + (number + 1) + "') for the next." : "Page " + number + " of " + pages + ".";
        }
    }

    /** Shows page {@code number} of a listing, as {@code command} asked for it. */
    @FunctionalInterface
    interface Pages {
        List<Event> show(Turn t, String command, int number);
    }

    private int rows = ROWS;
    private Next next;

    /** Rows a page holds. */
    public int rows() {
        return rows;
    }

    /**
     * Rows a page holds from now on: a session that knows its terminal's height sets it (a few
     * less, for the header and footer and the prompt), kept within {@link #FEWEST_ROWS} and
     * {@link #MOST_ROWS}.
     */
    public void rows(int value) {
        rows = Math.max(FEWEST_ROWS, Math.min(MOST_ROWS, value));
    }

    /** What {@code more} would show, if anything. */
    Optional<Next> next() {
        return Optional.ofNullable(next);
    }

    /** {@code page} of {@code listing} was shown: {@code more} shows the one after, if there is one. */
    private void shown(Listing listing, String command, Page page) {
        next = page.number() < page.pages() ? new Next(listing, command, page.number() + 1) : null;
    }

    /** {@code more} has nothing to show. */
    void forget() {
        next = null;
    }

    /**
     * Page {@code number} of a listing of {@code size} rows, or empty when there is no such page.
     * An empty listing has one page, with no rows.
     */
    Optional<Page> page(int size, int number) {
        int pages = pages(size);
        if (number < 1 || number > pages) {
            return Optional.empty();
        }
        int from = (number - 1) * rows;
        return Optional.of(new Page(number, pages, from, Math.min(size, from + rows)));
    }

    /** How many pages {@code size} rows fill. */
    int pages(int size) {
        return Math.max(1, (size + rows - 1) / rows);
    }

    /** A listing's verb ("who 3", "look crowd"): the page the player typed, or a refusal of what is no page number. */
    static List<Event> typed(Command c, Turn t, Pages pages) {
        int number = number(c.word());
        if (number < 0) {
            return Replies.refuse(t, notANumber(c.verbWord()));
        }
        return pages.show(t, c.verbWord(), number);
    }

    /**
     * The end of {@code page} of {@code listing} shown: its page line, if it has one, after a line
     * break; and {@code more} now shows the page after it.
     */
    String end(Listing listing, String command, Page page) {
        shown(listing, command, page);
        String footer = page.footer(command);
        return footer.isEmpty() ? "" : "\n" + footer;
    }

    /**
     * The page number {@code word} asks for (null: the first), or -1 when it is no page number
     * (0 included). A number too long to be a page is still a page number, out of range.
     */
    static int number(String word) {
        if (word == null) {
            return 1;
        }
        if (!word.matches("[0-9]+")) {
            return -1;
        }
        String digits = word.replaceFirst("^0+", "");
        if (digits.isEmpty()) {
            return -1;
        }
        return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    /** "'who' takes a page number, such as 'who 2'." */
    static String notANumber(String command) {
        return "'" + command + "' takes a page number, such as '" + command + " 2'.";
    }

    /** "There are only 50 pages: 'who 50' shows the last.", "There is only one page: 'who' shows it." */
    static String noSuchPage(String command, int pages) {
        return pages == 1 ? "There is only one page: '" + command + "' shows it."
                : "There are only " + pages + " pages: '" + command + " " + pages + "' shows the last.";
    }

    /** What {@code more} says with nothing to continue. */
    static final String NOTHING_MORE = "There is nothing more to show.";
}
