package brass.server.cli;

import brass.protocols.account.Roles;
import brass.server.config.ServerConfig;
import brass.server.control.Operations;
import brass.server.store.JdbcAccountStore;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code brass admin}: who may run the server (admin) and edit the world (builder). A new
 * account has no role, the first one included; the operator gives them here.
 */
@Command(name = "admin", mixinStandardHelpOptions = true,
        description = {"Gives and takes the roles that let a character run the server from inside the game (admin)"
                + " or edit and reload the world (builder).",
                "Works while the server runs, which applies a change at once and tells a player who is logged in,"
                        + " and while it is stopped, on the database directly.",
                "A new account has no role, the first one included: make the first admin with"
                        + " 'brass admin grant NAME'."},
        subcommands = {AdminCommand.Grant.class, AdminCommand.Revoke.class, AdminCommand.ListRoles.class})
public final class AdminCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say what to do: grant, revoke or list.");
    }

    /** What grant and revoke share: a character's name, a role, and the way to the data. */
    abstract static class RoleCommand implements Callable<Integer> {

        @Mixin
        ServerOptions options = new ServerOptions();

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "The character's name (any case).")
        String name;

        @Parameters(index = "1", arity = "0..1", paramLabel = "ROLE", defaultValue = Roles.ADMIN,
                description = "admin or builder (default: ${DEFAULT-VALUE}).")
        String role;

        abstract boolean grant();

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Optional<String> problem = Roles.problem(role);
            if (problem.isPresent()) {
                err.println("brass admin: " + problem.get());
                return 2;
            }
            ServerConfig config = options.loadOrReport("admin", err);
            if (config == null) {
                return 1;
            }
            return ServerOrDatabase.run(config, "admin", spec.commandLine().getOut(), err,
                    grant() ? "grant" : "revoke", List.of(name, role),
                    db -> Operations.roleChanged(name,
                            db.inTransaction(c -> JdbcAccountStore.changeRole(c, name, role, grant())), false));
        }
    }

    @Command(name = "grant", mixinStandardHelpOptions = true,
            description = {"Gives a character a role (admin unless another is named).",
                    "A player logged in now has it at once and is told."})
    static final class Grant extends RoleCommand {
        @Override
        boolean grant() {
            return true;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = {"Takes a role from a character (admin unless another is named).",
                    "A player logged in now loses it at once and is told."})
    static final class Revoke extends RoleCommand {
        @Override
        boolean grant() {
            return false;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists every account that has a role, with its roles.")
    static final class ListRoles implements Callable<Integer> {

        @Mixin
        ServerOptions options = new ServerOptions();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            ServerConfig config = options.loadOrReport("admin", err);
            if (config == null) {
                return 1;
            }
            return ServerOrDatabase.run(config, "admin", spec.commandLine().getOut(), err, "list", List.of(),
                    db -> Operations.listed(db.inTransaction(JdbcAccountStore::withAnyRole)));
        }
    }
}
