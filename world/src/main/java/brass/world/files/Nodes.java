package brass.world.files;

import brass.world.files.diagnostic.SourcePosition;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Small helpers over snakeyaml-engine nodes: positions and builder-facing type names. */
final class Nodes {

    private Nodes() {
    }

    /** The node's start, 1-based; the file label is the one given to the YAML loader. */
    static SourcePosition position(Node node, String file) {
        return node.getStartMark().map(Nodes::position).orElse(SourcePosition.of(file));
    }

    static SourcePosition position(Mark mark) {
        return new SourcePosition(mark.getName(), mark.getLine() + 1, mark.getColumn() + 1);
    }

    static boolean isNull(Node node) {
        return node == null || node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    /** "a list", "a map", "nothing", "'text'": what the builder wrote, for "found ..." messages. */
    static String describe(Node node) {
        if (isNull(node)) {
            return "nothing";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a map";
        }
        String value = ((ScalarNode) node).getValue();
        return "'" + (value.length() > 40 ? value.substring(0, 37) + "..." : value) + "'";
    }
}
