package brass.world.files.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * A compact copy of a YAML document: just values and 1-based positions. snakeyaml's own nodes
 * carry marks, optionals and comment lists, several hundred bytes each; a 100,000-room world kept
 * as those spends most of its checking time in the garbage collector. Every node of a world stays
 * alive until the check ends, so each byte here is copied by every young collection that runs
 * meanwhile: nodes do not repeat their file (the caller knows it), mappings hold keys and values
 * in one array rather than a tuple object per pair, and a file's repeated short scalars (field
 * names, directions, room ids) share one string.
 *
 * <p>Read-only outside this package: only {@link WorldFiles} builds trees.
 */
public final class YamlTree {

    private YamlTree() {
    }

    /** Any node: knows where it starts. */
    public abstract static sealed class YNode permits YScalar, YMapping, YSequence {
        final int line;
        final int column;

        YNode(int line, int column) {
            this.line = line;
            this.column = column;
        }
    }

    /** A scalar: its text, whether YAML resolved it to null, its style and the line it ends on. */
    public static final class YScalar extends YNode {
        private static final ScalarStyle[] STYLES = ScalarStyle.values();

        private final String value;
        private final int endLine;
        private final boolean isNull;
        private final byte style;

        YScalar(int line, int column, String value, boolean isNull, ScalarStyle style, int endLine) {
            super(line, column);
            this.value = value;
            this.isNull = isNull;
            this.style = (byte) style.ordinal();
            this.endLine = endLine;
        }

        public String getValue() {
            return value;
        }

        public boolean isNull() {
            return isNull;
        }

        public ScalarStyle getScalarStyle() {
            return STYLES[style];
        }

        public int endLine() {
            return endLine;
        }
    }

    /** A mapping, in the order written, duplicates kept so the checker can report them. */
    public static final class YMapping extends YNode {
        private static final YNode[] EMPTY = new YNode[0];

        /** Key, value, key, value... */
        private YNode[] pairs = EMPTY;
        private int size;

        YMapping(int line, int column) {
            super(line, column);
        }

        /** How many key-value pairs. */
        public int size() {
            return size;
        }

        public YNode key(int index) {
            return pairs[2 * Objects.checkIndex(index, size)];
        }

        public YNode value(int index) {
            return pairs[2 * Objects.checkIndex(index, size) + 1];
        }

        void add(YNode key, YNode value) {
            if (2 * size == pairs.length) {
                pairs = Arrays.copyOf(pairs, Math.max(8, pairs.length * 2));
            }
            pairs[2 * size] = key;
            pairs[2 * size + 1] = value;
            size++;
        }

        void trim() {
            if (pairs.length > 2 * size) {
                pairs = Arrays.copyOf(pairs, 2 * size);
            }
        }
    }

    /** A sequence. */
    public static final class YSequence extends YNode {
        private List<YNode> items = new ArrayList<>();

        YSequence(int line, int column) {
            super(line, column);
        }

        public List<YNode> getValue() {
            return items;
        }

