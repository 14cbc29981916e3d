package brass.world.files.source;

import brass.world.files.diagnostic.Diagnostic;
import brass.world.files.diagnostic.Problems;
import brass.world.files.diagnostic.SourcePosition;
import brass.world.files.source.YamlTree.YNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * The I/O half of checking: which files of a world folder count, and parsing each into a
 * {@link YamlTree}. Kept apart from the compiler's passes so that everything after this point
 * works on values only and never touches the disk.
 */
public final class WorldFiles {

    /** The file that names the world and its start room. */
    public static final String WORLD_FILE = "world.yaml";

    /** The folder of a world's scripts, {@code NAME.js} each. */
    public static final String SCRIPTS = "scripts";

    /**
     * Resolves a plain scalar to null or text, nothing else. The checker reads numbers, booleans
     * and durations from text itself (with its own messages), so the default schema's regular
     * expressions, run on every scalar, were the largest single cost of reading a big world.
     */
    private static final Schema TEXT_SCHEMA = new Schema() {
        @Override
        public ScalarResolver getScalarResolver() {
            return (value, implicit) -> Boolean.TRUE.equals(implicit) && isNullWord(value) ? Tag.NULL : Tag.STR;
        }

        @Override
        public Map<Tag, ConstructNode> getSchemaTagConstructors() {
            return Map.of();
        }
    };

    private static boolean isNullWord(String value) {
        return value.isEmpty() || value.equals("~") || value.equals("null") || value.equals("Null")
                || value.equals("NULL");
    }

    private WorldFiles() {
    }

    private static String label(Path file) {
        return file.toString();
    }

