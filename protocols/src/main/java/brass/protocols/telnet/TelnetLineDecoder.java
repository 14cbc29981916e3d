package brass.protocols.telnet;

import brass.protocols.session.PlayerInput;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Frames the data bytes left after telnet commands are removed into lines ({@link String}s);
 * passes every other message on unchanged.
 *
 * <ul>
 *   <li>CR LF, CR NUL, bare CR and bare LF each end one line; a CR LF split across reads still
 *       ends only one line.</li>
 *   <li>Backspace (0x08) and DEL (0x7f) erase the previous character (a whole UTF-8 sequence).</li>
 *   <li>Other control characters are dropped, and so are ANSI escape sequences (arrow keys).</li>
 *   <li>A line is decoded as UTF-8, or as Latin-1 if it is not valid UTF-8; C1 controls, the
 *       byte-order mark and bidirectional controls are dropped ({@link PlayerInput}).</li>
 *   <li>A line longer than {@code maxLineBytes} is refused whole: nothing of it is passed on, an
 *       {@link InputNotice} naming the limit is, so a command is never run cut short. Memory is
 *       bounded by that length.</li>
 * </ul>
 */
public final class TelnetLineDecoder extends ChannelInboundHandlerAdapter {

    /** The longest line read, in bytes: {@link PlayerInput#MAX_LINE}, the most any command reads. */
    public static final int DEFAULT_MAX_LINE_BYTES = PlayerInput.MAX_LINE;

    private enum Escape { NONE, ESC, CSI }

    private final byte[] line;
    private int length;
    private boolean afterCr;
    private boolean overflow;
    private Escape escape = Escape.NONE;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    public TelnetLineDecoder() {
        this(DEFAULT_MAX_LINE_BYTES);
    }

    public TelnetLineDecoder(int maxLineBytes) {
        this.line = new byte[maxLineBytes];
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf buf)) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            int end = buf.writerIndex();
            for (int i = buf.readerIndex(); i < end; i++) {
                accept(ctx, buf.getByte(i) & 0xff);
            }
        } finally {
            buf.release();
        }
    }

    private void accept(ChannelHandlerContext ctx, int b) {
        if (afterCr) {
            afterCr = false;
            if (b == '\n' || b == 0) {
                return;
            }
        }
        if (escape != Escape.NONE) {
            if (escape == Escape.ESC) {
                escape = b == '[' ? Escape.CSI : Escape.NONE;
                if (escape == Escape.CSI || b >= 0x40) {
                    return;
                }
            } else if (b >= 0x40 && b <= 0x7e) {
                escape = Escape.NONE;
                return;
            } else if (b >= 0x20 && b < 0x40) {
                return;
            } else {
                escape = Escape.NONE;
            }
        }
        switch (b) {
            case '\r' -> {
                afterCr = true;
                endLine(ctx);
            }
            case '\n' -> endLine(ctx);
            case 0x08, 0x7f -> erase();
            case 0x1b -> escape = Escape.ESC;
            default -> {
                if (b < 0x20) {
                    return;
                }
                if (length < line.length) {
                    line[length++] = (byte) b;
                } else {
                    overflow = true;
                }
            }
        }
    }

    private void erase() {
        if (overflow) {
            return;
        }
        while (length > 0 && (line[length - 1] & 0xc0) == 0x80) {
            length--;
        }
        if (length > 0) {
            length--;
        }
    }

    private void endLine(ChannelHandlerContext ctx) {
        boolean refused = overflow;
        String text = refused ? null : decode();
        length = 0;
        overflow = false;
        ctx.fireChannelRead(refused ? new InputNotice(PlayerInput.tooLong(line.length, "bytes")) : text);
    }

    private String decode() {
        if (length == 0) {
            return "";
        }
        String s;
        try {
            utf8.reset();
            s = utf8.decode(ByteBuffer.wrap(line, 0, length)).toString();
        } catch (CharacterCodingException e) {
            s = new String(line, 0, length, StandardCharsets.ISO_8859_1);
        }
        return PlayerInput.clean(s);
    }

}
