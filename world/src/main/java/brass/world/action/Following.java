package brass.world.action;

import brass.world.language.Event;
import brass.world.language.Nouns;
import brass.world.model.Exit;
import brass.world.model.Thing;
import brass.world.parser.Command;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who follows whom ({@code follow bob}, {@code follow self}, {@code lose}), and the moves a
 * leader's {@code go} sets off: each follower standing where the leader stood then goes the same
 * way, by its own {@code go}, once the leader's move has been seen (so each reads their own move,
 * and the room they come to shows the leader already there). A follower who walks off alone, or
 * a leader who leaves the game, ends the following. Game-loop only; kept in memory, not saved.
 */
public final class Following {

    /** A leader's move that its followers have still to make. */
    public record Move(Thing leader, Thing from, Exit exit) {
    }

    private final Map<Thing, Thing> leaders = new IdentityHashMap<>();
    private final Deque<Move> moves = new ArrayDeque<>();
    private Thing led;

    /** Whom {@code follower} follows, if anyone. */
    public Optional<Thing> leaderOf(Thing follower) {
        return Optional.ofNullable(leaders.get(follower));
    }

    /** Whether {@code follower} follows {@code leader}. */
    public boolean leads(Thing leader, Thing follower) {
        return leader != null && leaders.get(follower) == leader;
    }

    /** Those following {@code leader}, in the order they began. */
    public List<Thing> followersOf(Thing leader) {
        List<Thing> out = new ArrayList<>();
        leaders.forEach((f, l) -> {
            if (l == leader) {
                out.add(f);
            }
        });
        return out;
    }

    // ---- the verbs ----------------------------------------------------------------------------

    /** {@code follow <player>}; {@code follow self} stops following. */
    public List<Event> follow(Command c, Turn t) {
        Thing actor = t.actor();
        Thing leader = c.object();
        Thing now = leaders.get(actor);
        if (leader == actor) {
            return now == null ? reply(actor, "You aren't following anyone.") : List.of(stop(actor));
        }
        if (!leader.isActor()) {
            return reply(actor, "You can't follow " + Nouns.definite(leader) + ".");
        }
        if (!leader.isPlayer()) {
            return reply(actor, "You can only follow other players.");
        }
        if (now == leader) {
            return reply(actor, "You are already following " + leader.name() + ".");
        }
        for (Thing up = leader; up != null; up = leaders.get(up)) {
            if (up == actor) {
                return reply(actor, "You can't follow " + leader.name() + ", who is following you.");
            }
        }
        List<Event> events = new ArrayList<>();
        if (now != null) {
            events.add(stop(actor));
        }
        leaders.put(actor, leader);
        events.add(new Event(actor, leader, null, null, actor.room(), "You start following {target}.",
                "{actor} starts following you.", "{actor} starts following {target}.", null));
        return events;
    }

    /**
     * {@code lose [player]}: shake off those following you (one, or all); with nobody following
     * you, stop following whoever you follow.
     */
    public List<Event> lose(Command c, Turn t) {
        Thing actor = t.actor();
        List<Thing> followers = followersOf(actor);
        if (!c.objects().isEmpty()) {
            Thing one = c.object();
            if (leaders.get(one) != actor) {
                return reply(actor, one == actor ? "You can't lose yourself."
                        : capitalised(one) + " " + Nouns.agree(one, "isn't", "aren't") + " following you.");
            }
            followers = List.of(one);
        } else if (followers.isEmpty()) {
            return leaders.containsKey(actor) ? List.of(stop(actor)) : reply(actor, "Nobody is following you.");
        }
        List<Event> events = new ArrayList<>();
        for (Thing f : followers) {
            leaders.remove(f);
            events.add(new Event(actor, f, null, null, null, "{target} is no longer following you.",
                    "You stop following {actor}.", null, null));
        }
        return events;
    }

    // ---- moving together ----------------------------------------------------------------------

    /**
     * Before {@code walker} goes somewhere: if it walks on its own (not led), it stops following.
     * Returns what that tells.
     */
    public List<Event> beforeMove(Thing walker) {
        if (walker == led || !leaders.containsKey(walker)) {
            return List.of();
        }
        return List.of(stop(walker));
    }

    /** After {@code leader} went through {@code exit} out of {@code from}: its followers go next. */
    public void afterMove(Thing leader, Thing from, Exit exit) {
        if (leaders.containsValue(leader)) {
            moves.add(new Move(leader, from, exit));
        }
    }

    /** The next move followers have to make, if any; the game makes it once the leader's is seen. */
    public Optional<Move> nextMove() {
        return Optional.ofNullable(moves.poll());
    }

    /** Runs {@code move} as {@code follower}'s move following its leader (so it does not stop following). */
    public void leading(Thing follower, Runnable move) {
        Thing was = led;
        led = follower;
        try {
            move.run();
        } finally {
            led = was;
        }
    }

    /**
     * {@code actor} leaves the game: it follows nobody, and its followers stop. Returns what the
     * followers read.
     */
    public List<Event> leftGame(Thing actor) {
        leaders.remove(actor);
        List<Event> events = new ArrayList<>();
        for (Thing f : followersOf(actor)) {
            leaders.remove(f);
            events.add(Event.reply(f, "You stop following " + actor.name() + "."));
        }
        return events;
    }

    private Event stop(Thing follower) {
        Thing leader = leaders.remove(follower);
        return new Event(follower, leader, null, null, null, "You stop following {target}.",
                "{actor} stops following you.", null, null);
    }

    private static String capitalised(Thing t) {
        return brass.world.language.Sentences.capitalise(Nouns.definite(t));
    }

    private static List<Event> reply(Thing actor, String text) {
        return List.of(Event.reply(actor, text));
    }
}
