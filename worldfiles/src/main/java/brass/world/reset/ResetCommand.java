package brass.world.reset;

import brass.world.game.Game;
import brass.world.language.Event;
import brass.world.language.Lists;
import brass.world.markup.Markup;
import brass.world.model.Thing;
import brass.world.parser.Topic;
import brass.world.parser.Verb;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The builders' {@code reset [area]}: resets the area they stand in, or the one named (its name
 * as the files write it, in any case; or a part of one name only), now, whatever its mode. The
 * players there see the reset as they would a timed one; the builder is told what it did.
 */
public final class ResetCommand {

    public static final String HELP = "reset [area]: (builders and admins) reset an area now, as its files"
            + " place it: the one you are in, or the one named.";

    private ResetCommand() {
    }

    /** Registers {@code reset}, allowed to the characters {@code mayReset} accepts. Call on the loop. */
    public static void install(Game game, AreaResets resets, Predicate<Thing> mayReset) {
        Objects.requireNonNull(resets, "resets");
        Objects.requireNonNull(mayReset, "mayReset");
        game.register(Verb.text("reset", HELP).inTopic(Topic.BUILDING).withExamples("reset", "reset lane"), (command, turn) -> {
            Thing actor = turn.actor();
            if (!mayReset.test(actor)) {
                return List.of(Event.reply(actor, "Only builders and admins may use 'reset'."));
            }
            String asked = command.text() == null ? "" : command.text().strip();
            List<String> matches = asked.isEmpty() ? here(resets, actor) : named(resets.areas(), asked);
            if (matches.size() != 1) {
                return List.of(Event.reply(actor, refusal(resets.areas(), asked, matches)));
            }
            AreaReset.Outcome outcome = resets.resetNow(matches.get(0)).orElseThrow();
            // What went back has been seen already; the builder reads the count after it.
            List<Event> events = new ArrayList<>();
            events.add(Event.reply(actor, "Reset " + outcome.area() + ": " + outcome.movedBack() + " moved back, "
                    + outcome.madeAgain() + " made again, " + outcome.setBack() + " set back as written."));
            return events;
        });
    }

    /** The area of the room {@code actor} stands in. */
    private static List<String> here(AreaResets resets, Thing actor) {
        Thing room = actor.room();
        if (room == null) {
            return List.of();
        }
        return resets.areas().stream()
                .filter(area -> AreaReset.rooms(resets.definition(), area).contains(room.id())).toList();
    }

    /** The area called {@code asked}, ignoring case; else every area whose name holds it. */
    static List<String> named(List<String> areas, String asked) {
        String wanted = asked.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        List<String> exact = areas.stream().filter(a -> a.toLowerCase(Locale.ROOT).equals(wanted)).toList();
        return exact.isEmpty() ? areas.stream().filter(a -> a.toLowerCase(Locale.ROOT).contains(wanted)).toList()
                : exact;
    }

    private static String refusal(List<String> areas, String asked, List<String> matches) {
        if (asked.isEmpty()) {
            return "This room is in no area the files name.";
        }
        if (matches.isEmpty()) {
            return "There is no area called '" + Markup.escape(asked) + "'. The areas are " + Lists.join(areas, "and") + ".";
        }
        return "Which area do you mean: " + Lists.join(matches, "or") + "?";
    }
}
