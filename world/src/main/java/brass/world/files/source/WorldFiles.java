package brass.world.files.source;

import brass.world.files.diagnostic.Diagnostic;
import brass.world.files.diagnostic.Problems;
import brass.world.files.diagnostic.SourcePosition;
import brass.world.files.source.YamlTree.YNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
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
                    path.equals(worldFile)));
        }
        return files;
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
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // composed below
        }
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return new Composed(new Compose(settings).composeReader(reader).map(YamlTree::copy)
                    .orElse(null), null);
        } catch (MarkedYamlEngineException e) {
            SourcePosition position = e.getProblemMark().map(Nodes::position)
                    .or(() -> e.getContextMark().map(Nodes::position))
                    .orElse(SourcePosition.of(label));
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            return new Composed(null, Diagnostic.error(position, "YAML syntax: " + e.getProblem() + context));
        } catch (YamlEngineException e) {
            return new Composed(null, Diagnostic.error(SourcePosition.of(label), "YAML: " + e.getMessage()));
        } catch (IOException | RuntimeException e) {
            return new Composed(null, Diagnostic.error(SourcePosition.of(label), "cannot read file: "
                    + e.getMessage()));
        }
    }

    /** A composed file, or why it could not be. */
    private record Composed(YNode root, Diagnostic problem) {
    }
}
