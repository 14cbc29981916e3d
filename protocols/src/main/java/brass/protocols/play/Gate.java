package brass.protocols.play;

import brass.protocols.account.Account;
import brass.protocols.session.Connection;
import java.net.SocketAddress;
import java.util.Optional;

/**
 * Who may come in at all (an admin's bans), asked by the {@link Lobby} on the game loop: as each
 * connection arrives, before the login dialogue, and as each account is about to enter the game,
 * whichever transport authenticated it. A refusal is one plain sentence the client is shown
 * before it is disconnected.
 */
public interface Gate {

    /** Lets everyone in. */
    Gate OPEN = new Gate() {
        @Override
        public Optional<String> refuse(SocketAddress client) {
            return Optional.empty();
        }

        @Override
        public Optional<String> refuse(Account account) {
            return Optional.empty();
        }
    };

    /** Why a client from {@code client} may not connect, or empty. */
    Optional<String> refuse(SocketAddress client);

    /** Why {@code account} may not play now, or empty. */
    Optional<String> refuse(Account account);

    /**
     * A connection that passed {@link #refuse(SocketAddress)}: a gate that closes doors later (a
     * ban that takes effect at once) keeps it to find it again.
     */
    default void admitted(Connection connection) {
    }
}
