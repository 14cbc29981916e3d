package brass.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import brass.server.config.ConfigLoader;
import brass.server.config.ServerConfig;
import brass.server.config.Setting;
import brass.world.build.TestPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The one list of settings ({@link Setting}) against everything that names settings: the loader,
 * {@code brass run --help}, docs/OPERATIONS.md's table and the README's block. A setting added to
 * one and not the others fails here.
 */
class SettingsAgreeTest {

    @TempDir
    Path dir;

    private static List<String> keys() {
        return Arrays.stream(Setting.values()).map(Setting::key).toList();
    }

    private static String runHelp() {
        StringWriter out = new StringWriter();
        CommandLine cli = BrassCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("run", "--help")).isZero();
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void runHelpListsEverySettingWithItsDefaultAndWholeDescription() {
        String help = runHelp();
        String settings = help.substring(help.indexOf("Settings in brass.yaml"));
        List<String> listed = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^  ([a-z-]+): (.*)$").matcher(settings);
        while (m.find()) {
            listed.add(m.group(1));
            Setting s = Setting.byKey(m.group(1)).orElseThrow();
            assertThat(m.group(2)).isEqualTo(s.defaultValue().isEmpty() ? "(empty)" : s.defaultValue());
        }
        assertThat(listed).isEqualTo(keys());
        for (Setting s : Setting.values()) {
            // Every description whole, a sentence or more, ending in a full stop.
            assertThat(s.description()).as(s.key()).matches("[A-Z].*\\.");
            assertThat(settings.replaceAll("\n +", " ")).contains(s.key() + ": "
                    + (s.defaultValue().isEmpty() ? "(empty)" : s.defaultValue()) + " " + s.description());
        }
        for (String line : help.split("\n")) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(SettingsHelp.WIDTH);
        }
    }

    @Test
    void theOperationsTableHasEverySettingInOrderWithItsDefault() throws Exception {
        String text = Files.readString(TestPaths.repositoryRoot().resolve("docs/OPERATIONS.md"));
        String table = text.substring(text.indexOf("| key | default | meaning |"));
        table = table.substring(0, table.indexOf("\n\n"));
        List<String> listed = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\| `([a-z-]+)` \\| ([^|]+) \\|").matcher(table);
        while (m.find()) {
            listed.add(m.group(1));
            Setting s = Setting.byKey(m.group(1)).orElseThrow();
            assertThat(m.group(2)).as(s.key()).isEqualTo(s.defaultValue().isEmpty() ? "(empty)" : "`" + s.defaultValue() + "`");
        }
        assertThat(listed).isEqualTo(keys());
    }

    @Test
    void theReadmeBlockHasEverySettingInOrderAndLoadsAsTheDefaults() throws Exception {
        String text = Files.readString(TestPaths.repositoryRoot().resolve("README.md"));
        int start = text.indexOf("```yaml\n", text.indexOf("Settings: flags, or a `brass.yaml`")) + "```yaml\n".length();
        String block = text.substring(start, text.indexOf("```", start));
        List<String> listed = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^([a-z-]+):").matcher(block);
        while (m.find()) {
            listed.add(m.group(1));
        }
        assertThat(listed).isEqualTo(keys());
        Path file = dir.resolve("brass.yaml");
        Files.writeString(file, block);
        assertThat(ConfigLoader.load(dir, file, true, ConfigLoader.Overrides.none()))
                .isEqualTo(ServerConfig.defaults(dir));
    }

    @Test
    void theLoaderKnowsExactlyTheseKeys() {
        assertThat(ConfigLoader.KEYS).isEqualTo(keys());
    }
}
