package brass.protocols.session;

import brass.protocols.render.ColourLevel;
import java.util.Set;

/**
 * What a client has told us about itself, as one immutable value: a new one arrives (through
 * {@link ConnectionListener#onCapabilities}) whenever the client says something new.
 *
 * @param width          columns (from NAWS or the SSH PTY); {@link #DEFAULT_WIDTH} until told
 * @param height         rows; {@link #DEFAULT_HEIGHT} until told
 * @param terminalType   e.g. "XTERM-256COLOR", or "" if unknown
 * @param clientName     e.g. "MUDLET", "TINTIN++", or "" if unknown
 * @param colourLevel    the colours to render with
 * @param utf8           whether to send UTF-8 (false: send Latin-1/ASCII only)
 * @param mttsFlags      the MTTS bit field the client reported, 0 if none
 * @param gmcp           GMCP is on
 * @param gmcpPackages   GMCP packages the client said it supports (lower-case names without versions)
 * @param echoOff        the server has told the client not to echo (password entry)
 * @param suppressGoAhead SGA is on: prompts are not followed by IAC GA
 * @param endOfRecord    EOR is on: prompts are followed by IAC EOR
 * @param compressing    the output stream is MCCP2-compressed
 * @param negotiating    the client speaks the telnet protocol at all (netcat does not)
 */
