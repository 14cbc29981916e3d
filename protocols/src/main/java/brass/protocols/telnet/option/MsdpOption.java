package brass.protocols.telnet.option;

import brass.protocols.gmcp.GmcpMessage;
import brass.protocols.gmcp.Json;
import brass.protocols.telnet.Telnet;
import brass.protocols.telnet.TelnetSubnegotiation;
import io.netty.channel.ChannelPromise;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * MSDP (telnet option 69), which TinTin++ and MUSHclient read: the same room a GMCP mapper gets,
 * as MSDP variables. The session writes one set of messages, GMCP's ({@code Room.Info},
 * {@code Char.Name}); this option sees each on its way down the pipeline (before {@link GmcpOption},
 * which then sends it as GMCP or drops it), keeps the variables it stands for, and sends a client
 * the ones it asked for with {@code REPORT} whenever they change, and any with {@code SEND}.
 * {@code LIST} answers {@code COMMANDS}, {@code LISTS}, {@code REPORTABLE_VARIABLES},
 * {@code SENDABLE_VARIABLES}, {@code REPORTED_VARIABLES} and {@code CONFIGURABLE_VARIABLES}.
 */
public final class MsdpOption extends TelnetOption {

    static final List<String> COMMANDS = List.of("LIST", "REPORT", "RESET", "SEND", "UNREPORT");
    static final List<String> LISTS = List.of("COMMANDS", "LISTS", "REPORTABLE_VARIABLES", "SENDABLE_VARIABLES",
            "REPORTED_VARIABLES", "CONFIGURABLE_VARIABLES");
    /** Every variable a client may ask for, in the order LIST gives them. */
    static final List<String> VARIABLES = List.of("SERVER_ID", "CHARACTER_NAME", "ROOM", "ROOM_VNUM", "ROOM_NAME",
            "AREA_NAME", "ROOM_EXITS", "ROOM_TERRAIN");

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Set<String> reported = new LinkedHashSet<>();

    public MsdpOption() {
        super(Telnet.OPT_MSDP, Terms.OFFERED);
        values.put("SERVER_ID", "Brass");
    }

    @Override
    public boolean write(OptionContext c, Object msg, ChannelPromise promise) {
        if (msg instanceof GmcpMessage gmcp) {
            learn(c, gmcp);
        }
        // Never the last word: GMCP's option still sends or drops the message.
        return false;
    }

    private void learn(OptionContext c, GmcpMessage gmcp) {
        Object json;
        try {
            json = Json.parse(gmcp.json());
        } catch (IllegalArgumentException e) {
            return;
        }
        if (!(json instanceof Map<?, ?> m)) {
            return;
        }
        switch (gmcp.gmcpPackage().toLowerCase(Locale.ROOT)) {
            case "room.info" -> {
                Map<String, Object> exits = new LinkedHashMap<>();
                if (m.get("exits") instanceof Map<?, ?> e) {
                    e.forEach((direction, number) -> exits.put(String.valueOf(direction), text(number)));
                }
                Map<String, Object> room = new LinkedHashMap<>();
                room.put("VNUM", text(m.get("num")));
                room.put("NAME", text(m.get("name")));
                room.put("AREA", text(m.get("area")));
                // A room's environment: (empty when its file says nothing).
                room.put("TERRAIN", text(m.get("environment")));
                room.put("EXITS", exits);
                set(c, "ROOM", room);
                set(c, "ROOM_VNUM", room.get("VNUM"));
                set(c, "ROOM_NAME", room.get("NAME"));
                set(c, "AREA_NAME", room.get("AREA"));
                set(c, "ROOM_EXITS", exits);
                set(c, "ROOM_TERRAIN", room.get("TERRAIN"));
            }
            case "char.name" -> set(c, "CHARACTER_NAME", text(m.get("name")));
            default -> {
                // nothing of MSDP's
            }
        }
    }

    private static String text(Object json) {
        return json == null ? "" : String.valueOf(json);
    }

    private void set(OptionContext c, String name, Object value) {
        if (!Objects.equals(values.put(name, value), value) && reported.contains(name)) {
            send(c, name, value);
        }
    }

    private static void send(OptionContext c, String name, Object value) {
        if (c.negotiator().isLocalEnabled(Telnet.OPT_MSDP)) {
            c.send(new TelnetSubnegotiation(Telnet.OPT_MSDP, MsdpData.variable(name, value)));
        }
    }

    @Override
    public void subnegotiation(OptionContext c, byte[] payload) {
        if (!c.negotiator().isLocalEnabled(Telnet.OPT_MSDP)) {
            return;
        }
        for (MsdpData.Sent sent : MsdpData.parse(payload)) {
            String command = sent.name().toUpperCase(Locale.ROOT);
            for (String value : sent.values()) {
                String name = value.toUpperCase(Locale.ROOT);
                switch (command) {
                    case "LIST" -> list(c, name);
                    case "REPORT" -> {
                        if (VARIABLES.contains(name)) {
                            reported.add(name);
                            if (values.containsKey(name)) {
                                send(c, name, values.get(name));
                            }
                        }
                    }
                    case "UNREPORT" -> reported.remove(name);
                    case "RESET" -> {
                        if (name.equals("REPORTABLE_VARIABLES") || name.equals("REPORTED_VARIABLES")) {
                            reported.clear();
                        }
                    }
                    case "SEND" -> {
                        if (values.containsKey(name)) {
                            send(c, name, values.get(name));
                        }
                    }
                    case "CLIENT_NAME" -> {
                        if (c.profile().clientName.isEmpty()) {
                            c.profile().clientName = ClientProfile.limit(value);
                            c.changed();
                        }
                    }
                    default -> {
                        // a variable of the client's that Brass does not keep
                    }
                }
            }
        }
    }

    private void list(OptionContext c, String which) {
        List<String> answer = switch (which) {
            case "COMMANDS" -> COMMANDS;
            case "LISTS" -> LISTS;
            case "REPORTABLE_VARIABLES", "SENDABLE_VARIABLES" -> VARIABLES;
            case "REPORTED_VARIABLES" -> List.copyOf(reported);
            case "CONFIGURABLE_VARIABLES" -> List.of("CLIENT_NAME");
            default -> null;
        };
        if (answer != null) {
            send(c, which, answer);
        }
    }
}
