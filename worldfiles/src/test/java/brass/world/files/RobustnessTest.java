package brass.world.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import brass.world.files.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;

/**
 * Builders save half-edited files. The default world (or the example world), copied and damaged
 * at random: lines deleted, duplicated and garbled, ids changed, files cut short, emptied,
 * duplicated or removed, bad YAML, invalid UTF-8, deep nesting, alias bombs. Whatever state the
 * folder is in, {@code brass check} answers in bounded time with diagnostics, never with an
 * exception; each names its file (and, when it is about a place in one, the line and column), on
 * one line, in words; and there is a definition exactly when there is no error. Only the public
 * entry ({@link WorldChecker#check}) is used. Tries come from {@code jqwik.tries.default} (see
 * docs/ARCHITECTURE.md, "Fuzzing").
 */
@Tag("fuzz")
class RobustnessTest {

    static final List<Path> WORLDS = List.of(DefaultWorldTest.repositoryRoot().resolve("worlds/default"),
            ExampleWorldTest.EXAMPLE);
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9-]*");

    /** One change to a copied world folder; {@code file} and positions wrap around what is there. */
    sealed interface Damage {
        void apply(List<Path> files) throws IOException;
    }

    record DeleteLine(int file, int line) implements Damage {
        @Override
        public void apply(List<Path> files) throws IOException {
            editLines(files, file, lines -> lines.remove(line % lines.size()));
        }
    }

    record DuplicateLine(int file, int line) implements Damage {
        @Override
        public void apply(List<Path> files) throws IOException {
            editLines(files, file, lines -> lines.add(line % lines.size(), lines.get(line % lines.size())));
        }
    }

    record GarbleLine(int file, int line, int at, String garbage) implements Damage {
        @Override
        public void apply(List<Path> files) throws IOException {
            editLines(files, file, lines -> {
                String old = lines.get(line % lines.size());
                int cut = at % (old.length() + 1);
                lines.set(line % lines.size(), old.substring(0, cut) + garbage + old.substring(Math.min(old.length(), cut + 3)));
            });
        }
    }

    /** Replaces the n-th word of a file (an id, a key, a reference) with another or with a typo. */
    record ChangeWord(int file, int word, String replacement) implements Damage {
        @Override
        public void apply(List<Path> files) throws IOException {
            Path path = pick(files, file);
            if (!Files.exists(path)) {
                return;
            }
            String text = new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
            List<int[]> spans = new ArrayList<>();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
            if (spans.isEmpty()) {
                return;
            }
            int[] span = spans.get(word % spans.size());
            String old = text.substring(span[0], span[1]);
            String next = replacement.isEmpty() ? old.substring(1) + old.charAt(0) : replacement;
            write(path, text.substring(0, span[0]) + next + text.substring(span[1]));
        }
    }

    record InsertLines(int file, int line, String text) implements Damage {
        @Override
        public void apply(List<Path> files) throws IOException {
            editLines(files, file, lines -> lines.add(line % (lines.size() + 1), text));
        }
    }

    /** Raw bytes at a byte offset: invalid UTF-8, NUL, a byte-order mark, a cut multi-byte character. */
    record InsertBytes(int file, int at, byte[] bytes) implements Damage {
        @Override
        public void apply(List<Path> files) throws IOException {
            editBytes(files, file, old -> {
                int cut = at % (old.length + 1);
                byte[] next = Arrays.copyOf(old, old.length + bytes.length);
                System.arraycopy(bytes, 0, next, cut, bytes.length);
                System.arraycopy(old, cut, next, cut + bytes.length, old.length - cut);
                return next;
            });
        }

        @Override
        public String toString() {
            return "InsertBytes[file=" + file + ", at=" + at + ", bytes=" + Arrays.toString(bytes) + "]";
        }
    }

    /** Cuts a file at a byte offset: possibly inside a line, a string or a UTF-8 character; 0 empties it. */
    record Truncate(int file, int at) implements Damage {
        @Override
        public void apply(List<Path> files) throws IOException {
            editBytes(files, file, old -> Arrays.copyOf(old, at % (old.length + 1)));
        }
    }

    record DeleteFile(int file) implements Damage {
        @Override
        public void apply(List<Path> files) throws IOException {
            Files.deleteIfExists(pick(files, file));
        }
    }

    /** A second copy of a file under another name: every id in it is now defined twice. */
    record CopyFile(int file, String name) implements Damage {
        @Override
        public void apply(List<Path> files) throws IOException {
            Path path = pick(files, file);
            if (Files.exists(path)) {
                Files.copy(path, path.resolveSibling(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static Path pick(List<Path> files, int file) {
        return files.get(file % files.size());
    }

    /** Rewrites a file's bytes, if the file is still there. */
    private static void editBytes(List<Path> files, int file, java.util.function.UnaryOperator<byte[]> edit)
            throws IOException {
        Path path = pick(files, file);
        if (Files.exists(path)) {
            Files.write(path, edit.apply(Files.readAllBytes(path)));
        }
    }

    private interface LineEdit {
        void edit(List<String> lines);
    }

    private static void editLines(List<Path> files, int file, LineEdit edit) throws IOException {
        Path path = pick(files, file);
        if (!Files.exists(path)) {
            return;
        }
        // Latin-1 keeps every byte, so a file already made invalid UTF-8 stays exactly as damaged.
        List<String> lines = new ArrayList<>(Arrays.asList(
                new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1).split("\n", -1)));
        if (lines.isEmpty()) {
            lines.add("");
        }
        edit.edit(lines);
        write(path, String.join("\n", lines));
    }

    private static void write(Path path, String latin1) throws IOException {
        Files.write(path, latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Provide
    Arbitrary<List<Damage>> damages() {
        Arbitrary<Integer> file = Arbitraries.integers().between(0, 1000);
        Arbitrary<Integer> place = Arbitraries.integers().between(0, 100_000);
        Arbitrary<String> garbage = Arbitraries.oneOf(
                Arbitraries.of(":", ": :", "-", "- ", "\t", "[", "]", "{", "}", "#", "&a ", "*a", "!", "|", ">", "'",
                        "\"", "%", "@", "`", ",", "?", "\\", "  ", "", "\u00e9", "\u4e00", "\ud83d\udc0d", "\u0000",
                        "\u00a0"),
                Arbitraries.strings().withChars(":-[]{}#&*!|>'\"%@`,? \tabcxyz0123").ofMaxLength(12));
        Arbitrary<String> badYaml = Arbitraries.oneOf(
                Arbitraries.of("key: [unclosed", ": :", "- - -", "{", "}", "&anchor", "*undefined", "a: *undefined",
                        "!!binary x", "x: !custom y", "---", "...", "%YAML 1.1", "? [complex, key]\n: value",
                        "a: &x [*x]", "<<: *x", "\t- tab", "x: \"unterminated", "x: 'unterminated", "x: |", "x: >\n",
                        "a: b: c", "- a\nb: c", "rooms:", "things: 7", "rooms: [1, 2]", "id: ", "exits: {north: }",
                        "x: " + "y".repeat(20_000), "\u0000: \u0000", "\ufeffname: x",
                        "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]"),
                // Deep nesting, in flow style and in block style.
                Arbitraries.integers().between(1, 3000).map(d -> "deep: " + "[".repeat(d) + "]".repeat(d)),
                Arbitraries.integers().between(1, 3000).map(d -> "deep: " + "{a: ".repeat(d) + "}".repeat(d)),
                Arbitraries.integers().between(1, 300).map(d -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < d; i++) {
                        b.append(" ".repeat(i)).append("a:\n");
                    }
                    return b.toString();
                }),
                Arbitraries.integers().between(1, 1000).map(d -> "- ".repeat(d) + "x"));
        Arbitrary<byte[]> bytes = Arbitraries.oneOf(
                Arbitraries.of(new byte[] {(byte) 0xff}, new byte[] {(byte) 0xc3, 0x28}, new byte[] {(byte) 0x80},
                        new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                        new byte[] {(byte) 0xc0, (byte) 0xaf}, new byte[] {(byte) 0xe2, (byte) 0x82}, new byte[] {0},
                        new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, new byte[] {'\r'}, new byte[] {0x1b, '[', '2', 'J'}),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8));
        Arbitrary<Damage> damage = Arbitraries.frequencyOf(
                Tuple.of(4, Combinators.combine(file, place).as(DeleteLine::new)),
                Tuple.of(3, Combinators.combine(file, place).as(DuplicateLine::new)),
                Tuple.of(4, Combinators.combine(file, place, place, garbage).as(GarbleLine::new)),
                Tuple.of(4, Combinators.combine(file, place, Arbitraries.oneOf(Arbitraries.just(""),
                        Arbitraries.of("hall", "common-room", "cellar", "north", "lamp", "id", "name", "exits", "start",
                                "rooms", "things", "x"), Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6)))
                        .as(ChangeWord::new)),
                Tuple.of(3, Combinators.combine(file, place, badYaml).as(InsertLines::new)),
                Tuple.of(2, Combinators.combine(file, place, bytes).as(InsertBytes::new)),
                Tuple.of(2, Combinators.combine(file, place).as(Truncate::new)),
                Tuple.of(1, file.map(DeleteFile::new)),
                Tuple.of(1, Combinators.combine(file, Arbitraries.of("copy.yaml", "again.yaml", "old.yml"))
                        .as(CopyFile::new)));
        return damage.list().ofMinSize(1).ofMaxSize(5);
    }

    @Property
    void aDamagedWorldGetsClearDiagnosticsNeverAnException(@ForAll("damages") List<Damage> damages,
                                                           @ForAll boolean example) throws IOException {
        Path dir = Files.createTempDirectory("brass-damaged");
        try {
            Path source = WORLDS.get(example ? 1 : 0);
            List<Path> files = copy(source, dir);
            for (Damage d : damages) {
                d.apply(files);
            }
            CheckResult result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> WorldChecker.check(dir));
            assertClear(dir, result);
        } finally {
            delete(dir);
        }
    }

    static void assertClear(Path dir, CheckResult result) {
        assertThat(result.world().isPresent()).isEqualTo(!result.hasErrors());
        String report = result.report();
        assertThat(report).endsWith(result.summary() + "\n");
        for (Diagnostic d : result.diagnostics()) {
            assertThat(d.message()).as("%s", d).isNotBlank();
            assertThat(d.text()).as("%s", d).doesNotContain("\n").doesNotContain("\r");
            String file = d.position().file();
            assertThat(file).as("%s", d).startsWith(dir.toString());
            if (d.position().line() == 0) {
                // Only a whole file or folder has no line: one that is missing or ignored, or one
                // that could not be read, as another diagnostic says with its place. An empty file
                // has a first line: what it lacks is said there.
                assertThat(d.position().column()).as("%s", d).isZero();
                Path named = Path.of(file);
                boolean unreadable = result.diagnostics().stream()
                        .anyMatch(other -> other.isError() && other.position().file().equals(file) && other.position().line() > 0);
                assertThat(!Files.isRegularFile(named) || file.endsWith(".yml") || unreadable)
                        .as("a place in the file is named: %s", d).isTrue();
            } else {
                assertThat(d.position().column()).as("%s", d).isPositive();
            }
        }
        assertThat(report.lines().count()).isEqualTo(result.diagnostics().size() + 1L);
    }

    /** Copies a world folder's files; returns the copies of its world files (.yaml), in path order. */
    static List<Path> copy(Path source, Path target) throws IOException {
        List<Path> copies = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
                if (copy.toString().endsWith(".yaml")) {
                    copies.add(copy);
                }
            }
        }
        return copies;
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
