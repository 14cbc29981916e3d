package brass.protocols.play;

import brass.protocols.gmcp.GmcpMessage;
import brass.protocols.session.Connection;
import brass.world.model.Scope;
import brass.world.model.Thing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GMCP's {@code Char.Items} for one player, as IRE's games send it and Mudlet's scripts read it:
 * {@code Char.Items.List} of what they carry ({@code "inv"}) and of what they see in the room
 * ({@code "room"}: nothing in the dark) at the first prompt and on entering a room, then
 * {@code Char.Items.Add} and {@code Char.Items.Remove} for each change, told with the prompt that
 * ends the turn. On the game loop.
 */
final class CharItems {

    private static final String INVENTORY = "inv";
    private static final String ROOM = "room";

    private List<Thing> carried;
    private List<Thing> seen;
    private Thing seenIn;

    /** Tells {@code connection} what changed in {@code actor}'s hands and around them since the last call. */
    void update(Thing actor, Connection connection) {
        List<Thing> nowCarried = List.copyOf(actor.contents());
        Thing room = actor.room();
        List<Thing> nowSeen = new ArrayList<>();
        if (room != null && Scope.canSee(actor)) {
            for (Thing t : room.contents()) {
                if (t != actor) {
                    nowSeen.add(t);
                }
            }
        }
        carried = tell(connection, INVENTORY, carried, nowCarried);
        if (room != seenIn) {
            seenIn = room;
            seen = null;
        }
        seen = tell(connection, ROOM, seen, nowSeen);
    }

    private static List<Thing> tell(Connection connection, String location, List<Thing> before, List<Thing> now) {
        if (before == null) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Thing t : now) {
                items.add(item(t));
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("location", location);
            m.put("items", items);
            connection.sendGmcp(GmcpMessage.of("Char.Items.List", m));
            return now;
        }
        for (Thing t : before) {
            if (!now.contains(t)) {
                connection.sendGmcp(GmcpMessage.of("Char.Items.Remove", change(location, t)));
            }
        }
        for (Thing t : now) {
            if (!before.contains(t)) {
                connection.sendGmcp(GmcpMessage.of("Char.Items.Add", change(location, t)));
            }
        }
        return now;
    }

    private static Map<String, Object> change(String location, Thing t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("location", location);
        m.put("item", item(t));
        return m;
    }

    private static Map<String, Object> item(Thing t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("name", t.name());
        return m;
    }
}
