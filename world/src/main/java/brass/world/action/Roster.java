package brass.world.action;

import brass.world.language.Event;
import brass.world.language.Nouns;
import brass.world.model.Scope;
import brass.world.model.Thing;
import brass.world.model.Wearing;
import brass.world.parser.Command;
import brass.world.screen.DisplayWidth;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code who}, everyone playing with how long they have been idle, who is link-dead, and their
 * roles, a page at a time ({@code more} shows the next page of it or of {@code people}); and
 * {@code score}, what there is to know of oneself.
 */
final class Roster {

    /** Idle for less than this is not worth showing. */
    private static final Duration SHOWN_IDLE = Duration.ofMinutes(1);

    private Roster() {
    }

    /**
     * Admins first, then builders, then everyone else; by name within each. The keys are made once
     * a row, not once a comparison: with a thousand players a sort makes ten thousand comparisons.
     */
    private static final Comparator<Row> ORDER = Comparator.comparingInt(Row::rank)
            .thenComparing(Row::folded)
            .thenComparing(r -> r.player().name());

    /** A player's place in the order; the status, which costs more, is made only for the rows shown. */
    private record Row(Thing player, int rank, String folded) {
        Row(Thing player, String role) {
            this(player, Roster.rank(role), player.name().toLowerCase(Locale.ROOT));
        }
    }

    /** Page {@code number} of everyone playing, as {@code command} ({@code who [page]}) asked for it. */
    static List<Event> whoPage(Turn t, String command, int number) {
        Pager pager = t.pager();
        List<Thing> players = t.players();
        Pager.Page page = pager.page(players.size(), number).orElse(null);
        if (page == null) {
            pager.forget();
            return Replies.refuse(t, Pager.noSuchPage(command, pager.pages(players.size())));
        }
        List<Row> rows = firstInOrder(players, t, page.to()).subList(page.from(), page.to());
        int width = 0;
        for (Row r : rows) {
            width = Math.max(width, DisplayWidth.of(r.player().name()));
        }
        StringBuilder sb = new StringBuilder("Players in the game:");
        for (Row r : rows) {
            PlayerStatus status = t.status(r.player());
            List<String> marks = new ArrayList<>();
            if (!status.role().isEmpty()) {
                marks.add("[" + status.role() + "]");
            }
            if (status.idle().compareTo(SHOWN_IDLE) >= 0) {
                marks.add("idle " + shortly(status.idle()));
            }
            if (status.linkDead()) {
                marks.add("link-dead");
            }
            String name = r.player().name();
            String line = "  " + name + " ".repeat(width - DisplayWidth.of(name)) + "  " + String.join(", ", marks);
            sb.append('\n').append(line.stripTrailing());
        }
        sb.append('\n').append(players.size()).append(players.size() == 1 ? " player." : " players.")
                .append(pager.end(Pager.Listing.WHO, command, page));
        return List.of(Event.reply(t.actor(), sb.toString()));
    }

    /**
     * The first {@code count} rows of {@code players} in {@link #ORDER}, in order. The first page of a
     * crowd's {@code who} needs its first twenty of thousands: a heap of {@code count} keeps the
     * smallest seen, so the cost grows with the players and the page's end, not with sorting them all.
     */
    private static List<Row> firstInOrder(List<Thing> players, Turn t, int count) {
        if (count <= 0) {
            return new ArrayList<>();
        }
        java.util.PriorityQueue<Row> largestOnTop = new java.util.PriorityQueue<>(count + 1, ORDER.reversed());
        for (Thing p : players) {
            Row r = new Row(p, t.role(p));
            if (largestOnTop.size() < count) {
                largestOnTop.add(r);
            } else if (ORDER.compare(r, largestOnTop.peek()) < 0) {
                largestOnTop.poll();
                largestOnTop.add(r);
            }
        }
        List<Row> out = new ArrayList<>(largestOnTop);
        out.sort(ORDER);
        return out;
    }

    /** {@code more}: the next page of the listing the actor last paged through. */
    static List<Event> more(Command c, Turn t) {
        Pager.Next next = t.pager().next().orElse(null);
        if (next == null) {
            return Replies.refuse(t, Pager.NOTHING_MORE);
        }
        return switch (next.listing()) {
            case WHO -> whoPage(t, next.command(), next.page());
            case PEOPLE -> Crowd.page(t, next.command(), next.page());
        };
    }

    static List<Event> score(Command c, Turn t) {
        Thing actor = t.actor();
        PlayerStatus status = t.status(actor);
        StringBuilder sb = new StringBuilder(actor.name());
        if (!status.role().isEmpty()) {
            sb.append(" [").append(status.role()).append(']');
        }
        sb.append("\nAge: ").append(inWords(status.age()));
        sb.append("\nPlayed: ").append(inWords(status.played()));
        Thing room = actor.room();
        sb.append("\nWhere: ").append(room != null && Scope.canSee(actor) ? room.name() : "somewhere dark");
        List<Thing> carried = Wearing.carried(actor);
        List<Thing> worn = Wearing.worn(actor);
        sb.append("\nCarrying: ").append(carried.isEmpty() ? "nothing" : Nouns.listIndefinite(carried));
        if (!worn.isEmpty()) {
            sb.append("\nWearing: ").append(Nouns.listIndefinite(worn));
        }
        return List.of(Event.reply(actor, sb.toString()));
    }

    private static int rank(String role) {
        return switch (role) {
            case "admin" -> 0;
            case "builder" -> 1;
            default -> 2;
        };
    }

    /** "5m", "2h05m", "3d4h": how long, in few characters. */
    static String shortly(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return minutes + "m";
        }
        if (minutes < 24 * 60) {
            return minutes / 60 + "h" + String.format(Locale.ROOT, "%02d", minutes % 60) + "m";
        }
        return minutes / (24 * 60) + "d" + (minutes % (24 * 60)) / 60 + "h";
    }

    /** "less than a minute", "1 minute", "2 hours 5 minutes", "3 days 4 hours": the two largest units. */
    static String inWords(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 1) {
            return "less than a minute";
        }
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        if (days > 0) {
            return count(days, "day") + (hours > 0 ? " " + count(hours, "hour") : "");
        }
        if (hours > 0) {
            return count(hours, "hour") + (mins > 0 ? " " + count(mins, "minute") : "");
        }
        return count(mins, "minute");
    }

    private static String count(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
