package brass.protocols.guard;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.clock.ManualClock;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class ConnectionGateTest {

    private final ConnectionGate gate = new ConnectionGate(new ConnectionGate.Caps(2, 3),
            new LogLimiter(new ManualClock(), LogLimiter.Budget.defaults()));

    private static InetSocketAddress at(String ip, int port) throws Exception {
        return new InetSocketAddress(InetAddress.getByName(ip), port);
    }

    @Test
    void anAddressGetsItsCapWhateverItsPortsAndAPlaceFreedIsTakenAgain() throws Exception {
        ConnectionGate.Admission first = gate.admit(at("203.0.113.7", 50_001), "telnet");
        ConnectionGate.Admission second = gate.admit(at("203.0.113.7", 50_002), "ssh");
        ConnectionGate.Admission third = gate.admit(at("203.0.113.7", 50_003), "telnet");
        assertThat(first.admitted()).isTrue();
        assertThat(second.admitted()).isTrue();
        assertThat(third.admitted()).isFalse();
        assertThat(third.refusal()).isEqualTo("Too many connections from your address; try again later.");
        third.release();
        assertThat(gate.openFrom(new ClientAddress("203.0.113.7"))).isEqualTo(2);
        first.release();
        first.release();
        assertThat(gate.openFrom(new ClientAddress("203.0.113.7"))).isEqualTo(1);
        assertThat(gate.admit(at("203.0.113.7", 50_004), "telnet").admitted()).isTrue();
    }

    @Test
    void theTotalCapCountsEveryAddress() throws Exception {
        assertThat(gate.admit(at("203.0.113.1", 1), "telnet").admitted()).isTrue();
        assertThat(gate.admit(at("203.0.113.2", 1), "telnet").admitted()).isTrue();
        ConnectionGate.Admission third = gate.admit(at("2001:db8::1", 1), "ssh");
        assertThat(third.admitted()).isTrue();
        ConnectionGate.Admission fourth = gate.admit(at("203.0.113.4", 1), "ssh");
        assertThat(fourth.refusal()).isEqualTo("The server is full; try again later.");
        third.release();
        assertThat(gate.openInAll()).isEqualTo(2);
        assertThat(gate.admit(at("203.0.113.4", 1), "ssh").admitted()).isTrue();
    }

    @Test
    void anIpv6Slash64IsOneAddress() throws Exception {
        assertThat(gate.admit(at("2001:db8:0:1::a", 1), "ssh").admitted()).isTrue();
        assertThat(gate.admit(at("2001:db8:0:1::b", 1), "ssh").admitted()).isTrue();
        assertThat(gate.admit(at("2001:db8:0:1::c", 1), "ssh").admitted()).isFalse();
    }
}
