package brass.load;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The local addresses the players connect from, as {@code --source-addresses} gives them: a comma
 * list of addresses and IPv4 ranges ({@code 127.0.0.2-127.0.0.9}). One source address has about
 * 28,000 ephemeral ports towards one server port (Linux's default 32768-60999), so 50,000 players
 * need at least two; on Linux every address of 127.0.0.0/8 is the loopback, with no set-up.
 */
public final class SourceAddresses {

    /** More than any test needs, few enough that a typing slip does not bind a /8. */
    static final int MAX = 256;

    private SourceAddresses() {
    }

    /** The addresses of {@code spec}, in order; an empty list for an empty or blank spec. */
    public static List<InetAddress> parse(String spec) {
        List<InetAddress> out = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return out;
        }
        for (String part : spec.split(",")) {
            String p = part.strip();
            int dash = p.indexOf('-');
            if (dash < 0) {
                out.add(address(p));
            } else {
                long first = ipv4(p.substring(0, dash).strip());
                long last = ipv4(p.substring(dash + 1).strip());
                if (last < first) {
                    throw new IllegalArgumentException("the source address range '" + p + "' ends before it starts");
                }
                if (last - first + 1 > MAX) {
                    throw new IllegalArgumentException("the source address range '" + p + "' has "
                            + (last - first + 1) + " addresses; at most " + MAX + " are taken");
                }
                for (long a = first; a <= last; a++) {
                    out.add(fromInt(a));
                }
            }
            if (out.size() > MAX) {
                throw new IllegalArgumentException("at most " + MAX + " source addresses are taken, not " + out.size());
            }
        }
        return out;
    }

    private static InetAddress address(String literal) {
        if (literal.isEmpty() || !literal.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
            throw new IllegalArgumentException("'" + literal + "' is not an IP address");
        }
        try {
            return InetAddress.getByName(literal); // a literal: no name is looked up
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + literal + "' is not an IP address");
        }
    }

    private static long ipv4(String literal) {
        byte[] b = address(literal).getAddress();
        if (b.length != 4) {
            throw new IllegalArgumentException("a range of source addresses is IPv4 only, not '" + literal + "'");
        }
        return ((b[0] & 0xffL) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    }

    private static InetAddress fromInt(long a) {
        byte[] b = {(byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), (byte) a};
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // four bytes are always an address
        }
    }
}
