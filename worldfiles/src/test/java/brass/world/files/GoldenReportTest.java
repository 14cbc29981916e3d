package brass.world.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import brass.world.behaviour.BehaviourRegistry;
import brass.world.behaviour.standard.StandardBehaviours;
import brass.world.files.definition.CrowdDefinition;
import brass.world.files.definition.WorldDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checker's reports, byte for byte: the whole text {@code bin/brass check} prints (the folder
 * written as {@code WORLD}) for the default and example worlds, for every world the tests check
 * (kept under {@code src/test/resources/golden/worlds}), and for generated grids with a mistake
 * every few rooms, compared with the files under {@code src/test/resources/golden/reports}; and
 * for each world that loads, a dump of the {@code WorldDefinition} it makes (a digest for the
 * large one). The files were written by the checker as it was before it was split into passes,
 * so any change to what a builder reads shows here as a difference.
 *
 * <p>A change meant to alter reports: run this test with {@code -Dbrass.golden.update=true},
 * which rewrites the files, and review their diff. A failing run writes what it got under
 * {@code world/target/golden-actual} to diff against.
 */
class GoldenReportTest {

    static final Path ROOT = DefaultWorldTest.repositoryRoot();
    static final Path GOLDEN = ROOT.resolve("worldfiles/src/test/resources/golden");
    static final Path ACTUAL = ROOT.resolve("world/target/golden-actual");
    static final boolean UPDATE = Boolean.getBoolean("brass.golden.update");

    /** The grid with every kind of mistake: 3,000 rooms in 30 files, about one room in five wrong. */
    static final GridWorld MISTAKES = GridWorld.of(60, 50).roomsPerFile(100).pebbleEvery(10).withMistakes(13, 5);
    /** A grid whose mistakes are all warnings, so it loads: 1,200 rooms, about one in four with one. */
    static final GridWorld WARNINGS = GridWorld.of(40, 30).roomsPerFile(100).pebbleEvery(10).withWarnings(7, 4);

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyWorldTheTestsCheck() throws IOException {
        try (Stream<Path> folders = Files.list(GOLDEN.resolve("worlds"))) {
            return folders.sorted().toList().stream().map(folder -> DynamicTest.dynamicTest(
                    folder.getFileName().toString(), () -> verify(folder.getFileName().toString(), folder,
                            WorldChecker.check(folder))));
        }
    }

    @Test
    void theDefaultWorld() {
        Path folder = ROOT.resolve("worlds/default");
        verify("default", folder, WorldChecker.check(folder));
    }

    @Test
    void theExampleWorld() {
        verify("example", ExampleWorldTest.EXAMPLE, WorldChecker.check(ExampleWorldTest.EXAMPLE));
    }

    @Test
    void aFolderThatIsNotThere() {
        Path missing = dir.resolve("missing");
        verify("missing-folder", missing, WorldChecker.check(missing));
    }

    @Test
    void behavioursRegisteredByCode() {
        BehaviourRegistry registry = StandardBehaviours.registry().with(Chime.behaviour());
        for (String name : List.of("definitions-chime", "definitions-chime-needs-sound")) {
            Path folder = GOLDEN.resolve("worlds").resolve(name);
            verify(name + ".with-chime", folder, new WorldChecker(registry).checkFolder(folder));
        }
    }

    @Test
    void aGeneratedGridWithEveryKindOfMistake() throws IOException {
        CheckResult result = WorldChecker.check(MISTAKES.writeTo(dir));
        assertThat(result.errorCount()).isGreaterThan(300);
        verify("grid-mistakes", dir, result);
    }

    @Test
    void aGeneratedGridWithWarningsOnlyLoads() throws IOException {
        CheckResult result = WorldChecker.check(WARNINGS.writeTo(dir));
        assertThat(result.errorCount()).isZero();
        assertThat(result.warningCount()).isGreaterThan(200);
        matches("grid-warnings.report", normalise(result.report(), dir));
        String dump = dump(result.world().orElseThrow(), dir);
        Path whole = ACTUAL.resolve("grid-warnings.definition");
        Files.createDirectories(ACTUAL);
        Files.writeString(whole, dump);
        // The dump is megabytes: its digest is kept, and the dump itself is written to diff when it changes.
        matches("grid-warnings.definition.sha256", sha256(dump) + "\n");
    }

    @Test
    void theParallelTestsRingWithItsMistakesAndWithASmallSuggestionBudget() throws IOException {
        ParallelCheckTest.generate(dir, true);
        verify("ring-mistakes", dir, WorldChecker.check(dir));
        CheckResult budgeted = new WorldChecker(StandardBehaviours.registry(), 10L * ParallelCheckTest.ROOMS)
                .checkFolder(dir);
        verify("ring-mistakes-budgeted", dir, budgeted);
    }

    private static void verify(String name, Path folder, CheckResult result) {
        matches(name + ".report", normalise(result.report(), folder));
        result.world().ifPresent(world -> matches(name + ".definition", dump(world, folder)));
    }

    /** The report with the folder written as {@code WORLD}, so it is the same wherever the test runs. */
    static String normalise(String text, Path folder) {
        return text.replace(folder.toString(), "WORLD");
    }

    /** Every value of the definition, one line per room, thing, actor and door, in the definition's order. */
    static String dump(WorldDefinition world, Path folder) {
        StringBuilder text = new StringBuilder();
        text.append("name: ").append(world.name()).append('\n')
                .append("description: ").append(world.description()).append('\n')
                .append("start: ").append(world.start()).append('\n')
                .append("settings: ").append(world.settings()).append('\n')
                .append("position: ").append(world.position()).append('\n');
        if (!world.crowds().equals(CrowdDefinition.NONE)) {
            text.append("crowds: ").append(world.crowds()).append('\n');
        }
        world.rooms().values().forEach(room -> text.append(room).append('\n'));
        world.things().values().forEach(thing -> text.append(thing).append('\n'));
        world.actors().values().forEach(actor -> text.append(actor).append('\n'));
        world.doors().values().forEach(door -> text.append(door).append('\n'));
        world.resets().values().forEach(reset -> text.append(reset).append('\n'));
        world.conversations().values().forEach(talk -> text.append(talk).append('\n'));
        return normalise(text.toString(), folder);
    }

    static void matches(String name, String actual) {
        Path expectedFile = GOLDEN.resolve("reports").resolve(name);
        try {
            if (UPDATE) {
                Files.createDirectories(expectedFile.getParent());
                Files.writeString(expectedFile, actual);
                return;
            }
            if (!Files.exists(expectedFile)) {
                fail("no golden file " + expectedFile + "; run with -Dbrass.golden.update=true to write it");
            }
            String expected = Files.readString(expectedFile);
            if (!expected.equals(actual)) {
                Path written = ACTUAL.resolve(name);
                Files.createDirectories(ACTUAL);
                Files.writeString(written, actual);
                fail(name + " differs from its golden file " + firstDifference(expected, actual)
                        + "\nwhat this run gave is in " + written);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String firstDifference(String expected, String actual) {
        List<String> want = expected.lines().toList();
        List<String> got = actual.lines().toList();
        for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
            String a = i < want.size() ? want.get(i) : "(end)";
            String b = i < got.size() ? got.get(i) : "(end)";
            if (!a.equals(b)) {
                return "at line " + (i + 1) + ":\n  expected: " + a + "\n  actual:   " + b;
            }
        }
        return "in its line endings";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
