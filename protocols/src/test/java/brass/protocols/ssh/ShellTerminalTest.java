package brass.protocols.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import brass.protocols.render.ColourLevel;
import brass.protocols.session.ClientCapabilities;
import org.apache.sshd.common.channel.PtyMode;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.StandardEnvironment;
import org.junit.jupiter.api.Test;

/** What a client's session request makes of its terminal, as MINA hands it to the shell. */
class ShellTerminalTest {

    private static StandardEnvironment pty(String term, String columns, String lines) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPtyModes().put(PtyMode.ECHO, 1);
        env.set(Environment.ENV_TERM, term);
        env.set(Environment.ENV_COLUMNS, columns);
        env.set(Environment.ENV_LINES, lines);
        return env;
    }

    @Test
    void aPtyWithATerminalGetsTheFullScreenAtItsSizeAndColours() {
        ShellTerminal t = ShellTerminal.of(pty("xterm-256color", "132", "43"));
        assertThat(t).isEqualTo(new ShellTerminal("xterm-256color", true, 132, 43, ColourLevel.ANSI256));
        assertThat(t.fullScreen()).isTrue();
        ClientCapabilities caps = t.capabilities(100, 40);
        assertThat(caps.width()).isEqualTo(100);
        assertThat(caps.height()).isEqualTo(40);
        assertThat(caps.terminalType()).isEqualTo("XTERM-256COLOR");
        assertThat(caps.clientName()).isEqualTo("ssh");
        assertThat(caps.negotiating()).isTrue();
    }

    @Test
    void aDumbTerminalGetsLinesWhateverItsPty() {
        ShellTerminal t = ShellTerminal.of(pty("dumb", "80", "24"));
        assertThat(t.pty()).isTrue();
        assertThat(t.fullScreen()).isFalse();
        assertThat(t.colours()).isEqualTo(ColourLevel.NONE);
    }

    @Test
    void withoutAPtyThereAreNoColoursAndTheDefaultSize() {
        StandardEnvironment env = new StandardEnvironment();
        env.set(Environment.ENV_TERM, "xterm-256color");
        ShellTerminal t = ShellTerminal.of(env);
        assertThat(t).isEqualTo(new ShellTerminal("xterm-256color", false, ClientCapabilities.DEFAULT_WIDTH,
                ClientCapabilities.DEFAULT_HEIGHT, ColourLevel.NONE));
        assertThat(t.fullScreen()).isFalse();
        assertThat(t.capabilities(80, 24).negotiating()).isFalse();
    }

    @Test
    void aSizeThatMakesNoSenseIsTheFallback() {
        ShellTerminal t = ShellTerminal.of(pty("xterm", "wide", "-3"));
        assertThat(t.width()).isEqualTo(ClientCapabilities.DEFAULT_WIDTH);
        assertThat(t.height()).isEqualTo(ClientCapabilities.DEFAULT_HEIGHT);
        assertThat(ShellTerminal.size(" 90 ", 80)).isEqualTo(90);
        assertThat(ShellTerminal.size(null, 33)).isEqualTo(33);
        assertThat(ShellTerminal.size("0", 33)).isEqualTo(33);
    }
}
