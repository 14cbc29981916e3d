package brass.world.action;

import brass.world.language.Event;
import brass.world.language.Lists;
import brass.world.language.Nouns;
import brass.world.language.Sentences;
import brass.world.model.Scope;
import brass.world.model.Thing;
import java.util.ArrayList;
import java.util.List;

/**
 * A room with more people in it than it names one by one: the line a look shows ("Alice, Bob,
 * and 997 others are here."), and {@code people} ({@code look crowd}), everyone here a page at a
 * time. Those the viewer follows or who follow the viewer come first, then the others in the
 * order they arrived. Every call is one pass over the room: a look costs the same per person in a
 * crowd of a thousand as in a crowd of ten.
 */
final class Crowd {

    /** How many a crowded room names before it counts the rest (fewer when the room's crowd is smaller). */
    static final int NAMED = 2;

    private Crowd() {
    }

    /**
     * "Alice, Bob, and 997 others are here.": {@code people}, the others here in the order they
     * arrived, being more than {@code crowd}. {@code following} may be null (nobody comes first).
     */
    static String line(List<Thing> people, Thing viewer, Following following, int crowd) {
        int named = Math.min(NAMED, crowd);
        List<Thing> first = new ArrayList<>(named);
        if (following != null) {
            for (int i = 0; i < people.size() && first.size() < named; i++) {
                if (close(people.get(i), viewer, following)) {
                    first.add(people.get(i));
                }
            }
        }
        for (int i = 0; i < people.size() && first.size() < named; i++) {
            if (!first.contains(people.get(i))) {
                first.add(people.get(i));
            }
        }
        List<String> words = new ArrayList<>(named);
        for (Thing t : first) {
            words.add(Nouns.indefinite(t));
        }
        return Sentences.capitalise(Lists.andOthers(words, people.size() - first.size())) + " are here.";
    }

    /** Everyone but {@code viewer} in {@code room}: those close to the viewer first, then in order of arrival. */
    static List<Thing> people(Thing room, Thing viewer, Following following) {
        List<Thing> close = new ArrayList<>();
        List<Thing> rest = new ArrayList<>();
        for (Thing t : room.contents()) {
            if (t != viewer && t.isActor()) {
                (close(t, viewer, following) ? close : rest).add(t);
            }
        }
        close.addAll(rest);
        return close;
    }

    /**
     * Page {@code number} of the people here, as {@code command} ({@code people [page]}, {@code
     * look crowd [page]}) asked for it.
     */
    static List<Event> page(Turn t, String command, int number) {
        Thing actor = t.actor();
        Pager pager = t.pager();
        if (!Scope.canSee(actor)) {
            pager.forget();
            return Replies.reply(t, Descriptions.PITCH_DARK);
        }
        List<Thing> people = people(actor.room(), actor, t.following());
        if (people.isEmpty()) {
            pager.forget();
            return Replies.reply(t, "There is nobody here but you.");
        }
        Pager.Page page = pager.page(people.size(), number).orElse(null);
        if (page == null) {
            pager.forget();
            return Replies.refuse(t, Pager.noSuchPage(command, pager.pages(people.size())));
        }
        StringBuilder sb = new StringBuilder("People here:");
        for (Thing p : page.of(people)) {
            sb.append("\n  ").append(Nouns.indefinite(p));
            if (t.following().leads(p, actor)) {
                sb.append(" (leading you)");
            } else if (t.following().leads(actor, p)) {
                sb.append(" (following you)");
            }
        }
        sb.append('\n').append(people.size()).append(people.size() == 1 ? " other here." : " others here.")
                .append(pager.end(Pager.Listing.PEOPLE, command, page));
        return Replies.reply(t, sb.toString());
    }

    private static boolean close(Thing t, Thing viewer, Following following) {
        return following != null && (following.leads(t, viewer) || following.leads(viewer, t));
    }
}
