package brass.world.files;

import static brass.world.files.TestWorlds.WORLD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files damaged the way the robustness property damages them, each with the diagnostic it must give. */
class DamagedFilesTest {

    @TempDir
    Path dir;

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) p);
            }
        }
        return out.toByteArray();
    }

    @Test
    void aFileThatIsNotUtf8IsNamedAtItsFirstBadByte() throws IOException {
        TestWorlds.write(dir, "world.yaml", WORLD);
        // Saved as Latin-1, and a file cut inside a character.
        Files.write(dir.resolve("a.yaml"), bytes("rooms:\n  hall:\n    description: Caf", 0xe9, " noir \u2603.\n"));
        Files.write(dir.resolve("b.yaml"), bytes("things:\n  lamp: {in: hall, description: \u00e9t\u00e9 ", 0xe2, 0x82));
        assertThat(TestWorlds.lines(dir, WorldChecker.check(dir))).containsExactly(
                "a.yaml:3:21: error: the file is not UTF-8: byte 0xE9 is not a character; save it as UTF-8",
                "b.yaml:2:37: error: the file is not UTF-8: byte 0xE2 is not a character; save it as UTF-8",
                // A file that cannot be read is skipped: what it defined is missing.
                "world.yaml:1:1: error: the world has no rooms; add rooms: to world.yaml or an area file",
                "world.yaml:2:8: error: the start room is 'hall', which does not exist");
    }

    @Test
    void aCharacterYamlDoesNotAllowIsNamedWhereItIs() throws IOException {
        TestWorlds.write(dir, "world.yaml", WORLD);
        Files.write(dir.resolve("a.yaml"), bytes("rooms:\r\n  hall:\r\n    description: \u2603 ", 0x1b, "[2J\n"));
        Files.write(dir.resolve("b.yaml"), bytes(0, "things: {}\n"));
        assertThat(TestWorlds.lines(dir, WorldChecker.check(dir))).containsExactly(
                "a.yaml:3:20: error: the file holds U+001B, a character YAML does not allow; remove it",
                "b.yaml:1:1: error: the file holds U+0000, a character YAML does not allow; remove it",
                "world.yaml:1:1: error: the world has no rooms; add rooms: to world.yaml or an area file",
                "world.yaml:2:8: error: the start room is 'hall', which does not exist");
    }

    @Test
    void aWorldFileLeftWithOneLineBreakIsNamedAtItsFirstLine() {
        // What the robustness property found (seed 4654317780705219951, shrunk): the example
        // world's world.yaml emptied and its one line doubled, an area file made unreadable.
        Path world = TestWorlds.write(dir, "world.yaml", "\n", "a.yaml", "key: [unclosed\n");
        CheckResult result = WorldChecker.check(world);
        assertThat(TestWorlds.lines(dir, result)).containsExactly(
                "a.yaml:2:1: error: YAML syntax: expected ',' or ']', but got <stream end> (while parsing a flow sequence)",
                "world.yaml:1:1: error: the world has no rooms; add rooms: to world.yaml or an area file",
                "world.yaml:1:1: error: world.yaml has no name; add name: followed by the world's name",
                "world.yaml:1:1: error: world.yaml has no start room; add start: followed by a room id");
        RobustnessTest.assertClear(dir, result);
    }

    @Test
    void aWorldFileWithNoFieldsIsNotAWorldWithoutANameOrAStartRoom() {
        // Empty, blank or only comments: the file is there and read, so what it lacks is said where
        // a builder adds it, and the rooms of the area files do not make it a world.
        for (String text : List.of("", "\n", "  \n\n", "# name and start to come\n")) {
            Path world = TestWorlds.write(dir, "world.yaml", text, "a.yaml", TestWorlds.HALL);
            CheckResult result = WorldChecker.check(world);
            assertThat(TestWorlds.lines(dir, result)).as("world.yaml of '%s'", text.replace("\n", "\\n")).containsExactly(
                    "world.yaml:1:1: error: world.yaml has no name; add name: followed by the world's name",
                    "world.yaml:1:1: error: world.yaml has no start room; add start: followed by a room id");
            assertThat(result.world()).isEmpty();
            RobustnessTest.assertClear(dir, result);
        }
    }

    @Test
    void aWorldFileThatCannotBeReadLeavesItsPlaceToTheDiagnosticThatSaysWhy() {
        Path world = TestWorlds.write(dir, "world.yaml", "name: [Test\nstart: hall\n", "a.yaml", TestWorlds.HALL);
        assertThat(TestWorlds.lines(dir, WorldChecker.check(world))).containsExactly(
                "world.yaml:2:6: error: YAML syntax: expected ',' or ']', but got : (while parsing a flow sequence)");
    }

    @Test
    void nestingThousandsDeepIsRefusedAtTheLevelTooDeepNotWithAStackOverflow() {
        String deep = "[".repeat(20_000) + "]".repeat(20_000);
        // b.yaml has an anchor, so it goes through snakeyaml's composer, which recurses.
        List<String> lines = TestWorlds.check(dir, "world.yaml", WORLD, "a.yaml", """
                rooms:
                  hall:
                    description: A hall.
                    deep: %s
                """.formatted(deep), "b.yaml", "things:\n  lamp: &lamp {in: hall, deep: %s}\n".formatted(deep));
        assertThat(lines).containsExactly(
                // At the 65th level: the 62nd bracket, in either file.
                "a.yaml:4:72: error: nested more than 64 levels deep; a world file needs only a few",
                "b.yaml:2:93: error: nested more than 64 levels deep; a world file needs only a few",
                "world.yaml:1:1: error: the world has no rooms; add rooms: to world.yaml or an area file",
                "world.yaml:2:8: error: the start room is 'hall', which does not exist");
    }

    @Test
    void everyDiagnosticIsOneLineWhateverItQuotes() {
        // A brace whose closing brace is far down the text (a line of YAML lost between them),
        // a misspelt tag broken over two lines (the line break around a known name is allowed, as
        // around '{ red }'), and an id with a line break in it.
        List<String> lines = TestWorlds.check(dir, "world.yaml", WORLD, "a.yaml", """
                rooms:
                  hall:
                    description: |
                      A hall. {id: vault-door, name: iron door, adjectives: [iron],
                        description: A door of black iron.} Dust. {bright-rde
                      } Red.
                  "nook\\nway":
                    description: A nook.
                """);
        assertThat(lines).containsExactly(
                "a.yaml:4:15: warning: '{' starts no markup tag in 'description' of room 'hall'; write '{{' for a literal brace",
                "a.yaml:5:51: warning: unknown markup tag '{bright-rde\\n}' in 'description' of room 'hall'; did you mean '{bright-red}'?",
                "a.yaml:7:3: error: id 'nook\\nway' must be lower-case letters, digits, '-' and '_'; write 'nook-way'");
    }
}
