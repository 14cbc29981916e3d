package brass.protocols.gmcp;

/** A GMCP message: a package name such as {@code Room.Info} and its JSON body ("" for none). */
public record GmcpMessage(String gmcpPackage, String json) {

    public GmcpMessage {
        if (gmcpPackage.isEmpty() || gmcpPackage.chars().anyMatch(c -> c <= ' ' || c == 0xff)) {
            throw new IllegalArgumentException("bad GMCP package name: '" + gmcpPackage + "'");
        }
    }

    /** A message whose body is {@code value} written as JSON (maps, lists, strings, numbers, booleans, null). */
    public static GmcpMessage of(String gmcpPackage, Object value) {
        return new GmcpMessage(gmcpPackage, Json.write(value));
    }

    /** Parses the wire form {@code "Package.Message json"}. */
    public static GmcpMessage parse(String wire) {
        String s = wire.strip();
        int space = s.indexOf(' ');
        return space < 0 ? new GmcpMessage(s, "") : new GmcpMessage(s.substring(0, space), s.substring(space + 1).strip());
    }

    /** The wire form. */
    public String wire() {
        return json.isEmpty() ? gmcpPackage : gmcpPackage + " " + json;
    }
}
