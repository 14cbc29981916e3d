package brass.protocols.session;

/** One item of rendered output handed from the game loop to a {@link Transport}. */
public sealed interface Output {

    /** Rendered text, line ending included where wanted. */
    record Text(String text) implements Output {
    }

    /** A rendered prompt: the transport adds its protocol's prompt mark. */
    record Prompt(String text) implements Output {
    }

    /** A GMCP message: package name and JSON body (may be empty). */
    record Gmcp(String gmcpPackage, String json) implements Output {
    }

    /** Switches the client's local echo off (true) or back on (false). */
    record EchoOff(boolean off) implements Output {
    }

    /** The number of chars this item counts against the slow-client bound. */
    default int weight() {
        if (this instanceof Text t) {
            return t.text().length();
        }
        if (this instanceof Prompt p) {
            return p.text().length();
        }
        if (this instanceof Gmcp g) {
            return g.gmcpPackage().length() + g.json().length();
        }
        return 1;
    }
}
