package brass.protocols.telnet;

/**
 * Telnet option negotiation by the Q method of RFC 1143: for every option, our side ("us",
 * switched by the peer's DO/DONT, answered with WILL/WONT) and the peer's side ("him", switched by
 * WILL/WONT, answered with DO/DONT) each hold NO, YES, WANTNO or WANTYES plus a one-bit queue
 * for a change of mind while a request is in flight. The method never loops and never answers a
 * request twice, whatever the peer sends back.
 *
 * <p>Not thread-safe: one per connection, used on that connection's I/O thread.
 */
public final class OptionNegotiator {

    /** Where the negotiator sends bytes and reports changes. */
    public interface Peer {
        void send(int verb, int option);

        /** Our side of {@code option} was switched on or off. */
        void localChanged(int option, boolean enabled);

        /** The peer's side of {@code option} was switched on or off. */
        void remoteChanged(int option, boolean enabled);
    }

    /** Which unsolicited requests we agree to. Everything else is refused politely. */
    public interface Policy {
        /** The peer sent DO option: shall we start using it? */
        boolean acceptLocal(int option);

        /** The peer sent WILL option: do we want it to? */
        boolean acceptRemote(int option);
    }

    /** RFC 1143's four states. */
    public enum Q { NO, YES, WANTNO, WANTYES }

    private static final byte NO = 0;
    private static final byte YES = 1;
    private static final byte WANTNO = 2;
    private static final byte WANTYES = 3;

    private final byte[] us = new byte[256];
    private final boolean[] usq = new boolean[256];
    private final byte[] him = new byte[256];
    private final boolean[] himq = new boolean[256];
    private final Peer peer;
    private final Policy policy;

    public OptionNegotiator(Peer peer, Policy policy) {
        this.peer = peer;
        this.policy = policy;
    }

    public boolean isLocalEnabled(int option) {
        return us[option] == YES;
    }

    public boolean isRemoteEnabled(int option) {
        return him[option] == YES;
    }

    public Q localState(int option) {
        return Q.values()[us[option]];
    }

    public Q remoteState(int option) {
        return Q.values()[him[option]];
    }

    /** Handles an IAC WILL/WONT/DO/DONT from the peer. */
    public void receive(int verb, int option) {
        switch (verb) {
            case Telnet.WILL -> receiveEnable(him, himq, option, true);
            case Telnet.WONT -> receiveDisable(him, himq, option, true);
            case Telnet.DO -> receiveEnable(us, usq, option, false);
            case Telnet.DONT -> receiveDisable(us, usq, option, false);
            default -> throw new IllegalArgumentException("not a negotiation verb: " + verb);
        }
    }

    /** Asks to switch our side of {@code option} on (sends WILL if needed). */
    public void enableLocal(int option) {
        askEnable(us, usq, option, false);
    }

    /** Asks to switch our side of {@code option} off (sends WONT if needed). */
    public void disableLocal(int option) {
        askDisable(us, usq, option, false);
    }

    /** Asks the peer to switch its side of {@code option} on (sends DO if needed). */
    public void enableRemote(int option) {
        askEnable(him, himq, option, true);
    }

    /** Asks the peer to switch its side of {@code option} off (sends DONT if needed). */
    public void disableRemote(int option) {
        askDisable(him, himq, option, true);
    }

    private void receiveEnable(byte[] st, boolean[] q, int opt, boolean remote) {
        switch (st[opt]) {
            case NO -> {
                if (remote ? policy.acceptRemote(opt) : policy.acceptLocal(opt)) {
                    st[opt] = YES;
                    sendPositive(remote, opt);
                    changed(remote, opt, true);
                } else {
                    sendNegative(remote, opt);
                }
            }
            case YES -> {
                // Already on: an answer would start a loop. Ignore.
            }
            case WANTNO -> {
                // Our refusal was answered with agreement: the peer is wrong; RFC 1143 takes NO (or YES if queued).
                if (q[opt]) {
                    st[opt] = YES;
                    q[opt] = false;
                    changed(remote, opt, true);
                } else {
                    st[opt] = NO;
                }
            }
            case WANTYES -> {
                if (q[opt]) {
                    st[opt] = WANTNO;
                    q[opt] = false;
                    sendNegative(remote, opt);
                } else {
                    st[opt] = YES;
                    changed(remote, opt, true);
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    private void receiveDisable(byte[] st, boolean[] q, int opt, boolean remote) {
        switch (st[opt]) {
            case NO -> {
                // Already off: ignore.
            }
            case YES -> {
                st[opt] = NO;
                sendNegative(remote, opt);
                changed(remote, opt, false);
            }
            case WANTNO -> {
                if (q[opt]) {
                    st[opt] = WANTYES;
                    q[opt] = false;
                    sendPositive(remote, opt);
                } else {
                    // Already reported off when we asked to disable.
                    st[opt] = NO;
                }
            }
            case WANTYES -> {
                st[opt] = NO;
                q[opt] = false;
            }
            default -> throw new IllegalStateException();
        }
    }

    private void askEnable(byte[] st, boolean[] q, int opt, boolean remote) {
        switch (st[opt]) {
            case NO -> {
                st[opt] = WANTYES;
                sendPositive(remote, opt);
            }
            case WANTNO -> q[opt] = true;
            case WANTYES -> q[opt] = false;
            default -> {
                // YES: already on.
            }
        }
    }

    private void askDisable(byte[] st, boolean[] q, int opt, boolean remote) {
        switch (st[opt]) {
            case YES -> {
                st[opt] = WANTNO;
                sendNegative(remote, opt);
                changed(remote, opt, false);
            }
            case WANTNO -> q[opt] = false;
            case WANTYES -> q[opt] = true;
            default -> {
                // NO: already off.
            }
        }
    }

    private void sendPositive(boolean remote, int opt) {
        peer.send(remote ? Telnet.DO : Telnet.WILL, opt);
    }

    private void sendNegative(boolean remote, int opt) {
        peer.send(remote ? Telnet.DONT : Telnet.WONT, opt);
    }

    private void changed(boolean remote, int opt, boolean enabled) {
        if (remote) {
            peer.remoteChanged(opt, enabled);
        } else {
            peer.localChanged(opt, enabled);
        }
    }
}
