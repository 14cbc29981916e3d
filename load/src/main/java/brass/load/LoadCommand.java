package brass.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code brass load}: plays many telnet players against a running server and reports. */
@Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Connects many telnet players to a running server, logs them in (creating "
                + "their characters the first time), has them play a command mix, and reports "
                + "throughput, reply latency (send to the prompt's EOR/GA mark) and errors as a "
                + "table, and as JSON with --json.",
                "",
                "Creating thousands of characters needs the server started with a low "
                + "'password-iterations' (a benchmark-only setting; the server warns at every start "
                + "while it is lowered) and a high 'max-connections-per-ip'."})
public final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "The server's address (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "4000", description = "Its telnet port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = {"-n", "--clients"}, defaultValue = "100", description = "How many players (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--connect-at-once", defaultValue = "50",
            description = "How many players connect and log in at the same time (default: ${DEFAULT-VALUE}).")
    int connectAtOnce;

    @Option(names = {"-d", "--duration"}, defaultValue = "20",
            description = "Seconds of play measured once everyone is in (default: ${DEFAULT-VALUE}).")
    int durationSeconds;

    @Option(names = "--warm-up", defaultValue = "0",
            description = "Seconds everyone plays, unmeasured, before the measured duration: a fresh server "
                    + "runs its first seconds of play before the JIT has compiled it (default: ${DEFAULT-VALUE}).")
    int warmUpSeconds;

    @Option(names = "--rate", defaultValue = "0",
            description = "Open loop: commands a second per player, sent whether or not replies came; "
                    + "latency counts from when each was due. 0 (the default) is closed loop.")
    double rate;

    @Option(names = "--think", defaultValue = "0",
            description = "Closed loop: milliseconds between a reply and the next command (default: ${DEFAULT-VALUE}).")
    int thinkMillis;

    @Option(names = "--mix", defaultValue = CommandMix.DEFAULT,
            description = "Commands and weights, from look, say, move, take, drop, who, tell, inventory, "
                    + "examine, help (default: ${DEFAULT-VALUE}).")
    String mix;

    @Option(names = "--spread", description = "Let the players wander the world; by default they stay "
            + "crowded in the start room, each move followed by the move back.")
    boolean spread;

    @Option(names = "--name-prefix", defaultValue = "Load",
            description = "The first letters of every character's name (default: ${DEFAULT-VALUE}).")
    String namePrefix;

    @Option(names = "--password", defaultValue = "load-test-password",
            description = "Every character's password (default: ${DEFAULT-VALUE}).")
    String password;

    @Option(names = "--source-addresses", defaultValue = "",
            description = "Local addresses to connect from, player n from the n-th: a comma list of "
                    + "addresses and IPv4 ranges such as 127.0.0.2-127.0.0.5. One address has about 28,000 "
                    + "ephemeral ports towards one server port, so 50,000 players need two or more "
                    + "(default: the system's choice).")
    String sourceAddresses;

    @Option(names = "--server-pid", description = "The server's process id: its RSS and CPU are reported.")
    Long serverPid;

    @Option(names = "--json", description = "Also write the report as JSON to this file.")
    Path json;

    @Override
    public Integer call() throws InterruptedException, IOException {
        LoadPlan plan;
        try {
            plan = new LoadPlan(host, port, clients, connectAtOnce, Duration.ofSeconds(durationSeconds), rate,
                    Duration.ofMillis(thinkMillis), CommandMix.parse(mix), !spread, namePrefix, password,
                    Duration.ofSeconds(30), serverPid == null ? OptionalLong.empty() : OptionalLong.of(serverPid),
                    json, SourceAddresses.parse(sourceAddresses), Duration.ofSeconds(warmUpSeconds));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        LoadReport report = new LoadRun(plan, System.out).run();
        System.out.print(report.table());
        if (json != null) {
            Files.writeString(json, report.json() + System.lineSeparator());
        }
        return report.loggedIn() == 0 ? 1 : 0;
    }
}
