package brass.protocols.account;

import static brass.protocols.account.LoginThrottle.AFTER_THE_ONE_UNDER_WAY;
import static org.assertj.core.api.Assertions.assertThat;

import brass.protocols.guard.ClientAddress;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final long S = 1_000_000_000L;
    private static final ClientAddress GUESSER = new ClientAddress("203.0.113.9");
    private static final ClientAddress OWNER = new ClientAddress("198.51.100.4");

    private final LoginThrottle throttle = new LoginThrottle(100);

    /** One whole attempt that fails at {@code now}; returns how long its refusal waits. */
    private long fail(String name, ClientAddress address, long now) {
        assertThat(throttle.mayBegin(name, address, now)).isLessThanOrEqualTo(now);
        throttle.begin(name, address);
        throttle.hashed(name);
        long wait = throttle.failed(name, address, now);
        throttle.answered(address);
        return wait;
    }

    @Test
    void eachFailureDoublesTheWaitUpToAMinute() {
        assertThat(fail("alice", GUESSER, 0)).isEqualTo(S);
        assertThat(fail("alice", GUESSER, S)).isEqualTo(2 * S);
        assertThat(fail("alice", GUESSER, 3 * S)).isEqualTo(4 * S);
        long now = 7 * S;
        for (int i = 0; i < 20; i++) {
            now = throttle.mayBegin("alice", GUESSER, now);
            fail("alice", GUESSER, now);
        }
        assertThat(throttle.mayBegin("alice", GUESSER, now)).isEqualTo(now + 60 * S);
    }

    @Test
    void anAddressThatFailedWaitsOutItsOwnDelayAndTheNames() {
        fail("alice", GUESSER, 0);
        fail("alice", GUESSER, S);
        // Its own record, whichever name it tries next.
        assertThat(throttle.mayBegin("bobby", GUESSER, S)).isEqualTo(3 * S);
        // Another address fails at the name: the guesser now also waits for the name's delay.
        fail("alice", new ClientAddress("192.0.2.1"), 2 * S);
        assertThat(throttle.mayBegin("alice", GUESSER, 2 * S)).isEqualTo(2 * S + 4 * S);
        assertThat(throttle.mayBegin("bobby", GUESSER, 2 * S)).isEqualTo(3 * S);
    }

    @Test
    void aCleanAddressIsNeverHeldBackByTheNamesFailures() {
        long now = 0;
        for (int i = 0; i < 10; i++) {
            now = throttle.mayBegin("alice", GUESSER, now);
            fail("alice", GUESSER, now);
        }
        assertThat(throttle.mayBegin("alice", OWNER, now)).isEqualTo(now);
        // Its refusal, though, waits as long as the name's: a name under attack answers wrong guesses slowly.
        throttle.begin("alice", OWNER);
        throttle.hashed("alice");
        assertThat(throttle.failed("alice", OWNER, now)).isEqualTo(60 * S);
    }

    @Test
    void oneAttemptOpenPerAddressAndOneHashPerName() {
        throttle.begin("alice", GUESSER);
        assertThat(throttle.mayBegin("bobby", GUESSER, 0)).isEqualTo(AFTER_THE_ONE_UNDER_WAY);
        assertThat(throttle.mayBegin("alice", OWNER, 0)).isEqualTo(AFTER_THE_ONE_UNDER_WAY);
        throttle.hashed("alice");
        assertThat(throttle.mayBegin("alice", OWNER, 0)).isZero();
        // The address's attempt stays open until it is answered.
        throttle.failed("alice", GUESSER, 0);
        assertThat(throttle.mayBegin("bobby", GUESSER, 0)).isEqualTo(AFTER_THE_ONE_UNDER_WAY);
        throttle.answered(GUESSER);
        assertThat(throttle.mayBegin("bobby", GUESSER, 0)).isEqualTo(S);
    }

    @Test
    void aSuccessClearsTheNameButNotTheAddress() {
        fail("alice", GUESSER, 0);
        fail("alice", GUESSER, S);
        fail("alice", OWNER, 3 * S);
        throttle.succeeded("alice");
        // OWNER failed once: only its own second waits now, no longer the name's four.
        assertThat(throttle.mayBegin("alice", OWNER, 3 * S)).isEqualTo(4 * S);
        assertThat(throttle.mayBegin("alice", GUESSER, 3 * S)).isEqualTo(3 * S);
    }

    @Test
    void recordsAreForgottenAfterAQuarterOfAnHour() {
        fail("alice", GUESSER, 0);
        fail("alice", GUESSER, S);
        long later = S + 15 * 60 * S + 1;
        assertThat(throttle.mayBegin("alice", GUESSER, later)).isEqualTo(later);
        assertThat(fail("alice", GUESSER, later)).isEqualTo(S);
    }

    @Test
    void theTablesAreBounded() {
        LoginThrottle small = new LoginThrottle(10);
        for (int i = 0; i < 1000; i++) {
            ClientAddress a = new ClientAddress("10.0." + i / 256 + "." + i % 256);
            small.begin("name" + i, a);
            small.hashed("name" + i);
            small.failed("name" + i, a, 0);
            small.answered(a);
        }
        assertThat(small.mayBegin("name0", new ClientAddress("10.0.0.0"), 0)).isZero();
        assertThat(small.mayBegin("name999", new ClientAddress("10.0.3.231"), 0)).isEqualTo(S);
    }
}
