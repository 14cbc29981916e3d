package brass.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SourceAddressesTest {

    private static List<String> parsed(String spec) {
        return SourceAddresses.parse(spec).stream().map(InetAddress::getHostAddress).toList();
    }

    @Test
    void addressesAndRangesInTheOrderGiven() {
        assertThat(parsed("127.0.0.2-127.0.0.4, 10.0.0.9")).containsExactly("127.0.0.2", "127.0.0.3", "127.0.0.4",
                "10.0.0.9");
        assertThat(parsed("127.0.0.255-127.0.1.1")).containsExactly("127.0.0.255", "127.0.1.0", "127.0.1.1");
        assertThat(parsed("::1")).containsExactly("0:0:0:0:0:0:0:1");
        assertThat(parsed("")).isEmpty();
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> SourceAddresses.parse("localhost"))
                .hasMessage("'localhost' is not an IP address");
        assertThatThrownBy(() -> SourceAddresses.parse("127.0.0.9-127.0.0.2"))
                .hasMessage("the source address range '127.0.0.9-127.0.0.2' ends before it starts");
        assertThatThrownBy(() -> SourceAddresses.parse("127.0.0.1-127.0.2.1"))
                .hasMessage("the source address range '127.0.0.1-127.0.2.1' has 513 addresses; at most 256 are taken");
        assertThatThrownBy(() -> SourceAddresses.parse("::1-::2"))
                .hasMessage("a range of source addresses is IPv4 only, not '::1'");
    }

    @Test
    void playersTakeTheAddressesInTurn() {
        LoadPlan plan = new LoadPlan("127.0.0.1", 4000, 5, 5, Duration.ofSeconds(1), 0, Duration.ZERO,
                CommandMix.parse(CommandMix.DEFAULT), true, "load", "secret-password", Duration.ofSeconds(30),
                OptionalLong.empty(), null, SourceAddresses.parse("127.0.0.2-127.0.0.3"));
        assertThat(plan.sourceAddressOf(0).getHostAddress()).isEqualTo("127.0.0.2");
        assertThat(plan.sourceAddressOf(1).getHostAddress()).isEqualTo("127.0.0.3");
        assertThat(plan.sourceAddressOf(4).getHostAddress()).isEqualTo("127.0.0.2");
        LoadPlan plain = new LoadPlan("127.0.0.1", 4000, 5, 5, Duration.ofSeconds(1), 0, Duration.ZERO,
                CommandMix.parse(CommandMix.DEFAULT), true, "load", "secret-password", Duration.ofSeconds(30),
                OptionalLong.empty(), null);
        assertThat(plain.sourceAddressOf(3)).isNull();
    }

    @Test
    void tooFewOpenFilesForThePlayersIsSaidBeforeTheRun() {
        assertThat(LoadRun.fileLimitShortfall(1_000, 20_000)).isNull();
        assertThat(LoadRun.fileLimitShortfall(1_000, -1)).isNull();
        assertThat(LoadRun.fileLimitShortfall(50_000, 20_000)).isEqualTo("load: this process may open 20000 files, "
                + "too few for 50000 players (a socket each); those beyond it will fail to connect. Raise it with "
                + "ulimit -n (bin/brass load lifts it to the hard limit, ulimit -Hn)");
        assertThat(LoadRun.openFileLimit()).isPositive();
    }
}