public record ClientCapabilities(int width, int height, String terminalType, String clientName,
                                 ColourLevel colourLevel, boolean utf8, int mttsFlags, boolean gmcp,
                                 Set<String> gmcpPackages, boolean echoOff, boolean suppressGoAhead,
                                 boolean endOfRecord, boolean compressing, boolean negotiating, boolean msdp) {

    public static final int DEFAULT_WIDTH = 80;
    public static final int DEFAULT_HEIGHT = 24;

    /** MTTS bits (the Mud Terminal Type Standard). */
    public static final int MTTS_ANSI = 1;
    public static final int MTTS_VT100 = 2;
    public static final int MTTS_UTF8 = 4;
    public static final int MTTS_256_COLORS = 8;
    public static final int MTTS_MOUSE_TRACKING = 16;
    public static final int MTTS_OSC_COLOR_PALETTE = 32;
    public static final int MTTS_SCREEN_READER = 64;
    public static final int MTTS_PROXY = 128;
    public static final int MTTS_TRUECOLOR = 256;
    public static final int MTTS_MNES = 512;
    public static final int MTTS_MSLP = 1024;
    public static final int MTTS_SSL = 2048;

    /** What we assume about a client that has said nothing: 80x24, 16 colours, UTF-8. */
    public static final ClientCapabilities DEFAULT = new ClientCapabilities(DEFAULT_WIDTH, DEFAULT_HEIGHT, "", "",
            ColourLevel.ANSI16, true, 0, false, Set.of(), false, false, false, false, false, false);

    public ClientCapabilities {
        gmcpPackages = Set.copyOf(gmcpPackages);
    }

    /**
     * Whether the session should write the GMCP message {@code pkg} at all: GMCP takes it (see
     * {@link #acceptsGmcp}), or MSDP is on and reads it (the room and the character's name).
     */
    public boolean wantsGmcp(String pkg) {
        return acceptsGmcp(pkg) || msdp && (pkg.equals("Room.Info") || pkg.equals("Char.Name"));
    }

    /** True if GMCP is on and the client announced {@code pkg} (or announced nothing, or it is Core). */
    public boolean acceptsGmcp(String pkg) {
        if (!gmcp) {
            return false;
        }
        if (gmcpPackages.isEmpty()) {
            return true;
        }
        int dot = pkg.indexOf('.');
        String root = (dot < 0 ? pkg : pkg.substring(0, dot)).toLowerCase(java.util.Locale.ROOT);
        String full = pkg.toLowerCase(java.util.Locale.ROOT);
        if (root.equals("core")) {
            return true;
        }
        for (String p : gmcpPackages) {
            if (p.equals(root) || full.startsWith(p + ".") || full.equals(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the client is a terminal that understands ANSI cursor movement, so a full-screen
     * animation can be drawn. MTTS, when present, is the client's own statement and decides
     * alone: its VT100 bit. (The ANSI bit alone promises colour only; Mudlet sets it and does not
     * move the cursor.) Otherwise a terminal type that is a known VT100 descendant.
     */
    public boolean cursorAddressing() {
        if (mttsFlags != 0) {
            return (mttsFlags & MTTS_VT100) != 0;
        }
        String t = terminalType.toLowerCase(java.util.Locale.ROOT);
        for (String known : CURSOR_TERMINALS) {
            if (t.startsWith(known)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a full-screen animation (the alternate screen, cursor movement) will be seen: a
     * terminal that {@linkplain #cursorAddressing moves the cursor} and is not a MUD client. A MUD
     * client may claim VT100 (TinTin++ sends MTTS 271) and still show a scrollback that never
     * displays the alternate screen.
     */
    public boolean fullScreenAnimation() {
        return cursorAddressing() && !mudClient();
    }

    /**
     * True when the client is a known MUD client, by the name it gave (the first TTYPE answer, or
     * GMCP's Core.Hello): TinTin++, Mudlet, MUSHclient, zMUD, CMUD, Blightmud and their kin.
     */
    public boolean mudClient() {
        String c = clientName.toUpperCase(java.util.Locale.ROOT);
        for (String known : MUD_CLIENTS) {
            if (c.startsWith(known)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an animation is best shown as a block of lines now and then (a MUD client, or a
     * terminal that cannot move its cursor, as {@code TERM=dumb}), rather than not at all (a
     * screen reader, a script, netcat: they get a sentence instead).
     */
    public boolean lineAnimation() {
        if ((mttsFlags & MTTS_SCREEN_READER) != 0) {
            return false;
        }
        return mudClient() || negotiating && terminalType.equalsIgnoreCase("dumb");
    }

    /** Names (upper-case prefixes) that MUD clients give for themselves. */
    private static final java.util.List<String> MUD_CLIENTS = java.util.List.of("TINTIN", "MUDLET", "MUSHCLIENT",
            "ZMUD", "CMUD", "BLIGHTMUD", "MUDRAMMER", "ATLANTIS", "AXMUD", "KILDCLIENT", "POTATO", "BEIP", "GGMUD",
            "KBTIN", "LYNTIN", "POWWOW", "TINYFUGUE", "MUDMASTER", "SIMPLEMU", "BLOWTORCH", "PORTAL", "MUDMAGIC",
            "WINTIN", "MUDJUNKIE", "NEXUS", "DECAF", "MUDDLER");

    /** Terminal-type prefixes of terminals that move the cursor the VT100 way. */
    private static final java.util.List<String> CURSOR_TERMINALS = java.util.List.of("xterm", "vt1", "vt2", "vt3",
            "vt4", "vt5", "ansi", "linux", "screen", "tmux", "rxvt", "putty", "konsole", "gnome", "alacritty",
            "kitty", "foot", "wezterm", "iterm", "cygwin", "st-", "eterm", "aixterm", "scoansi", "cons25");

    public ClientCapabilities withSize(int newWidth, int newHeight) {
        return new ClientCapabilities(newWidth, newHeight, terminalType, clientName, colourLevel, utf8, mttsFlags, gmcp,
                gmcpPackages, echoOff, suppressGoAhead, endOfRecord, compressing, negotiating, msdp);
    }

    public ClientCapabilities withColourLevel(ColourLevel level) {
        return new ClientCapabilities(width, height, terminalType, clientName, level, utf8, mttsFlags, gmcp,
                gmcpPackages, echoOff, suppressGoAhead, endOfRecord, compressing, negotiating, msdp);
    }

    /**
     * The colour level a client's self-description implies: MTTS bits first, then well-known
     * terminal types and client names; 16 colours when nothing is known.
     */
    public static ColourLevel colourLevelOf(int mttsFlags, String terminalType, String clientName) {
        if (mttsFlags != 0) {
            // MTTS is the client's own statement: it wins over names.
            if ((mttsFlags & MTTS_TRUECOLOR) != 0) {
                return ColourLevel.TRUECOLOR;
            }
            if ((mttsFlags & MTTS_256_COLORS) != 0) {
                return ColourLevel.ANSI256;
            }
            return (mttsFlags & MTTS_ANSI) != 0 ? ColourLevel.ANSI16 : ColourLevel.NONE;
        }
        String t = terminalType.toUpperCase(java.util.Locale.ROOT);
        String c = clientName.toUpperCase(java.util.Locale.ROOT);
        if (t.contains("TRUECOLOR") || t.endsWith("-DIRECT") || c.startsWith("MUDLET")) {
            return ColourLevel.TRUECOLOR;
        }
        if (t.contains("256") || t.equals("XTERM") || c.startsWith("TINTIN") || c.startsWith("MUSHCLIENT")
                || c.startsWith("CMUD")) {
            return ColourLevel.ANSI256;
        }
        return t.equals("DUMB") ? ColourLevel.NONE : ColourLevel.ANSI16;
    }
}
