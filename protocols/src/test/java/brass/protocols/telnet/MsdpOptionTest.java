package brass.protocols.telnet;

import static brass.protocols.telnet.Telnet.*;
import static org.assertj.core.api.Assertions.assertThat;

import brass.protocols.gmcp.GmcpMessage;
import brass.protocols.session.ClientCapabilities;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * MSDP through the option layer in an {@link EmbeddedChannel}, fed the bytes TinTin++'s and
 * MUSHclient's MSDP scripts send, answered byte for byte.
 */
class MsdpOptionTest {

    private static final int VAR = 1;
    private static final int VAL = 2;
    private static final int TABLE_OPEN = 3;
    private static final int TABLE_CLOSE = 4;
    private static final int ARRAY_OPEN = 5;
    private static final int ARRAY_CLOSE = 6;

    private static final GmcpMessage FOYER = new GmcpMessage("Room.Info", "{\"num\":97625469,\"id\":\"foyer\","
            + "\"name\":\"Foyer\",\"area\":\"The Little House\",\"exits\":{\"north\":3194937,\"down\":783402259}}");

    private EmbeddedChannel ch;
    private final List<Object> received = new ArrayList<>();

    @BeforeEach
    void connect() {
        ch = new EmbeddedChannel(new TelnetDecoder(), new TelnetEncoder(), new TelnetOptionHandler(null, true),
                new TelnetLineDecoder());
        Bytes.outbound(ch);
    }

    private byte[] client(Object... parts) {
        Bytes.whole(ch, Bytes.of(parts));
        received.addAll(Bytes.inbound(ch));
        return Bytes.outbound(ch);
    }

    private byte[] server(Object msg) {
        ch.writeAndFlush(msg);
        return Bytes.outbound(ch);
    }

    private static final Object[] FOYER_ROOM = {VAR, "ROOM", VAL, TABLE_OPEN,
            VAR, "VNUM", VAL, "97625469", VAR, "NAME", VAL, "Foyer", VAR, "AREA", VAL, "The Little House",
            VAR, "TERRAIN", VAL, "", VAR, "EXITS", VAL, TABLE_OPEN, VAR, "north", VAL, "3194937",
            VAR, "down", VAL, "783402259", TABLE_CLOSE, TABLE_CLOSE};

    private static Object[] sb(Object... inside) {
        Object[] all = new Object[inside.length + 5];
        all[0] = IAC;
        all[1] = SB;
        all[2] = OPT_MSDP;
        System.arraycopy(inside, 0, all, 3, inside.length);
        all[inside.length + 3] = IAC;
        all[inside.length + 4] = SE;
        return all;
    }

    @Test
    void tinTinsScriptListsReportsTheRoomAndHearsEachMove() {
        // TinTin++'s msdp.tin: on IAC WILL MSDP it answers DO, then asks for the commands.
        assertThat(client(IAC, DO, OPT_MSDP)).isEmpty();
        assertThat(client(sb(VAR, "LIST", VAL, "COMMANDS"))).isEqualTo(Bytes.of(sb(VAR, "COMMANDS", VAL, ARRAY_OPEN,
                VAL, "LIST", VAL, "REPORT", VAL, "RESET", VAL, "SEND", VAL, "UNREPORT", ARRAY_CLOSE)));
        // Reported before the player is anywhere: nothing to send yet.
        assertThat(client(sb(VAR, "REPORT", VAL, "ROOM", VAL, "ROOM_VNUM"))).isEmpty();
        // The session writes GMCP's Room.Info as it always does; MSDP's client gets ROOM and ROOM_VNUM.
        assertThat(server(FOYER)).isEqualTo(Bytes.of(concat(sb(FOYER_ROOM), sb(VAR, "ROOM_VNUM", VAL, "97625469"))));
        // The same room again changes nothing, so nothing is sent.
        assertThat(server(FOYER)).isEmpty();
        assertThat(client(sb(VAR, "SEND", VAL, "AREA_NAME"))).isEqualTo(Bytes.of(sb(VAR, "AREA_NAME", VAL,
                "The Little House")));
        assertThat(client(sb(VAR, "UNREPORT", VAL, "ROOM"))).isEmpty();
        assertThat(server(new GmcpMessage("Room.Info", "{\"num\":3194937,\"id\":\"hall\",\"name\":\"Hall\","
                + "\"area\":\"The Little House\",\"exits\":{\"south\":97625469}}")))
                .isEqualTo(Bytes.of(sb(VAR, "ROOM_VNUM", VAL, "3194937")));
        // GMCP was never agreed: the Room.Info itself went nowhere as GMCP.
    }

