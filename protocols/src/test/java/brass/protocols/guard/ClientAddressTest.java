package brass.protocols.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static ClientAddress from(String ip, int port) throws Exception {
        return ClientAddress.of(new InetSocketAddress(InetAddress.getByName(ip), port));
    }

    @Test
    void anIpv4ClientIsItsAddressWhateverThePort() throws Exception {
        assertThat(from("203.0.113.7", 50_001)).isEqualTo(from("203.0.113.7", 61_234));
        assertThat(from("203.0.113.7", 50_001).text()).isEqualTo("203.0.113.7");
        assertThat(from("203.0.113.8", 50_001)).isNotEqualTo(from("203.0.113.7", 50_001));
    }

    @Test
    void anIpv6ClientIsItsSlash64() throws Exception {
        ClientAddress a = from("2001:db8:1:2::10", 1);
        assertThat(a.text()).isEqualTo("2001:db8:1:2::/64");
        assertThat(from("2001:db8:1:2:ffff:ffff:ffff:ffff", 2)).isEqualTo(a);
        assertThat(from("2001:db8:1:3::10", 1)).isNotEqualTo(a);
        assertThat(from("::1", 1).text()).isEqualTo("0:0:0:0::/64");
    }

    @Test
    void anIpv4MappedIpv6ClientIsItsIpv4Address() throws Exception {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 203, 0, 113, 7};
        // As a dual-stack socket may report it: an Inet6Address, not converted.
        InetAddress six = Inet6Address.getByAddress(null, mapped, -1);
        assertThat(six).isInstanceOf(Inet6Address.class);
        assertThat(ClientAddress.of(new InetSocketAddress(six, 4000))).isEqualTo(from("203.0.113.7", 1));
        assertThat(from("::ffff:203.0.113.7", 1)).isEqualTo(from("203.0.113.7", 1));
    }

    @Test
    void otherAddressesAreTheirText() {
        assertThat(ClientAddress.of(InetSocketAddress.createUnresolved("example.org", 4000)).text())
                .isEqualTo("example.org");
        assertThat(ClientAddress.of(new io.netty.channel.embedded.EmbeddedChannel().remoteAddress()).text())
                .isEqualTo("embedded");
    }
}
