package brass.world.files.compile;

import brass.world.files.diagnostic.Problems;
import brass.world.files.diagnostic.SourcePosition;
import brass.world.files.diagnostic.Suggestions;
import brass.world.files.source.Nodes;
import brass.world.files.source.YamlTree.YScalar;
import brass.world.language.Prose;
import brass.world.markup.Markup;
import brass.world.markup.MarkupProblem;
import brass.world.markup.MarkupProblem.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * Warns about colour markup a player would see as raw braces, as the renderers read it
 * ({@link Markup#check}) in the text players are shown (reflowed, {@link Prose}), pointing at the
 * tag itself where it is written; a {@code {/}} that only
 * follows from an earlier bad tag is not reported again. Safe on several threads (rooms are read
 * in parallel); a file's lines are read at most once, and only for a warning inside a literal block.
 */
final class MarkupCheck {

    private final Problems problems;
    private final Map<String, List<String>> fileLines = new ConcurrentHashMap<>();

    MarkupCheck(Problems problems) {
        this.problems = problems;
    }

    /**
     * Checks the markup of {@code shown}, the text of {@code field} as players read it (stripped,
     * its paragraphs reflowed), pointing each problem at where it is written.
     */
    void check(Field field, Prose.Reflowed shown) {
        check(field, shown, field.what());
    }

    /** As above, naming the field as {@code what} ("'text' of help entry 'heart'"). */
    void check(Field field, Prose.Reflowed shown, String what) {
        if (shown.text().indexOf('{') < 0 || !(field.value() instanceof YScalar scalar)) {
            return;
        }
        String raw = scalar.getValue();
        int stripped = raw.length() - raw.stripLeading().length();
        for (MarkupProblem problem : Markup.check(shown.text())) {
            if (problem.standsAlone()) {
                problems.warning(positionIn(scalar, field.file(), stripped + shown.sourceOf(problem.offset())),
                        problem.message() + " in " + what, hint(problem));
            }
        }
    }

    /** The grammar's hint, or the nearest known tag for a misspelt name. */
    private static String hint(MarkupProblem problem) {
        if (problem.kind() == Kind.UNKNOWN_TAG || problem.kind() == Kind.BAD_HEX_COLOUR) {
            Optional<String> nearest = Suggestions.nearest(problem.name(), Markup.knownTags());
            if (nearest.isPresent()) {
                return "did you mean '{" + nearest.get() + "}'?";
            }
        }
        return problem.hint();
    }

    /**
     * The position of a character inside a scalar. Exact for one-line scalars and for literal
     * blocks ({@code |}), whose lines map one to one onto the file; other multi-line styles fold
     * lines together, so they get the scalar's start. Columns count code points, as the YAML
     * parser's do: an emoji before a tag is one column, not two chars.
     */
    SourcePosition positionIn(YScalar scalar, String file, int offset) {
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
            return new SourcePosition(start.file(), start.line(), start.column() + quote + raw.codePointCount(0, offset));
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
                Math.max(indent, 0) + raw.codePointCount(lineStart, offset) + 1);
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
