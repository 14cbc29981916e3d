package brass.protocols.admin;

import java.util.List;

/**
 * Where bans are kept across restarts. Blocking: {@link Bans} calls it off the game loop (through
 * {@code reactor.offload}), one call after another, never two at once; the server reads
 * {@link #all} once as it starts.
 */
public interface BanStore {

    /** Every ban kept, expired ones included (they are dropped as they are met). */
    List<Ban> all() throws Exception;

    /** Keeps {@code ban}, replacing any ban on the same target. */
    void put(Ban ban) throws Exception;

    /** Forgets the ban on {@code target}, if there is one. */
    void remove(BanTarget target) throws Exception;
}
