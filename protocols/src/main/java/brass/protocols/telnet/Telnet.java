package brass.protocols.telnet;

/** Telnet byte values (RFC 854/855) and the option numbers Brass speaks. */
public final class Telnet {

    private Telnet() {
    }

    public static final int IAC = 255;
    public static final int DONT = 254;
    public static final int DO = 253;
    public static final int WONT = 252;
    public static final int WILL = 251;
    public static final int SB = 250;
    public static final int GA = 249;
    public static final int EL = 248;
    public static final int EC = 247;
    public static final int AYT = 246;
    public static final int AO = 245;
    public static final int IP = 244;
    public static final int BRK = 243;
    public static final int DM = 242;
    public static final int NOP = 241;
    public static final int SE = 240;
    /** End of record (RFC 885): marks the end of a prompt when option EOR is on. */
    public static final int EOR = 239;

    public static final int OPT_ECHO = 1;
    public static final int OPT_SGA = 3;
    public static final int OPT_TTYPE = 24;
    public static final int OPT_EOR = 25;
    public static final int OPT_NAWS = 31;
    public static final int OPT_CHARSET = 42;
    public static final int OPT_MSDP = 69;
    public static final int OPT_MSSP = 70;
    public static final int OPT_MCCP2 = 86;
    public static final int OPT_GMCP = 201;

    /** TTYPE subcommands (RFC 1091). */
    public static final int TTYPE_IS = 0;
    public static final int TTYPE_SEND = 1;

    /** CHARSET subcommands (RFC 2066). */
    public static final int CHARSET_REQUEST = 1;
    public static final int CHARSET_ACCEPTED = 2;
    public static final int CHARSET_REJECTED = 3;

    /** MSSP markers. */
    public static final int MSSP_VAR = 1;
    public static final int MSSP_VAL = 2;

    public static String verbName(int verb) {
        return switch (verb) {
            case WILL -> "WILL";
            case WONT -> "WONT";
            case DO -> "DO";
            case DONT -> "DONT";
            default -> String.valueOf(verb);
        };
    }

    public static String optionName(int option) {
        return switch (option) {
            case OPT_ECHO -> "ECHO";
            case OPT_SGA -> "SGA";
            case OPT_TTYPE -> "TTYPE";
            case OPT_EOR -> "EOR";
            case OPT_NAWS -> "NAWS";
            case OPT_CHARSET -> "CHARSET";
            case OPT_MSDP -> "MSDP";
            case OPT_MSSP -> "MSSP";
            case OPT_MCCP2 -> "MCCP2";
            case OPT_GMCP -> "GMCP";
            default -> String.valueOf(option);
        };
    }
}
