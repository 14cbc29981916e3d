package brass.world.files;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * A compact copy of a composed YAML document: just values and 1-based positions. snakeyaml's own
 * nodes carry marks, optionals and comment lists, several hundred bytes each; a 100,000-room world
 * kept as those spends most of its checking time in the garbage collector. Each file is copied
 * into this tree as soon as it is composed, and snakeyaml's nodes are dropped.
 */
final class YamlTree {

    private YamlTree() {
    }

    /** Any node: knows its file and where it starts. */
    abstract static sealed class YNode permits YScalar, YMapping, YSequence {
        final String file;
        final int line;
        final int column;

        YNode(String file, int line, int column) {
            this.file = file;
            this.line = line;
            this.column = column;
        }
    }

    /** A scalar: its text, whether YAML resolved it to null, its style and the line it ends on. */
    static final class YScalar extends YNode {
        private final String value;
        private final boolean isNull;
        private final ScalarStyle style;
        private final int endLine;

        YScalar(String file, int line, int column, String value, boolean isNull, ScalarStyle style, int endLine) {
            super(file, line, column);
            this.value = value;
            this.isNull = isNull;
            this.style = style;
            this.endLine = endLine;
        }

        String getValue() {
            return value;
        }

        boolean isNull() {
            return isNull;
        }

        ScalarStyle getScalarStyle() {
            return style;
        }

        int endLine() {
            return endLine;
        }
    }

    /** A key and its value in a mapping. */
    record YTuple(YNode getKeyNode, YNode getValueNode) {
    }

    /** A mapping, in the order written, duplicates kept so the checker can report them. */
    static final class YMapping extends YNode {
        private final List<YTuple> tuples = new ArrayList<>();

        YMapping(String file, int line, int column) {
            super(file, line, column);
        }

        List<YTuple> getValue() {
            return tuples;
        }
    }

    /** A sequence. */
    static final class YSequence extends YNode {
        private final List<YNode> items = new ArrayList<>();

        YSequence(String file, int line, int column) {
            super(file, line, column);
        }

        List<YNode> getValue() {
            return items;
        }
    }

    /**
     * Thrown by {@link #build} when a file uses something only the composer handles exactly
     * (anchors, aliases, tags, several documents): the caller composes that file instead.
     */
    static final class NotPlain extends RuntimeException {
        NotPlain() {
            super(null, null, false, false);
        }
    }

    private static final NotPlain NOT_PLAIN = new NotPlain();

    /**
     * Builds the tree of a plain single-document file straight from parser events, with no
     * composed nodes in between: the same tree {@link #copy} makes of the composed document, for
     * a file without anchors, aliases or tags. Throws {@link NotPlain} for anything else.
     *
     * @param isNull whether a plain, untagged scalar's text resolves to null
     */
    static YNode build(Parser parser, String file, java.util.function.Predicate<String> isNull) {
        expect(parser.next(), Event.ID.StreamStart);
        if (parser.checkEvent(Event.ID.StreamEnd)) {
            return null;
        }
        expect(parser.next(), Event.ID.DocumentStart);
        YNode root = node(parser, file, isNull);
        expect(parser.next(), Event.ID.DocumentEnd);
        expect(parser.next(), Event.ID.StreamEnd);
        return root;
    }

    private static void expect(Event event, Event.ID id) {
        if (event.getEventId() != id) {
            throw NOT_PLAIN;
        }
    }

    private static YNode node(Parser parser, String file, java.util.function.Predicate<String> isNull) {
        Event event = parser.next();
        Event.ID id = event.getEventId();
        if (id != Event.ID.Scalar && id != Event.ID.MappingStart && id != Event.ID.SequenceStart
                || ((NodeEvent) event).getAnchor().isPresent()) {
            throw NOT_PLAIN;
        }
        Mark start = event.getStartMark().orElse(null);
        int line = start == null ? 0 : start.getLine() + 1;
        int column = start == null ? 0 : start.getColumn() + 1;
        if (id == Event.ID.Scalar) {
            ScalarEvent scalar = (ScalarEvent) event;
            if (scalar.getTag().isPresent()) {
                throw NOT_PLAIN;
            }
            Mark end = scalar.getEndMark().orElse(null);
            String value = scalar.getValue();
            return new YScalar(file, line, column, value,
                    scalar.getImplicit().canOmitTagInPlainScalar() && isNull.test(value), scalar.getScalarStyle(),
                    end == null ? line : end.getLine() + 1);
        }
        if (((CollectionStartEvent) event).getTag().isPresent()) {
            throw NOT_PLAIN;
        }
        if (id == Event.ID.SequenceStart) {
            YSequence sequence = new YSequence(file, line, column);
            while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                sequence.items.add(node(parser, file, isNull));
            }
            parser.next();
            return sequence;
        }
        YMapping mapping = new YMapping(file, line, column);
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            YNode key = node(parser, file, isNull);
            mapping.tuples.add(new YTuple(key, node(parser, file, isNull)));
        }
        parser.next();
        return mapping;
    }

    /** Copies a composed document; anchors and aliases become shared (or cyclic) references. */
    static YNode copy(Node root, String file) {
        return copy(root, file, new IdentityHashMap<>());
    }

    private static YNode copy(Node node, String file, Map<Node, YNode> done) {
        // Only anchored nodes can be reached twice (through an alias), so only they are memoised:
        // hashing every node of a large world would cost more than the copy itself.
        boolean anchored = node.getAnchor().isPresent();
        if (anchored) {
            YNode already = done.get(node);
            if (already != null) {
                return already;
            }
        }
        Mark start = node.getStartMark().orElse(null);
        int line = start == null ? 0 : start.getLine() + 1;
        int column = start == null ? 0 : start.getColumn() + 1;
        if (node instanceof ScalarNode scalar) {
            Mark end = node.getEndMark().orElse(null);
            YScalar copy = new YScalar(file, line, column, scalar.getValue(), Tag.NULL.equals(node.getTag()),
                    scalar.getScalarStyle(), end == null ? line : end.getLine() + 1);
            if (anchored) {
                done.put(node, copy);
            }
            return copy;
        }
        if (node instanceof SequenceNode sequence) {
            YSequence copy = new YSequence(file, line, column);
            if (anchored) {
                done.put(node, copy);
            }
            for (Node item : sequence.getValue()) {
                copy.items.add(copy(item, file, done));
            }
            return copy;
        }
        MappingNode mapping = (MappingNode) node;
        YMapping copy = new YMapping(file, line, column);
        if (anchored) {
            done.put(node, copy);
        }
        for (NodeTuple tuple : mapping.getValue()) {
            copy.tuples.add(new YTuple(copy(tuple.getKeyNode(), file, done), copy(tuple.getValueNode(), file, done)));
        }
        return copy;
    }
}
