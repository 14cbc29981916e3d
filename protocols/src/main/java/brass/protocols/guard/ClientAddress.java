package brass.protocols.guard;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where a client comes from, as the limits count it: the IP without the source port (each new
 * connection has a new port, so a port would make every connection a stranger). An IPv4 address
 * stands for itself; an IPv6 address for its /64, since one host is routinely given a whole /64
 * and can pick any address in it; an IPv4-mapped IPv6 address ({@code ::ffff:a.b.c.d}, what a
 * dual-stack socket reports for an IPv4 client) is the IPv4 address. Anything else (an
 * in-process test channel) is its text.
 *
 * @param text the canonical form: {@code 203.0.113.7}, {@code 2001:db8:0:1::/64}
 */
public record ClientAddress(String text) {

    public ClientAddress {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("a client address needs text");
        }
    }

    /** The address a connection from {@code remote} counts against. */
    public static ClientAddress of(SocketAddress remote) {
        if (remote instanceof InetSocketAddress socket) {
            InetAddress ip = socket.getAddress();
            // Unresolved (made from a name, never from a socket): its host text, looked up nowhere.
            return ip == null ? new ClientAddress(socket.getHostString()) : of(ip);
        }
        return new ClientAddress(String.valueOf(remote));
    }

    /** The address {@code ip} counts against. */
    public static ClientAddress of(InetAddress ip) {
        byte[] b = ip.getAddress();
        if (ip instanceof Inet4Address) {
            return new ClientAddress(ip.getHostAddress());
        }
        if (ip instanceof Inet6Address && isIpv4Mapped(b)) {
            try {
                return new ClientAddress(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)).getHostAddress());
            } catch (UnknownHostException cannot) {
                throw new IllegalStateException("four bytes are always an IPv4 address", cannot);
            }
        }
        StringBuilder prefix = new StringBuilder();
        for (int group = 0; group < 4; group++) {
            int value = ((b[2 * group] & 0xff) << 8) | (b[2 * group + 1] & 0xff);
            prefix.append(Integer.toHexString(value).toLowerCase(Locale.ROOT)).append(':');
        }
        return new ClientAddress(prefix.append(":/64").toString());
    }

    private static boolean isIpv4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    }

    @Override
    public String toString() {
        return text;
    }
}
