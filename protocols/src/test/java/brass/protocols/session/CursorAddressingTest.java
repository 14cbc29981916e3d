package brass.protocols.session;

import static org.assertj.core.api.Assertions.assertThat;

import brass.protocols.render.ColourLevel;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may watch the animation: terminals that move the cursor, by MTTS or by terminal type. */
class CursorAddressingTest {

    static ClientCapabilities caps(String terminalType, int mtts) {
        return new ClientCapabilities(80, 24, terminalType, "", ColourLevel.ANSI16, true, mtts, false, Set.of(), false,
                false, false, false, true, false);
    }

    @Test
    void mttsDecidesWhenPresent() {
        assertThat(caps("ANSI-TRUECOLOR", ClientCapabilities.MTTS_ANSI | ClientCapabilities.MTTS_VT100).cursorAddressing()).isTrue();
        // Colour alone (Mudlet's answer) does not promise cursor movement.
        assertThat(caps("ANSI-TRUECOLOR", ClientCapabilities.MTTS_ANSI | ClientCapabilities.MTTS_TRUECOLOR).cursorAddressing()).isFalse();
    }

    @Test
    void otherwiseKnownTerminalTypes() {
        assertThat(caps("XTERM-256COLOR", 0).cursorAddressing()).isTrue();
        assertThat(caps("VT100", 0).cursorAddressing()).isTrue();
        assertThat(caps("screen", 0).cursorAddressing()).isTrue();
        assertThat(caps("DUMB", 0).cursorAddressing()).isFalse();
        assertThat(caps("", 0).cursorAddressing()).isFalse();
        assertThat(ClientCapabilities.DEFAULT.cursorAddressing()).isFalse();
    }
}
