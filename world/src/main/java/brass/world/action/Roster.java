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
 * roles; and {@code score}, what there is to know of oneself.
 */
final class Roster {

    /** Idle for less than this is not worth showing. */
    private static final Duration SHOWN_IDLE = Duration.ofMinutes(1);

    private Roster() {
    }

    /** Admins first, then builders, then everyone else; by name within each. */
    private static final Comparator<Row> ORDER = Comparator.comparingInt((Row r) -> rank(r.status().role()))
            .thenComparing(r -> r.player().name().toLowerCase(Locale.ROOT))
            .thenComparing(r -> r.player().name());

    private record Row(Thing player, PlayerStatus status) {
    }

    static List<Event> who(Command c, Turn t) {
        List<Row> rows = new ArrayList<>();
        for (Thing p : t.players()) {
            rows.add(new Row(p, t.status(p)));
        }
        rows.sort(ORDER);
        int width = 0;
        for (Row r : rows) {
            width = Math.max(width, DisplayWidth.of(r.player().name()));
        }
        StringBuilder sb = new StringBuilder("Players in the game:");
        for (Row r : rows) {
            List<String> marks = new ArrayList<>();
            if (!r.status().role().isEmpty()) {
                marks.add("[" + r.status().role() + "]");
            }
            if (r.status().idle().compareTo(SHOWN_IDLE) >= 0) {
                marks.add("idle " + shortly(r.status().idle()));
            }
            if (r.status().linkDead()) {
                marks.add("link-dead");
            }
            String name = r.player().name();
            String line = "  " + name + " ".repeat(width - DisplayWidth.of(name)) + "  " + String.join(", ", marks);
            sb.append('\n').append(line.stripTrailing());
        }
        sb.append('\n').append(rows.size()).append(rows.size() == 1 ? " player." : " players.");
        return List.of(Event.reply(t.actor(), sb.toString()));
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