    /** Lists, filters and parses the folder's files; problems go to {@code problems}. */
    public static List<SourceFile> read(Path folder, Problems problems) {
        String folderLabel = folder.toString();
        List<SourceFile> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            problems.error(SourcePosition.of(folderLabel), "world folder does not exist or is not a folder");
            return files;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.filter(Files::isRegularFile)
                    .filter(p -> !hidden(folder.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.error(SourcePosition.of(folderLabel), "cannot read the world folder: " + e.getMessage());
            return files;
        }
        Path worldFile = folder.resolve(WORLD_FILE);
        if (!Files.isRegularFile(worldFile)) {
            problems.error(SourcePosition.of(folderLabel), "the world folder has no world.yaml",
                    "create world.yaml with name: and start:");
        }
        List<Path> yamlFiles = new ArrayList<>();
        for (Path path : paths) {
            String name = path.getFileName().toString();
            if (name.endsWith(".yml")) {
                problems.warning(SourcePosition.of(label(path)), "file ignored: world files end in .yaml",
                        "rename it to " + name.substring(0, name.length() - 4) + ".yaml");
            } else if (name.endsWith(".yaml")) {
                yamlFiles.add(path);
            } else if (name.endsWith(".js") && !path.getParent().equals(folder.resolve(SCRIPTS))) {
                problems.warning(SourcePosition.of(label(path)), "file ignored: scripts live directly in the "
                        + SCRIPTS + " folder", "move it to " + SCRIPTS + "/" + name);
            }
        }
        // Files parse independently, so big worlds parse on every core; results keep path order.
        List<Composed> composed = yamlFiles.size() > 1
                ? yamlFiles.parallelStream().map(WorldFiles::compose).toList()
                : yamlFiles.stream().map(WorldFiles::compose).toList();
        for (int i = 0; i < yamlFiles.size(); i++) {
            Path path = yamlFiles.get(i);
            Composed result = composed.get(i);
            if (result.problem() != null) {
                problems.add(result.problem());
            }
            String relative = folder.relativize(path).toString().replace('\\', '/');
            files.add(new SourceFile(label(path), relative.substring(0, relative.length() - 5), result.root(),
                    path.equals(worldFile), result.problem() == null));
        }
        return files;
    }

    /**
     * Reads the folder's scripts, {@code scripts/*.js} (not its subfolders, which {@link #read}
     * warns about), in name order. A file that cannot be read or is not UTF-8 is reported and left out.
     */
    public static List<ScriptSource> scripts(Path folder, Problems problems) {
        Path scripts = folder.resolve(SCRIPTS);
        if (!Files.isDirectory(scripts)) {
            return List.of();
        }
        List<Path> paths;
        try (Stream<Path> list = Files.list(scripts)) {
            paths = list.filter(p -> p.getFileName().toString().endsWith(".js") && !hidden(p.getFileName())
                    && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            problems.error(SourcePosition.of(label(scripts)), "cannot read the scripts folder: " + e.getMessage());
            return List.of();
        }
        List<ScriptSource> sources = new ArrayList<>(paths.size());
        for (Path path : paths) {
            String name = path.getFileName().toString();
            try {
                sources.add(new ScriptSource(name.substring(0, name.length() - 3), label(path),
                        Files.readString(path, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                problems.add(notUtf8(path, label(path), e).orElseGet(() ->
                        Diagnostic.error(SourcePosition.of(label(path)), "cannot read file: " + e.getMessage())));
            }
        }
        return sources;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Composes one file into nodes; a syntax error becomes a diagnostic and the file is skipped. */
    private static Composed compose(Path path) {
        String label = label(path);
        // Duplicate and complex keys are let through so the checker can report them with a position.
        LoadSettings settings = LoadSettings.builder().setLabel(label).setAllowDuplicateKeys(true)
                .setAllowNonScalarKeys(true).setCodePointLimit(256 * 1024 * 1024).setSchema(TEXT_SCHEMA).build();
        // Most files are plain: build their tree from parser events. Anything unusual, and every
        // error, goes through the composer, so that its messages and positions stay exactly its own.
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return new Composed(YamlTree.build(new ParserImpl(settings, new StreamReader(settings, reader)),
                    WorldFiles::isNullWord), null);
        } catch (YamlTree.TooDeep e) {
            return new Composed(null, tooDeep(label, e));
        } catch (IOException | RuntimeException e) {
            // composed below
        }
        try {
            // The composer recurses: first make sure the file does not nest deep enough to overflow it.
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                YamlTree.checkDepth(new ParserImpl(settings, new StreamReader(settings, reader)));
            }
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                return new Composed(new Compose(settings).composeReader(reader).map(YamlTree::copy)
                        .orElse(null), null);
            }
        } catch (YamlTree.TooDeep e) {
            return new Composed(null, tooDeep(label, e));
        } catch (MarkedYamlEngineException e) {
            SourcePosition position = e.getProblemMark().map(Nodes::position)
                    .or(() -> e.getContextMark().map(Nodes::position))
                    .orElse(SourcePosition.of(label));
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            return new Composed(null, Diagnostic.error(position, "YAML syntax: " + e.getProblem() + context));
        } catch (ReaderException e) {
            return new Composed(null, unreadableCharacter(path, label, e));
        } catch (YamlEngineException e) {
            return new Composed(null, notUtf8(path, label, e)
                    .orElseGet(() -> Diagnostic.error(SourcePosition.of(label), "YAML: " + e.getMessage())));
        } catch (IOException | RuntimeException e) {
            return new Composed(null, notUtf8(path, label, e)
                    .orElseGet(() -> Diagnostic.error(SourcePosition.of(label), "cannot read file: " + e.getMessage())));
        }
    }

    private static Diagnostic tooDeep(String label, YamlTree.TooDeep e) {
        return Diagnostic.error(e.start == null ? SourcePosition.of(label) : Nodes.position(e.start),
                "nested more than " + YamlTree.MAX_DEPTH + " levels deep", Optional.of("a world file needs only a few"));
    }

    /**
     * When reading failed because the file is not UTF-8: where, as a builder can find it (the line
     * and column of the first byte that is not, counted in characters read up to there).
     */
    private static Optional<Diagnostic> notUtf8(Path path, String label, Throwable failure) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof CharacterCodingException)) {
            cause = cause.getCause();
        }
        if (cause == null) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            return Optional.empty();
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer read = CharBuffer.allocate(bytes.length);
        if (!StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, read, true).isError()) {
            return Optional.empty();
        }
        read.flip();
        return Optional.of(Diagnostic.error(positionAfter(label, read), String.format(
                "the file is not UTF-8: byte 0x%02X is not a character", bytes[in.position()] & 0xff),
                Optional.of("save it as UTF-8")));
    }

    /** A character YAML does not allow (NUL, ESC, DEL...): snakeyaml says where in code points. */
    private static Diagnostic unreadableCharacter(Path path, String label, ReaderException e) {
        SourcePosition position = SourcePosition.of(label);
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            int at = text.offsetByCodePoints(0, Math.min(e.getPosition(), text.codePointCount(0, text.length())));
            position = positionAfter(label, text.subSequence(0, at));
        } catch (IOException | RuntimeException unreadable) {
            // The file changed or went since: the file itself is all we can name.
        }
        return Diagnostic.error(position, String.format("the file holds U+%04X, a character YAML does not allow",
                e.getCodePoint()), Optional.of("remove it"));
    }

    /** The line and column (in characters, 1-based) just after {@code prefix}, as YAML counts lines. */
    private static SourcePosition positionAfter(String label, CharSequence prefix) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == prefix.length() || prefix.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r' && !Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new SourcePosition(label, line, column);
    }

    /** A composed file, or why it could not be. */
    private record Composed(YNode root, Diagnostic problem) {
    }
}
