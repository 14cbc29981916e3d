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
}
