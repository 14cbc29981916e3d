package brass.protocols.admin;

import brass.engine.reactor.Reactor;
import brass.protocols.account.Account;
import brass.protocols.play.Gate;
import brass.protocols.session.Connection;
import java.net.InetAddress;
import java.net.SocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bans in force, in memory on the game loop, and the lobby's {@link Gate}: every check reads
 * memory only, so a connection is never kept waiting on the database. A change applies at once in
 * memory and is written to the {@link BanStore} off the loop, each write after the one before,
 * so the store ends up in the order the admins gave. A ban whose time is up stops applying when
 * it is next looked at, without a restart, and is then forgotten by the store too. Loop only.
 */
public final class Bans implements Gate {

    private static final Logger log = LoggerFactory.getLogger(Bans.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** A blocking store call, run on the worker pool. */
    @FunctionalInterface
    private interface StoreWrite {
        void run() throws Exception;
    }

    private final Reactor reactor;
    private final BanStore store;
    private final Clock clock;
    // Oldest first; a ban given again moves to the end.
    private final Map<BanTarget, Ban> bans = new LinkedHashMap<>();
    // Connections let in, to find again when their address is banned; closed ones are dropped as we go.
    private final List<Connection> admitted = new ArrayList<>();
    private CompletableFuture<Void> writes = CompletableFuture.completedFuture(null);

    /**
     * @param clock wall-clock time, which expiry is measured in (a test passes one it moves)
     * @param saved what the store held at start
     */
    public Bans(Reactor reactor, BanStore store, Clock clock, Collection<Ban> saved) {
        this.reactor = reactor;
        this.store = store;
        this.clock = clock;
        for (Ban b : saved) {
            bans.put(b.target(), b);
        }
    }

    /** Now, as expiry is measured. */
    public Instant now() {
        return clock.instant();
    }

    /** Every ban in force, oldest first. */
    public List<Ban> inForce() {
        return matching(b -> true);
    }

    /** The ban in force on exactly {@code target}, if any. */
    public Optional<Ban> on(BanTarget target) {
        return matching(b -> b.target().equals(target)).stream().findFirst();
    }

    /** The ban in force that covers {@code address}, if any. */
    public Optional<Ban> covering(InetAddress address) {
        return matching(b -> b.target() instanceof AddressRange r && r.contains(address)).stream().findFirst();
    }

    /** The ban in force on the character called {@code name}, if any. */
    public Optional<Ban> onName(String name) {
        return matching(b -> b.target() instanceof BanTarget.Name n && n.is(name)).stream().findFirst();
    }

    /** Bans in force that {@code test} accepts; the expired ones met on the way are forgotten. */
    private List<Ban> matching(Predicate<Ban> test) {
        Instant now = now();
        List<Ban> found = new ArrayList<>();
        for (Iterator<Ban> it = bans.values().iterator(); it.hasNext(); ) {
            Ban b = it.next();
            if (!b.inForceAt(now)) {
                it.remove();
                log.info("the ban on {} expired", b.target().shown());
                write("forget the expired ban on " + b.target().text(), () -> store.remove(b.target()));
            } else if (test.test(b)) {
                found.add(b);
            }
        }
        return found;
    }

    /**
     * Puts {@code ban} in force now (replacing any ban on its target) and saves it. The future
     * completes on the loop once the store has it, or fails with the store's error; the ban
     * applies in memory either way.
     */
    public CompletableFuture<Void> put(Ban ban) {
        bans.remove(ban.target());
        bans.put(ban.target(), ban);
        return write("save the ban on " + ban.target().text(), () -> store.put(ban));
    }

    /** Lifts the ban on {@code target} now and forgets it in the store; completes as {@link #put} does. */
    public CompletableFuture<Void> lift(BanTarget target) {
        bans.remove(target);
        return write("forget the ban on " + target.text(), () -> store.remove(target));
    }

    /** The open connections, let in through this gate, whose address is in {@code range}. */
    public List<Connection> connectionsIn(AddressRange range) {
        admitted.removeIf(c -> !c.isOpen());
        List<Connection> found = new ArrayList<>();
        for (Connection c : admitted) {
            if (AddressRange.of(c.remoteAddress()).filter(range::contains).isPresent()) {
                found.add(c);
            }
        }
        return found;
    }

    private CompletableFuture<Void> write(String what, StoreWrite work) {
        // After the previous write, whether it worked or not: order is kept, one failure stops nothing.
        CompletableFuture<Void> done = writes.handle((ok, error) -> null)
                .thenCompose(ignored -> reactor.offload(what, () -> {
                    work.run();
                    return null;
                }));
        writes = done;
        done.whenComplete((ok, error) -> {
            if (error != null) {
                log.error("could not {} in the database; it holds in memory until the server stops", what, error);
            }
        });
        return done;
    }

    // ---- Gate ----------------------------------------------------------------------------------

    @Override
    public Optional<String> refuse(SocketAddress client) {
        return AddressRange.of(client).flatMap(this::covering).map(b -> sentence("Your address is", b));
    }

    @Override
    public Optional<String> refuse(Account account) {
        return onName(account.name()).map(b -> sentence(account.name() + " is", b));
    }

    @Override
    public void admitted(Connection connection) {
        admitted.removeIf(c -> !c.isOpen());
        admitted.add(connection);
    }

    /** "Mallory is banned from this game until 2026-11-28 12:00 UTC: spamming." (plain text, not markup) */
    public static String sentence(String subject, Ban ban) {
        String reason = ban.reason();
        return subject + " banned from this game " + until(ban)
                + (reason.isEmpty() ? "." : ": " + reason + (reason.matches(".*[.!?]") ? "" : "."));
    }

    /** "permanently" or "until 2026-11-28 12:00 UTC". */
    public static String until(Ban ban) {
        return ban.expires() == null ? "permanently" : "until " + WHEN.format(ban.expires());
    }
}
