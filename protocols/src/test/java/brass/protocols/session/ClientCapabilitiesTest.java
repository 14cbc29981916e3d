package brass.protocols.session;

import static org.assertj.core.api.Assertions.assertThat;

import brass.protocols.render.ColourLevel;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientCapabilitiesTest {

    @Test
    void colourLevelFromMttsFirst() {
        assertThat(ClientCapabilities.colourLevelOf(1 | 4 | 8 | 256, "", "")).isEqualTo(ColourLevel.TRUECOLOR);
        assertThat(ClientCapabilities.colourLevelOf(1 | 8, "", "")).isEqualTo(ColourLevel.ANSI256);
        assertThat(ClientCapabilities.colourLevelOf(1, "XTERM-256COLOR", "MUDLET")).isEqualTo(ColourLevel.ANSI16);
        assertThat(ClientCapabilities.colourLevelOf(4, "", "")).isEqualTo(ColourLevel.NONE);
    }

    @Test
    void colourLevelFromNames() {
        assertThat(ClientCapabilities.colourLevelOf(0, "xterm-256color", "")).isEqualTo(ColourLevel.ANSI256);
        assertThat(ClientCapabilities.colourLevelOf(0, "xterm", "")).isEqualTo(ColourLevel.ANSI256);
        assertThat(ClientCapabilities.colourLevelOf(0, "konsole-direct", "")).isEqualTo(ColourLevel.TRUECOLOR);
        assertThat(ClientCapabilities.colourLevelOf(0, "ANSI", "MUDLET")).isEqualTo(ColourLevel.TRUECOLOR);
        assertThat(ClientCapabilities.colourLevelOf(0, "dumb", "")).isEqualTo(ColourLevel.NONE);
        assertThat(ClientCapabilities.colourLevelOf(0, "", "")).isEqualTo(ColourLevel.ANSI16);
    }

    @Test
    void gmcpPackagesFilter() {
        ClientCapabilities none = ClientCapabilities.DEFAULT;
        assertThat(none.acceptsGmcp("Core.Hello")).isFalse();
        ClientCapabilities all = new ClientCapabilities(80, 24, "", "", ColourLevel.ANSI16, true, 0, true, Set.of(),
                false, false, false, false, true, false);
        assertThat(all.acceptsGmcp("Room.Info")).isTrue();
        ClientCapabilities some = new ClientCapabilities(80, 24, "", "", ColourLevel.ANSI16, true, 0, true,
                Set.of("comm.channel"), false, false, false, false, true, false);
        assertThat(some.acceptsGmcp("Comm.Channel.Text")).isTrue();
        assertThat(some.acceptsGmcp("Comm.Other")).isFalse();
        assertThat(some.acceptsGmcp("Room.Info")).isFalse();
        assertThat(some.acceptsGmcp("Core.Ping")).isTrue();
    }

    private static ClientCapabilities client(String terminalType, String name, int mtts, boolean negotiating) {
        return new ClientCapabilities(80, 24, terminalType, name, ColourLevel.ANSI16, true, mtts, false, Set.of(),
                false, false, false, false, negotiating, false);
    }

    @Test
    void mudClientsAreKnownByNameAndWatchInLinesWhateverTheirMttsSays() {
        ClientCapabilities tintin = client("XTERM", "TinTin++", 271, true);
        assertThat(tintin.cursorAddressing()).isTrue();
        assertThat(tintin.mudClient()).isTrue();
        assertThat(tintin.fullScreenAnimation()).isFalse();
        assertThat(tintin.lineAnimation()).isTrue();
        assertThat(client("ANSI", "MUDLET", 1 | 4 | 8 | 256, true).lineAnimation()).isTrue();
        assertThat(client("", "MUSHclient", 0, true).mudClient()).isTrue();
        assertThat(client("", "Blightmud", 0, true).mudClient()).isTrue();
        // A terminal: full screen. A dumb one with a PTY: lines. A screen reader or netcat: neither.
        ClientCapabilities xterm = client("XTERM-256COLOR", "XTERM-256COLOR", 0, true);
        assertThat(xterm.fullScreenAnimation()).isTrue();
        assertThat(xterm.lineAnimation()).isFalse();
        assertThat(client("DUMB", "ssh", 0, true).lineAnimation()).isTrue();
        assertThat(client("DUMB", "ssh", 0, false).lineAnimation()).isFalse();
        assertThat(client("", "MUDLET", ClientCapabilities.MTTS_SCREEN_READER | 1, true).lineAnimation()).isFalse();
        assertThat(ClientCapabilities.DEFAULT.lineAnimation()).isFalse();
    }
}
