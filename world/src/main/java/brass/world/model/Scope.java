package brass.world.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What an actor can see and reach, and whether a room is lit. One rule for every verb: your
 * inventory, the room's contents, and whatever lies inside open containers and on surfaces
 * among them, recursively; plus the doors of the room's exits. Not what other actors carry.
 * In a dark room without light, only what you carry.
 */
public final class Scope {

    private Scope() {
    }

    /** Things in scope for {@code actor}, in a stable order: inventory first, then the room. */
    public static List<Thing> of(Thing actor) {
        List<Thing> out = new ArrayList<>();
        addAccessible(actor, out, actor);
        Thing room = actor.room();
        if (room == null || !isLit(room)) {
            return out;
        }
        addAccessible(room, out, actor);
        for (Exit e : room.exits().values()) {
            if (e.door() != null && !out.contains(e.door())) {
                out.add(e.door());
            }
        }
        return out;
    }

    private static void addAccessible(Thing holder, List<Thing> out, Thing self) {
        for (Thing t : holder.contents()) {
            if (t == self) {
                continue;
            }
            out.add(t);
            if (!t.isActor() && t.contentsAccessible()) {
                addAccessible(t, out, self);
            }
        }
    }

    /** True when {@code actor} could touch {@code thing}: it is in scope. */
    public static boolean canReach(Thing actor, Thing thing) {
        return of(actor).contains(thing);
    }

    /**
     * A room is lit unless dark; a dark room is lit by a lit light source lying in it, on or in
     * something open there, or carried by anyone in it.
     */
    public static boolean isLit(Thing room) {
        return !room.isDark() || containsLight(room);
    }

    private static boolean containsLight(Thing holder) {
        for (Thing t : holder.contents()) {
            if (t.isLit()) {
                return true;
            }
            if ((t.isActor() || t.contentsAccessible()) && containsLight(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an actor can see its surroundings. */
    public static boolean canSee(Thing actor) {
        Thing room = actor.room();
        return room != null && isLit(room);
    }
}
