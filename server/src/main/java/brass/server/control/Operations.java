package brass.server.control;

import brass.engine.reactor.Reactor;
import brass.protocols.account.Account;
import brass.protocols.account.AccountStore;
import brass.protocols.account.RoleChange;
import brass.protocols.account.Roles;
import brass.protocols.play.Lobby;
import brass.server.store.Database;
import brass.server.store.JdbcAccountStore;
import brass.world.model.Thing;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a running server does for its control channel, and the answers, which
 * {@code bin/brass} also gives when it does the same work on a stopped server's database.
 * Database work runs on the worker pool; what touches players in memory runs on the game loop.
 */
public final class Operations {

    private static final Logger log = LoggerFactory.getLogger(ControlChannel.class);

    private Operations() {
    }

    /** The operations of a running server. */
    public static List<Operation> of(Reactor reactor, Database database, AccountStore accounts, Lobby lobby) {
        return List.of(
                new Operation("ping", List.of(), args -> CompletableFuture.completedFuture(
                        ControlReply.ok("Brass is running."))),
                new Operation("backup", List.of("FILE"), args -> backup(reactor, database, Path.of(args.get(0)))),
                new Operation("grant", List.of("NAME", "ROLE"), args -> changeRole(reactor, accounts, lobby, args, true)),
                new Operation("revoke", List.of("NAME", "ROLE"), args -> changeRole(reactor, accounts, lobby, args, false)),
                new Operation("list", List.of(), args -> reactor.offload("list roles",
                        () -> listed(database.inTransaction(JdbcAccountStore::withAnyRole)))));
    }

    private static CompletableFuture<ControlReply> backup(Reactor reactor, Database database, Path file) {
        if (!file.isAbsolute()) {
            return CompletableFuture.completedFuture(ControlReply.error("the backup file must be an absolute path: " + file));
        }
        if (!database.isH2()) {
            return CompletableFuture.completedFuture(ControlReply.error(POSTGRES_BACKUP));
        }
        return reactor.offload("backup", () -> {
            database.backupTo(file);
            log.info("control channel: backup written to {}", file);
            return backupWritten(file);
        });
    }

    private static CompletableFuture<ControlReply> changeRole(Reactor reactor, AccountStore accounts, Lobby lobby,
                                                              List<String> args, boolean grant) {
        String name = args.get(0);
        String role = args.get(1);
        Optional<String> problem = Roles.problem(role);
        if (problem.isPresent()) {
            return CompletableFuture.completedFuture(ControlReply.error(problem.get()));
        }
        return accounts.changeRole(name, role, grant).toCompletableFuture().thenCompose(change -> reactor.call(() -> {
            // Any copy a playing session holds takes the stored roles, changed or not; only a change is told.
            Optional<Thing> playing = change.flatMap(c -> lobby.rolesChanged(c.after()));
            boolean told = false;
            if (playing.isPresent() && change.get().changed()) {
                told = lobby.connection(playing.get()).map(c -> {
                    c.send(toldPlayer(change.get()));
                    return true;
                }).orElse(false);
            }
            change.filter(RoleChange::changed).ifPresent(c -> log.info("control channel: {} {} {} (roles now: {})",
                    c.after().name(), c.granted() ? "was given the role" : "lost the role", c.role(),
                    Roles.describe(c.after().roles())));
            return roleChanged(name, change, told);
        }));
    }

    /** What {@code backup} answers for PostgreSQL, whose own tools back it up. */
    public static final String POSTGRES_BACKUP = "the database is not the embedded H2 one: back PostgreSQL up with"
            + " pg_dump (and restore it with pg_restore); brass backup copies only the embedded database";

    public static ControlReply backupWritten(Path file) {
        return ControlReply.ok("backup written: " + file);
    }

    /** What a playing character is told when an operator gives or takes a role. */
    public static String toldPlayer(RoleChange change) {
        return (change.granted() ? "You are now " : "You are no longer ") + Roles.withArticle(change.role()) + ".";
    }

    /**
     * The answer to {@code grant} or {@code revoke}.
     *
     * @param name   the name as the operator typed it
     * @param change what the store did; empty when there is no such character
     * @param told   whether the character is playing and was told
     */
    public static ControlReply roleChanged(String name, Optional<RoleChange> change, boolean told) {
        if (change.isEmpty()) {
            return ControlReply.error("there is no character named " + name);
        }
        RoleChange c = change.get();
        String who = c.after().name();
        String did;
        if (c.granted()) {
            did = c.changed() ? " now has the role " : " already has the role ";
        } else {
            did = c.changed() ? " no longer has the role " : " does not have the role ";
        }
        String text = who + did + c.role() + " (roles: " + Roles.describe(c.after().roles()) + ").";
        return ControlReply.ok(told ? text + " " + who + " is playing and was told at once." : text);
    }

    /** The answer to {@code list}: every account with a role, one a line. */
    public static ControlReply listed(List<Account> withRoles) {
        if (withRoles.isEmpty()) {
            return ControlReply.ok("No account has a role.");
        }
        return ControlReply.ok(withRoles.stream().map(a -> a.name() + ": " + Roles.describe(a.roles()))
                .collect(Collectors.joining("\n")));
    }
}
