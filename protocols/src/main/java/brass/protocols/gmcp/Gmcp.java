package brass.protocols.gmcp;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builders for the GMCP messages MUD clients such as Mudlet understand. */
public final class Gmcp {

    private Gmcp() {
    }

    /** {@code Char.Name {"name": ..., "fullname": ...}}. */
    public static GmcpMessage charName(String name, String fullName) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("fullname", fullName);
        return GmcpMessage.of("Char.Name", m);
    }

    /** {@code Char.Status {...}}: free-form fields such as level, health. */
    public static GmcpMessage charStatus(Map<String, ?> fields) {
        return GmcpMessage.of("Char.Status", fields);
    }

    /** {@code Char.Vitals {...}}. */
    public static GmcpMessage charVitals(Map<String, ?> fields) {
        return GmcpMessage.of("Char.Vitals", fields);
    }

    /**
     * {@code Room.Info {"num": ..., "id": ..., "name": ..., "area": ..., "exits": {"north": num}}}
     * as Mudlet's mapper expects; {@code num} is a stable number for the room, {@code id} its name in
     * the world files.
     */
    public static GmcpMessage roomInfo(long num, String id, String name, String area, Map<String, Long> exits) {
        return roomInfo(num, id, name, area, "", exits);
    }

    /** {@code Room.Info} as Mudlet's generic mapper reads it, with the room's environment. */
    public static GmcpMessage roomInfo(long num, String id, String name, String area, String environment,
                                       Map<String, Long> exits) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("num", num);
        m.put("id", id);
        m.put("name", name);
        m.put("area", area);
        m.put("environment", environment);
        m.put("exits", exits);
        return GmcpMessage.of("Room.Info", m);
    }

    /** {@code Comm.Channel.Text {"channel": ..., "talker": ..., "text": ...}}. */
    public static GmcpMessage commChannelText(String channel, String talker, String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("channel", channel);
        m.put("talker", talker);
        m.put("text", text);
        return GmcpMessage.of("Comm.Channel.Text", m);
    }

    /**
     * {@code Comm.Channel.List [{"name": ..., "caption": ..., "command": ...}]}: the channels a
     * player may talk on, each with the command that talks on it, as IRE's clients and Mudlet read them.
     */
    public static GmcpMessage commChannelList(java.util.List<String> channels) {
        java.util.List<Map<String, Object>> list = new java.util.ArrayList<>();
        for (String channel : channels) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", channel);
            m.put("caption", Character.toUpperCase(channel.charAt(0)) + channel.substring(1));
            m.put("command", channel);
            list.add(m);
        }
        return GmcpMessage.of("Comm.Channel.List", list);
    }
}