        void trim() {
            items = List.copyOf(items);
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
     * How deep collections may nest. A world file needs a handful of levels; thousands (a file
     * damaged into "[[[[...") would overflow the stack of any recursive reader, snakeyaml's
     * composer included, so the checker stops at this depth with a diagnostic instead.
     */
    static final int MAX_DEPTH = 64;

    /** Thrown when collections nest deeper than {@link #MAX_DEPTH}: where the one too deep starts. */
    static final class TooDeep extends RuntimeException {
        final Mark start;

        TooDeep(Mark start) {
            super(null, null, false, false);
            this.start = start;
        }
    }

    /** Reads every event of a document, iteratively, and throws {@link TooDeep} if it nests too deep. */
    static void checkDepth(Parser parser) {
        int depth = 0;
        while (parser.hasNext()) {
            Event event = parser.next();
            if (event instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
                throw new TooDeep(event.getStartMark().orElse(null));
            } else if (event.getEventId() == Event.ID.SequenceEnd || event.getEventId() == Event.ID.MappingEnd) {
                depth--;
            }
        }
    }

    /**
     * Builds the tree of a plain single-document file straight from parser events, with no
     * composed nodes in between: the same tree {@link #copy} makes of the composed document, for
     * a file without anchors, aliases or tags. Throws {@link NotPlain} for anything else.
     *
     * @param isNull whether a plain, untagged scalar's text resolves to null
     */
    static YNode build(Parser parser, java.util.function.Predicate<String> isNull) {
        expect(parser.next(), Event.ID.StreamStart);
        if (parser.checkEvent(Event.ID.StreamEnd)) {
            return null;
        }
        expect(parser.next(), Event.ID.DocumentStart);
        YNode root = new Builder(parser, isNull).node(0);
        expect(parser.next(), Event.ID.DocumentEnd);
        expect(parser.next(), Event.ID.StreamEnd);
        return root;
    }

    private static void expect(Event event, Event.ID id) {
        if (event.getEventId() != id) {
            throw NOT_PLAIN;
        }
    }

    /** One file's walk over parser events, with the table of strings it has already kept. */
    private static final class Builder {
        /** Scalars at most this long are shared: ids, field names and words repeat; prose does not. */
        private static final int SHARED_LENGTH = 24;

        private final Parser parser;
        private final java.util.function.Predicate<String> isNull;
        private final Map<String, String> strings = new HashMap<>();

        Builder(Parser parser, java.util.function.Predicate<String> isNull) {
            this.parser = parser;
            this.isNull = isNull;
        }

        YNode node(int depth) {
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
                if (value.length() <= SHARED_LENGTH) {
                    String kept = strings.putIfAbsent(value, value);
                    value = kept == null ? value : kept;
                }
                return new YScalar(line, column, value,
                        scalar.getImplicit().canOmitTagInPlainScalar() && isNull.test(value), scalar.getScalarStyle(),
                        end == null ? line : end.getLine() + 1);
            }
            if (((CollectionStartEvent) event).getTag().isPresent()) {
                throw NOT_PLAIN;
            }
            if (depth >= MAX_DEPTH) {
                throw new TooDeep(start);
            }
            if (id == Event.ID.SequenceStart) {
                YSequence sequence = new YSequence(line, column);
                while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                    sequence.items.add(node(depth + 1));
                }
                parser.next();
                sequence.trim();
                return sequence;
            }
            YMapping mapping = new YMapping(line, column);
            while (!parser.checkEvent(Event.ID.MappingEnd)) {
                YNode key = node(depth + 1);
                mapping.add(key, node(depth + 1));
            }
            parser.next();
            mapping.trim();
            return mapping;
        }
    }

    /** Copies a composed document; anchors and aliases become shared (or cyclic) references. */
    static YNode copy(Node root) {
        return copy(root, new IdentityHashMap<>());
    }

    private static YNode copy(Node node, Map<Node, YNode> done) {
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
            YScalar copy = new YScalar(line, column, scalar.getValue(), Tag.NULL.equals(node.getTag()),
                    scalar.getScalarStyle(), end == null ? line : end.getLine() + 1);
            if (anchored) {
                done.put(node, copy);
            }
            return copy;
        }
        if (node instanceof SequenceNode sequence) {
            YSequence copy = new YSequence(line, column);
            if (anchored) {
                done.put(node, copy);
            }
            for (Node item : sequence.getValue()) {
                copy.items.add(copy(item, done));
            }
            return copy;
        }
        MappingNode mapping = (MappingNode) node;
        YMapping copy = new YMapping(line, column);
        if (anchored) {
            done.put(node, copy);
        }
        for (NodeTuple tuple : mapping.getValue()) {
            copy.add(copy(tuple.getKeyNode(), done), copy(tuple.getValueNode(), done));
        }
        return copy;
    }
}
