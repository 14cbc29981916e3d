package brass.world.files.source;

import brass.world.files.source.YamlTree.YMapping;
import brass.world.files.source.YamlTree.YNode;
import brass.world.files.source.YamlTree.YScalar;
import brass.world.files.source.YamlTree.YSequence;
import brass.world.files.diagnostic.SourcePosition;
import org.snakeyaml.engine.v2.exceptions.Mark;

/** Small helpers over YAML nodes: positions and builder-facing type names. */
public final class Nodes {

    private Nodes() {
    }

    /** The node's start, 1-based. */
    public static SourcePosition position(YNode node, String file) {
        return node.line == 0 ? SourcePosition.of(file) : new SourcePosition(file, node.line, node.column);
    }

    static SourcePosition position(Mark mark) {
        return new SourcePosition(mark.getName(), mark.getLine() + 1, mark.getColumn() + 1);
    }

    public static boolean isNull(YNode node) {
        return node == null || node instanceof YScalar scalar && scalar.isNull();
    }

    /** "a list", "a map", "nothing", "'text'": what the builder wrote, for "found ..." messages. */
    public static String describe(YNode node) {
        if (isNull(node)) {
            return "nothing";
        }
        if (node instanceof YSequence) {
            return "a list";
        }
        if (node instanceof YMapping) {
            return "a map";
        }
        String value = ((YScalar) node).getValue();
        return "'" + (value.length() > 40 ? value.substring(0, 37) + "..." : value) + "'";
    }
}
