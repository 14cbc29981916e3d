package brass.protocols.telnet.option;

import brass.protocols.telnet.EscapedData;
import brass.protocols.telnet.SharedText;
import brass.protocols.telnet.Telnet;
import brass.protocols.telnet.TelnetSubnegotiation;
import brass.protocols.telnet.TextRun;
import io.netty.channel.ChannelPromise;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CHARSET (RFC 2066), and the encoder of every text written to the client: text ({@link
 * CharSequence}) goes out as UTF-8, or as Latin-1 once the client has turned UTF-8 down (a character
 * Latin-1 lacks becomes '?'). A {@link TextRun} (a batch's text, its {@link SharedText} lines made
 * once for every connection that writes them, and its prompt marks) becomes one buffer. We ask for UTF-8 once either side is on; a client's own request is
 * accepted if it lists UTF-8.
 */
public final class CharsetOption extends TelnetOption {

    private boolean requested;

    public CharsetOption() {
        super(Telnet.OPT_CHARSET, new Terms(true, false, true, true));
    }

    @Override
    public void localChanged(OptionContext c, boolean enabled) {
        if (enabled) {
            request(c);
        }
    }

    @Override
    public void remoteChanged(OptionContext c, boolean enabled) {
        if (enabled) {
            request(c);
        }
    }

    @Override
    public boolean write(OptionContext c, Object msg, ChannelPromise promise) {
        if (msg instanceof TextRun run) {
            c.forward(new EscapedData(run.encode(c.handlerContext().alloc(), c.profile().utf8(),
                    EndOfRecordOption.promptCommand(c))), promise);
            return true;
        }
        if (!(msg instanceof CharSequence text)) {
            return false;
        }
        // One way to make text's bytes: a notice or frame is a run of one, with no prompt in it.
        c.forward(new EscapedData(new TextRun(List.of(text.toString())).encode(c.handlerContext().alloc(),
                c.profile().utf8(), -1)), promise);
        return true;
    }

    private void request(OptionContext c) {
        if (!requested) {
            requested = true;
            c.send(subnegotiation(Telnet.CHARSET_REQUEST, ";UTF-8"));
        }
    }

    @Override
    public void subnegotiation(OptionContext c, byte[] p) {
        if (p.length == 0) {
            return;
        }
        ClientProfile profile = c.profile();
        switch (p[0]) {
            case Telnet.CHARSET_ACCEPTED -> {
                profile.utf8 = isUtf8(ClientProfile.ascii(p, 1));
                c.changed();
            }
            case Telnet.CHARSET_REJECTED -> {
                if (!profile.mttsSaysUtf8()) {
                    profile.utf8 = false;
                    c.changed();
                }
            }
            case Telnet.CHARSET_REQUEST -> {
                if (listsUtf8(ClientProfile.ascii(p, 1))) {
                    profile.utf8 = true;
                    c.changed();
                    c.send(subnegotiation(Telnet.CHARSET_ACCEPTED, "UTF-8"));
                } else {
                    c.send(new TelnetSubnegotiation(Telnet.OPT_CHARSET, new byte[] {Telnet.CHARSET_REJECTED}));
                }
            }
            default -> {
            }
        }
    }

    /** The client offers a list "sep cs1 sep cs2 ...", perhaps after "[TTABLE]" and a version byte. */
    private static boolean listsUtf8(String list) {
        if (list.startsWith("[TTABLE]") && list.length() > 9) {
            list = list.substring(9);
        }
        if (list.isEmpty()) {
            return false;
        }
        for (String cs : list.substring(1).split(Pattern.quote(list.substring(0, 1)))) {
            if (isUtf8(cs)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUtf8(String name) {
        return name.equalsIgnoreCase("UTF-8") || name.equalsIgnoreCase("UTF8");
    }

    private static TelnetSubnegotiation subnegotiation(int command, String text) {
        byte[] name = text.getBytes(StandardCharsets.US_ASCII);
        byte[] payload = new byte[name.length + 1];
        payload[0] = (byte) command;
        System.arraycopy(name, 0, payload, 1, name.length);
        return new TelnetSubnegotiation(Telnet.OPT_CHARSET, payload);
    }
}