    @Test
    void mushclientsPluginListsInArraysAndNamesItself() {
        client(IAC, DO, OPT_MSDP);
        assertThat(client(sb(VAR, "CLIENT_NAME", VAL, "MUSHCLIENT", VAR, "CLIENT_VERSION", VAL, "5.06")))
                .isEmpty();
        ClientCapabilities caps = null;
        for (Object o : received) {
            if (o instanceof ClientCapabilities c) {
                caps = c;
            }
        }
        assertThat(caps.clientName()).isEqualTo("MUSHCLIENT");
        assertThat(caps.msdp()).isTrue();
        assertThat(caps.wantsGmcp("Room.Info")).isTrue();
        assertThat(caps.acceptsGmcp("Room.Info")).isFalse();
        assertThat(client(sb(VAR, "LIST", VAL, ARRAY_OPEN, VAL, "REPORTABLE_VARIABLES", VAL, "NO_SUCH_LIST",
                ARRAY_CLOSE))).isEqualTo(Bytes.of(sb(VAR, "REPORTABLE_VARIABLES", VAL, ARRAY_OPEN, VAL, "SERVER_ID",
                VAL, "CHARACTER_NAME", VAL, "ROOM", VAL, "ROOM_VNUM", VAL, "ROOM_NAME", VAL, "AREA_NAME",
                VAL, "ROOM_EXITS", VAL, "ROOM_TERRAIN", ARRAY_CLOSE)));
        assertThat(client(sb(VAR, "REPORT", VAL, ARRAY_OPEN, VAL, "SERVER_ID", VAL, "CHARACTER_NAME", ARRAY_CLOSE)))
                .isEqualTo(Bytes.of(sb(VAR, "SERVER_ID", VAL, "Brass")));
        assertThat(server(new GmcpMessage("Char.Name", "{\"name\":\"Tess\",\"fullname\":\"Tess\"}")))
                .isEqualTo(Bytes.of(sb(VAR, "CHARACTER_NAME", VAL, "Tess")));
        assertThat(client(sb(VAR, "LIST", VAL, "REPORTED_VARIABLES"))).isEqualTo(Bytes.of(sb(VAR,
                "REPORTED_VARIABLES", VAL, ARRAY_OPEN, VAL, "SERVER_ID", VAL, "CHARACTER_NAME", ARRAY_CLOSE)));
        assertThat(client(sb(VAR, "RESET", VAL, "REPORTED_VARIABLES"))).isEmpty();
        assertThat(server(new GmcpMessage("Char.Name", "{\"name\":\"Bob\",\"fullname\":\"Bob\"}"))).isEmpty();
    }

    @Test
    void aClientThatRefusedMsdpGetsNoneAndAGmcpClientGetsOnlyGmcp() {
        client(IAC, DONT, OPT_MSDP);
        assertThat(client(sb(VAR, "SEND", VAL, "SERVER_ID"))).isEmpty();
        client(IAC, DO, OPT_GMCP);
        assertThat(server(FOYER)).isEqualTo(Bytes.of(IAC, SB, OPT_GMCP, FOYER.wire(), IAC, SE));
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] all = new Object[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
