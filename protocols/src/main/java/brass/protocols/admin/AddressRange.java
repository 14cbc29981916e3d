package brass.protocols.admin;

import io.netty.util.NetUtil;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * A block of IP addresses to ban, as a network address and a prefix length: one IPv4 address is
 * a /32; one IPv6 address stands for its whole /64, because an IPv6 host picks its own low 64
 * bits and can change them at will; a CIDR block ({@code 203.0.113.0/24}) is taken as written.
 * The network address is kept masked, so equal blocks are equal however they were typed.
 */
public record AddressRange(InetAddress network, int prefix) implements BanTarget {

    /** The prefix a single IPv6 address is widened to. */
    public static final int IPV6_HOST_PREFIX = 64;

    public AddressRange {
        int bits = network.getAddress().length * 8;
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("An " + family(network) + " block is written /0 to /" + bits
                    + ", not /" + prefix + ".");
        }
        network = masked(network, prefix);
    }

    /**
     * Reads an IP address or a CIDR block as an admin types it; empty when the text is not an
     * address at all. Never asks DNS: only literal addresses are read.
     *
     * @throws IllegalArgumentException when it is an address with an impossible prefix
     */
    public static Optional<AddressRange> parse(String text) {
        String t = text.strip();
        int slash = t.indexOf('/');
        InetAddress address = NetUtil.createInetAddressFromIpAddressString(slash < 0 ? t : t.substring(0, slash));
        if (address == null) {
            return Optional.empty();
        }
        if (slash < 0) {
            return Optional.of(new AddressRange(address, address instanceof Inet6Address ? IPV6_HOST_PREFIX
                    : address.getAddress().length * 8));
        }
        String bits = t.substring(slash + 1);
        if (!bits.matches("\\d{1,3}")) {
            throw new IllegalArgumentException("'" + t + "': after the / comes the prefix length, a number.");
        }
        return Optional.of(new AddressRange(address, Integer.parseInt(bits)));
    }

    /** The IP address of a client, when it has one (a test's unresolved address is read as a literal). */
    public static Optional<InetAddress> of(SocketAddress client) {
        if (!(client instanceof InetSocketAddress socket)) {
            return Optional.empty();
        }
        if (socket.getAddress() != null) {
            return Optional.of(socket.getAddress());
        }
        return Optional.ofNullable(NetUtil.createInetAddressFromIpAddressString(socket.getHostString()));
    }

    public boolean contains(InetAddress address) {
        return address.getAddress().length == network.getAddress().length
                && masked(address, prefix).equals(network);
    }

    @Override
    public String kind() {
        return "address";
    }

    /** {@code 203.0.113.0/24}, {@code 2001:db8:1:2::/64}: IPv6 in its shortest form (RFC 5952). */
    @Override
    public String text() {
        return NetUtil.toAddressString(network) + "/" + prefix;
    }

    @Override
    public String shown() {
        return text();
    }

    private static InetAddress masked(InetAddress address, int prefix) {
        byte[] bytes = address.getAddress();
        for (int i = 0; i < bytes.length; i++) {
            int keep = Math.max(0, Math.min(8, prefix - 8 * i));
            bytes[i] &= (byte) (0xff00 >> keep);
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String family(InetAddress address) {
        return address instanceof Inet6Address ? "IPv6" : "IPv4";
    }
}
