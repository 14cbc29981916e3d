package brass.world.files.compile;

import brass.world.files.diagnostic.Problems;
import brass.world.files.diagnostic.SourcePosition;
import brass.world.files.source.Nodes;
import brass.world.files.source.YamlTree.YScalar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * Warns about colour markup a player would see as raw braces ({@link Markup}), pointing at the
 * tag itself inside the text. Safe on several threads (rooms are read in parallel); a file's
 * lines are read at most once, and only for a warning inside a literal block.
 */
final class MarkupCheck {

    private final Problems problems;
    private final Map<String, List<String>> fileLines = new ConcurrentHashMap<>();

    MarkupCheck(Problems problems) {
        this.problems = problems;
    }

    /** Checks the markup of {@code value}, the text of {@code field}. */
    void check(Field field, String value) {
        if (value.indexOf('{') < 0 || !(field.value() instanceof YScalar scalar)) {
            return;
        }
        String raw = scalar.getValue();
        for (Markup.Problem problem : Markup.problems(raw)) {
            problems.warning(positionIn(scalar, field.file(), problem.offset()),
                    problem.message() + " in " + field.what(), problem.hint());
        }
    }

    /**
     * The position of a character inside a scalar. Exact for one-line scalars and for literal
     * blocks ({@code |}), whose lines map one to one onto the file; other multi-line styles fold
     * lines together, so they get the scalar's start.
     */
    private SourcePosition positionIn(YScalar scalar, String file, int offset) {
        SourcePosition start = Nodes.position(scalar, file);
        if (start.line() == 0) {
            return start;
        }
        String raw = scalar.getValue();
        ScalarStyle style = scalar.getScalarStyle();
        boolean oneLine = scalar.endLine() == start.line();
        if (oneLine && raw.indexOf('\n') < 0) {
            int quote = style == ScalarStyle.SINGLE_QUOTED
                    || style == ScalarStyle.DOUBLE_QUOTED ? 1 : 0;
            return new SourcePosition(start.file(), start.line(), start.column() + quote + offset);
        }
        if (style != ScalarStyle.LITERAL) {
            return start;
        }
        List<String> lines = lines(file);
        int lineInValue = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (raw.charAt(i) == '\n') {
                lineInValue++;
                lineStart = i + 1;
            }
        }
        int indent = -1;
        for (int k = start.line(); k < lines.size() && indent < 0; k++) {
            String line = lines.get(k);
            if (!line.isBlank()) {
                indent = line.length() - line.stripLeading().length();
            }
        }
        return new SourcePosition(start.file(), start.line() + 1 + lineInValue,
                Math.max(indent, 0) + offset - lineStart + 1);
    }

    private List<String> lines(String file) {
        return fileLines.computeIfAbsent(file, f -> {
            try {
                return Files.readAllLines(Path.of(f), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
    }
}
