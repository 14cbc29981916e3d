package brass.protocols.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Ban targets as admins type them, and lengths of time. */
class AddressRangeTest {

    private static InetAddress ip(String literal) {
        return AddressRange.of(InetSocketAddress.createUnresolved(literal, 1)).orElseThrow();
    }

    @Test
    void addressesAndBlocksAreReadWithoutDnsAndKeptMasked() {
        assertThat(BanTarget.parse("203.0.113.7").text()).isEqualTo("203.0.113.7/32");
        assertThat(BanTarget.parse("203.0.113.7/24").text()).isEqualTo("203.0.113.0/24");
        assertThat(BanTarget.parse("2001:DB8:0:2:aaaa::5").text()).isEqualTo("2001:db8:0:2::/64");
        assertThat(BanTarget.parse("2001:db8::1/128").text()).isEqualTo("2001:db8::1/128");
        assertThat(BanTarget.parse("2001:db8:ffff::/33").text()).isEqualTo("2001:db8:8000::/33");
        assertThat(BanTarget.parse("0.0.0.0/0").text()).isEqualTo("0.0.0.0/0");
        assertThat(BanTarget.parse("Mallory")).isEqualTo(new BanTarget.Name("mallory"));
        assertThat(BanTarget.parse(" MALLORY ").shown()).isEqualTo("Mallory");
        assertThat(BanTarget.parse("203.0.113.99/24")).isEqualTo(BanTarget.parse("203.0.113.0/24"));
        assertThat(BanTarget.stored("address", "203.0.113.0/24")).isEqualTo(BanTarget.parse("203.0.113.1/24"));
        assertThat(BanTarget.stored("name", "mallory")).isEqualTo(BanTarget.parse("Mallory"));
    }

    @Test
    void whatIsNeitherANameNorAnAddressIsRefusedInWords() {
        for (String bad : new String[] {"localhost.example", "10.0.0", "1.2.3.4.5", "::g", "no name", "x1"}) {
            assertThatThrownBy(() -> BanTarget.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("'" + bad + "' is neither a character's name nor an IP address (such as 203.0.113.7,"
                            + " 2001:db8::1 or 203.0.113.0/24).");
        }
        assertThatThrownBy(() -> BanTarget.parse("2001:db8::/129")).hasMessage("An IPv6 block is written /0 to /128, not /129.");
        assertThatThrownBy(() -> BanTarget.parse("10.0.0.0/x")).hasMessage("'10.0.0.0/x': after the / comes the prefix length, a number.");
        assertThatThrownBy(() -> BanTarget.stored("cat", "x")).hasMessage("unknown kind of ban: cat");
    }

    @Test
    void aBlockContainsItsAddressesOnly() {
        AddressRange v4 = (AddressRange) BanTarget.parse("203.0.113.0/24");
        assertThat(v4.contains(ip("203.0.113.255"))).isTrue();
        assertThat(v4.contains(ip("203.0.114.0"))).isFalse();
        assertThat(v4.contains(ip("2001:db8::1"))).isFalse();
        AddressRange v6 = (AddressRange) BanTarget.parse("2001:db8:0:2::9");
        assertThat(v6.contains(ip("2001:db8:0:2:ffff:ffff:ffff:ffff"))).isTrue();
        assertThat(v6.contains(ip("2001:db8:0:3::"))).isFalse();
        assertThat(v6.contains(ip("203.0.113.1"))).isFalse();
        // A dual-stack socket reports an IPv4 client as IPv4-mapped IPv6: it is the IPv4 address.
        assertThat(v4.contains(ip("::ffff:203.0.113.9"))).isTrue();
        assertThat(AddressRange.of(InetSocketAddress.createUnresolved("not-an-ip", 1))).isEmpty();
    }

    @Test
    void lengthsOfTimeAsAdminsTypeAndPlayersReadThem() {
        assertThat(TimeSpans.parse("30m")).contains(Duration.ofMinutes(30));
        assertThat(TimeSpans.parse("2H")).contains(Duration.ofHours(2));
        assertThat(TimeSpans.parse("7d")).contains(Duration.ofDays(7));
        assertThat(TimeSpans.parse("1d12h")).contains(Duration.ofHours(36));
        assertThat(TimeSpans.parse("45s")).contains(Duration.ofSeconds(45));
        for (String no : new String[] {"", "7", "d", "1.5h", "-1h", "2 h", "spamming", "1234567890d"}) {
            assertThat(TimeSpans.parse(no)).as(no).isEmpty();
        }
        assertThat(TimeSpans.words(Duration.ofSeconds(90))).isEqualTo("1 minute 30 seconds");
        assertThat(TimeSpans.words(Duration.ofHours(36).plusSeconds(59))).isEqualTo("1 day 12 hours");
        assertThat(TimeSpans.words(Duration.ofDays(7))).isEqualTo("7 days");
        assertThat(TimeSpans.words(Duration.ofHours(2).plusSeconds(5))).isEqualTo("2 hours");
        assertThat(TimeSpans.words(Duration.ofMillis(400))).isEqualTo("a moment");
    }
}
