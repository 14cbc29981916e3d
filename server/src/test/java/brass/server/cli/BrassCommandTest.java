package brass.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import brass.server.Server;
import brass.server.TestServers;
import brass.server.config.ServerConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BrassCommandTest {

    @TempDir
    Path dir;

    @Test
    void helpExplainsEveryRunOption() {
        StringWriter out = new StringWriter();
        CommandLine cli = BrassCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        int code = cli.execute("run", "--help");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("--data=DIR", "--world=DIR", "--telnet-port=N", "--ssh-port=N",
                "--bind=ADDR", "--config=FILE", "default: 4000", "default: 2222", "default: 127.0.0.1");
    }

    @Test
    void everyCommandIsSummedUpInWholeSentences() {
        List<CommandLine> commands = new ArrayList<>(BrassCommand.commandLine().getSubcommands().values());
        commands.addAll(BrassCommand.commandLine().getSubcommands().get("admin").getSubcommands().values());
        // picocli's own 'help' is picocli's text.
        commands.removeIf(c -> c.getCommand() instanceof CommandLine.HelpCommand);
        for (CommandLine c : commands) {
            String[] description = c.getCommandSpec().usageMessage().description();
            assertThat(description).as(c.getCommandName()).isNotEmpty();
            for (String line : description) {
                if (line.isEmpty()) {
                    continue; // a blank line between paragraphs
                }
                assertThat(line).as(c.getCommandName()).matches("[A-Z'].*[.)]");
            }
        }
    }

    @Test
    void adminAlonePointsToItsSubcommands() {
        StringWriter err = new StringWriter();
        CommandLine cli = BrassCommand.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("admin")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Say what to do: grant, revoke or list.\nUsage: brass admin");
    }

    @Test
    void badFlagValueIsAUsageError() {
        CommandLine cli = BrassCommand.commandLine();
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute("run", "--telnet-port", "many")).isEqualTo(2);
    }

    @Test
    void flagsReachTheConfig() throws Exception {
        CommandLine cli = BrassCommand.commandLine();
        cli.parseArgs("run", "--telnet-port", "4321", "--bind", "127.0.0.3", "--data", dir.toString());
        RunCommand run = cli.getSubcommands().get("run").getCommand();
        ServerConfig c = run.loadConfig();
        assertThat(c.telnetPort()).isEqualTo(4321);
        assertThat(c.bind()).isEqualTo("127.0.0.3");
        assertThat(c.dataDir()).isEqualTo(dir.toAbsolutePath().normalize());
    }

    @Test
    void serverStartsAndStops() throws Exception {
        Server server = TestServers.started(dir);
        CompletableFuture<Boolean> onLoop = new CompletableFuture<>();
        server.reactor().execute(() -> onLoop.complete(server.reactor().inLoop()));
        assertThat(onLoop.get(10, TimeUnit.SECONDS)).isTrue();
        server.stop().get(10, TimeUnit.SECONDS);
        assertThat(server.stopped()).isCompleted();
    }

    @Test
    void checkPrintsTheCheckersReportAndExitsWithItsCode() throws Exception {
        Path good = world("good", "rooms:\n  hall: {description: A hall.}\n");
        Path bad = world("bad", "rooms:\n  hall: {description: x, dark: maybe}\n");
        assertThat(check(good.toString())).isEqualTo(new Checked(0, good + ": ok: 1 room, 0 things, 0 actors, 0 doors\n", ""));
        assertThat(check(bad.toString())).isEqualTo(new Checked(1, bad.resolve("a.yaml")
                + ":2:32: error: 'dark' of room 'hall' must be true or false, found 'maybe'\n" + bad
                + ": 1 error, 0 warnings\n", ""));
        Path missing = dir.resolve("missing");
        assertThat(check(missing.toString())).isEqualTo(new Checked(1, "", "brass check: " + missing
                + " is not a folder\n"));
        Checked twoFolders = check(good.toString(), bad.toString());
        assertThat(twoFolders.status()).isEqualTo(2);
        assertThat(twoFolders.err()).startsWith("Unmatched argument at index 2: '" + bad + "'\n");
    }

    private record Checked(int status, String out, String err) {
    }

    private static Checked check(String... folders) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = BrassCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(List.of(folders));
        int status = cli.execute(args.toArray(String[]::new));
        return new Checked(status, out.toString(), err.toString());
    }

    private Path world(String name, String area) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve("world.yaml"), "name: Test\nstart: hall\n");
        Files.writeString(folder.resolve("a.yaml"), area);
        return folder;
    }
}
