package brass.protocols.guard;

import brass.engine.clock.Clock;

/**
 * The defences one server's listeners share, so that telnet and SSH count against the same caps
 * and the same log budget: made once by whoever builds the server and handed to each listener.
 */
public final class Guard {

    private final ConnectionGate gate;
    private final LogLimiter logs;

    public Guard(ConnectionGate.Caps caps, LogLimiter.Budget budget, Clock clock) {
        this.logs = new LogLimiter(clock, budget);
        this.gate = new ConnectionGate(caps, logs);
    }

    /** No connection caps, the default log budget: for tools and tests that open many connections at once. */
    public static Guard uncapped(Clock clock) {
        return new Guard(ConnectionGate.Caps.unlimited(), LogLimiter.Budget.defaults(), clock);
    }

    public ConnectionGate gate() {
        return gate;
    }

    public LogLimiter logs() {
        return logs;
    }
}
