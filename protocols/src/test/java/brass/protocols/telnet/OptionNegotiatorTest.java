package brass.protocols.telnet;

import static brass.protocols.telnet.Telnet.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class OptionNegotiatorTest {

    /** Records what a negotiator sends and reports. */
    static final class Recorder implements OptionNegotiator.Peer {
        final List<TelnetNegotiation> sent = new ArrayList<>();
        final List<String> changes = new ArrayList<>();

        @Override
        public void send(int verb, int option) {
            sent.add(new TelnetNegotiation(verb, option));
        }

        @Override
        public void localChanged(int option, boolean enabled) {
            changes.add("local " + optionName(option) + " " + enabled);
        }

        @Override
        public void remoteChanged(int option, boolean enabled) {
            changes.add("remote " + optionName(option) + " " + enabled);
        }
    }

    static OptionNegotiator.Policy accepting(Set<Integer> local, Set<Integer> remote) {
        return new OptionNegotiator.Policy() {
            @Override
            public boolean acceptLocal(int option) {
                return local.contains(option);
            }

            @Override
            public boolean acceptRemote(int option) {
                return remote.contains(option);
            }
        };
    }

    private final Recorder rec = new Recorder();
    private final OptionNegotiator neg = new OptionNegotiator(rec, accepting(Set.of(OPT_SGA), Set.of(OPT_NAWS)));

    @Test
    void agreesToAcceptedOptionsOnceAndRefusesOthersPolitely() {
        neg.receive(DO, OPT_SGA);
        neg.receive(DO, OPT_SGA);
        neg.receive(WILL, OPT_NAWS);
        neg.receive(WILL, 99);
        neg.receive(DO, 99);
        neg.receive(WONT, 99);
        assertThat(rec.sent).containsExactly(new TelnetNegotiation(WILL, OPT_SGA), new TelnetNegotiation(DO, OPT_NAWS),
                new TelnetNegotiation(DONT, 99), new TelnetNegotiation(WONT, 99));
        assertThat(rec.changes).containsExactly("local SGA true", "remote NAWS true");
    }

    @Test
    void ourRequestAnsweredPositivelyIsNotAnsweredAgain() {
        neg.enableLocal(OPT_ECHO);
        neg.receive(DO, OPT_ECHO);
        neg.receive(DO, OPT_ECHO);
        assertThat(rec.sent).containsExactly(new TelnetNegotiation(WILL, OPT_ECHO));
        assertThat(neg.isLocalEnabled(OPT_ECHO)).isTrue();
        neg.disableLocal(OPT_ECHO);
        neg.receive(DONT, OPT_ECHO);
        neg.receive(DONT, OPT_ECHO);
        assertThat(rec.sent).containsExactly(new TelnetNegotiation(WILL, OPT_ECHO), new TelnetNegotiation(WONT, OPT_ECHO));
        assertThat(rec.changes).containsExactly("local ECHO true", "local ECHO false");
    }

    @Test
    void refusalOfOurRequestEndsIt() {
        neg.enableRemote(OPT_TTYPE);
        neg.receive(WONT, OPT_TTYPE);
        neg.receive(WONT, OPT_TTYPE);
        assertThat(rec.sent).containsExactly(new TelnetNegotiation(DO, OPT_TTYPE));
        assertThat(neg.remoteState(OPT_TTYPE)).isEqualTo(OptionNegotiator.Q.NO);
    }

    @Test
    void aChangeOfMindWhileWaitingIsQueuedNotSentTwice() {
        neg.enableLocal(OPT_ECHO);       // WILL sent, WANTYES
        neg.disableLocal(OPT_ECHO);      // queued
        neg.enableLocal(OPT_ECHO);       // queue cleared
        neg.disableLocal(OPT_ECHO);      // queued again
        assertThat(rec.sent).containsExactly(new TelnetNegotiation(WILL, OPT_ECHO));
        neg.receive(DO, OPT_ECHO);       // answered: now ask to disable
        assertThat(rec.sent).containsExactly(new TelnetNegotiation(WILL, OPT_ECHO), new TelnetNegotiation(WONT, OPT_ECHO));
        neg.receive(DONT, OPT_ECHO);
        assertThat(neg.localState(OPT_ECHO)).isEqualTo(OptionNegotiator.Q.NO);
        assertThat(rec.sent).hasSize(2);
    }

    @Test
    void aClientThatEchoesOurRequestsBackCausesNoLoop() {
        // A broken client that answers DO with DO and WILL with WILL (echoing bytes back).
        neg.enableRemote(OPT_NAWS);
        neg.enableLocal(OPT_SGA);
        List<TelnetNegotiation> first = List.copyOf(rec.sent);
        for (TelnetNegotiation n : first) {
            // Our DO NAWS comes back as DO NAWS (a request for *us* to do NAWS, which we refuse once),
            // our WILL SGA comes back as WILL SGA (the client offers SGA; not accepted remotely).
            neg.receive(n.verb(), n.option());
        }
        int afterOneRound = rec.sent.size();
        assertThat(afterOneRound).isEqualTo(first.size() + 2); // one refusal each
        // Echoing the refusals back (WONT NAWS, DONT SGA) ends both requests without another word.
        for (TelnetNegotiation n : List.copyOf(rec.sent.subList(first.size(), afterOneRound))) {
            neg.receive(n.verb(), n.option());
        }
        assertThat(rec.sent).hasSize(afterOneRound);
        assertThat(neg.remoteState(OPT_NAWS)).isEqualTo(OptionNegotiator.Q.NO);
        assertThat(neg.localState(OPT_SGA)).isEqualTo(OptionNegotiator.Q.NO);
        // Any further request gets at most one answer: never an amplification.
        for (int round = 0; round < 5; round++) {
            int before = rec.sent.size();
            neg.receive(DO, OPT_NAWS);
            assertThat(rec.sent.size() - before).isLessThanOrEqualTo(1);
        }
    }

    /** Two negotiators wired back to back; random wishes on both sides always settle, in agreement. */
    @Property(tries = 300)
    void twoPeersAlwaysSettleAndAgree(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 7) Integer> wishes) {
        ArrayDeque<Object[]> wire = new ArrayDeque<>();
        Recorder ra = new Recorder();
        Recorder rb = new Recorder();
        OptionNegotiator.Policy all = accepting(Set.of(1, 3), Set.of(1, 3));
        OptionNegotiator[] peers = new OptionNegotiator[2];
        peers[0] = new OptionNegotiator(new Forward(wire, 1, ra), all);
        peers[1] = new OptionNegotiator(new Forward(wire, 0, rb), all);
        int messages = 0;
        for (int w : wishes) {
            OptionNegotiator side = peers[w & 1];
            int option = (w & 2) == 0 ? 1 : 3;
            boolean enable = (w & 4) == 0;
            if (enable) {
                side.enableLocal(option);
            } else {
                side.disableRemote(option);
            }
            while (!wire.isEmpty()) {
                Object[] m = wire.poll();
                peers[(int) m[0]].receive((int) m[1], (int) m[2]);
                assertThat(++messages).as("negotiation loops").isLessThan(1000);
            }
        }
        for (int option : new int[] {1, 3}) {
            assertThat(peers[0].isLocalEnabled(option)).isEqualTo(peers[1].isRemoteEnabled(option));
            assertThat(peers[1].isLocalEnabled(option)).isEqualTo(peers[0].isRemoteEnabled(option));
        }
    }

    private record Forward(ArrayDeque<Object[]> wire, int to, Recorder rec) implements OptionNegotiator.Peer {
        @Override
        public void send(int verb, int option) {
            wire.add(new Object[] {to, verb, option});
        }

        @Override
        public void localChanged(int option, boolean enabled) {
        }

        @Override
        public void remoteChanged(int option, boolean enabled) {
        }
    }
}
