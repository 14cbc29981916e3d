package brass.world.files;

import brass.world.files.YamlTree.YMapping;
import brass.world.files.YamlTree.YNode;
import brass.world.files.YamlTree.YScalar;
import brass.world.files.YamlTree.YSequence;
import brass.world.files.YamlTree.YTuple;
import java.util.function.Predicate;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * A reader for the plain subset of YAML that generated and most hand-written world files use:
 * printable ASCII, block mappings of one-line keys, one-line plain values, and one-line flow
 * maps and lists of plain words. It gives the same tree, values and positions snakeyaml would,
 * several times faster; for anything else (comments, quotes, block scalars, anchors, tags, block
 * lists, multi-line values, empty values, any error) it throws {@link YamlTree.NotPlain} and the
 * file is read by snakeyaml instead. It is deliberately strict: when in doubt, it gives up.
 */
final class PlainYaml {

    private static final YamlTree.NotPlain NOT_PLAIN = new YamlTree.NotPlain();

    private final String text;
    private final String file;
    private final Predicate<String> isNull;
    private final int length;
    /** The current line: where it starts, where its content starts, where it ends (before '\n'). */
    private int lineStart;
    private int contentStart;
    private int lineEnd;
    /** 1-based number of the current line; 0 past the end. */
    private int line;

    private PlainYaml(String text, String file, Predicate<String> isNull) {
        this.text = text;
        this.file = file;
        this.isNull = isNull;
        this.length = text.length();
    }

    /** The tree of {@code text}, or {@link YamlTree.NotPlain} when it is not in the plain subset. */
    static YNode parse(String text, String file, Predicate<String> isNull) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                continue;
            }
            if (c < 0x20 || c > 0x7e) {
                throw NOT_PLAIN;
            }
            switch (c) {
                case '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', '?', '\\' -> throw NOT_PLAIN;
                default -> { }
            }
        }
        PlainYaml reader = new PlainYaml(text, file, isNull);
        reader.lineStart = 0;
        reader.line = 1;
        reader.skipBlankLines();
        if (reader.line == 0 || reader.indent() != 0) {
            throw NOT_PLAIN;
        }
        YNode root = reader.mapping(0);
        if (reader.line != 0) {
            throw NOT_PLAIN;
        }
        return root;
    }

    private int indent() {
        return contentStart - lineStart;
    }

    /** Sets up the line starting at {@code lineStart}. */
    private void scanLine() {
        int i = lineStart;
        while (i < length && text.charAt(i) == ' ') {
            i++;
        }
        contentStart = i;
        int end = text.indexOf('\n', i);
        lineEnd = end < 0 ? length : end;
    }

    /** Moves past blank lines from the current line; {@code line} becomes 0 at the end of the text. */
    private void skipBlankLines() {
        while (true) {
            if (lineStart >= length) {
                line = 0;
                return;
            }
            scanLine();
            if (contentStart < lineEnd) {
                return;
            }
            lineStart = lineEnd + 1;
            line++;
        }
    }

    private void nextLine() {
        lineStart = lineEnd + 1;
        line++;
        skipBlankLines();
    }

    /** A block mapping whose keys are at {@code indent}; the current line holds its first key. */
    private YMapping mapping(int indent) {
        YMapping mapping = new YMapping(file, line, indent + 1);
        while (true) {
            int c = contentStart;
            int colon = -1;
            for (int i = c; i < lineEnd; i++) {
                char ch = text.charAt(i);
                if (ch == ':') {
                    colon = i;
                    break;
                }
                if (ch == ',' || ch == '[' || ch == ']' || ch == '{' || ch == '}') {
                    throw NOT_PLAIN;
                }
            }
            if (colon <= c || colon - c > 1000 || text.charAt(colon - 1) == ' ' || text.charAt(c) == '-') {
                throw NOT_PLAIN;
            }
            int keyLine = line;
            YScalar key = scalar(c, colon, keyLine);
            int after = colon + 1;
            if (after < lineEnd && text.charAt(after) != ' ') {
                throw NOT_PLAIN;
            }
            int v = after;
            while (v < lineEnd && text.charAt(v) == ' ') {
                v++;
            }
            YNode value;
            if (v == lineEnd) {
                // The value is a block on the lines below, more indented; an empty value is left to snakeyaml.
                nextLine();
                if (line == 0 || indent() <= indent || text.charAt(contentStart) == '-') {
                    throw NOT_PLAIN;
                }
                value = mapping(indent());
            } else {
                char first = text.charAt(v);
                int end;
                if (first == '{') {
                    YMapping flow = new YMapping(file, line, v - lineStart + 1);
                    end = flowMapping(flow, v + 1);
                    value = flow;
                } else if (first == '[') {
                    YSequence flow = new YSequence(file, line, v - lineStart + 1);
                    end = flowSequence(flow, v + 1);
                    value = flow;
                } else {
                    end = lineEnd;
                    while (text.charAt(end - 1) == ' ') {
                        end--;
                    }
                    for (int i = v; i < end; i++) {
                        if (text.charAt(i) == ':') {
                            throw NOT_PLAIN;
                        }
                    }
                    if (first == '-' || first == ',' || first == ']' || first == '}') {
                        throw NOT_PLAIN;
                    }
                    value = scalar(v, end, line);
                }
                for (int i = end; i < lineEnd; i++) {
                    if (text.charAt(i) != ' ') {
                        throw NOT_PLAIN;
                    }
                }
                nextLine();
                if (line != 0 && indent() > indent) {
                    throw NOT_PLAIN;
                }
            }
            mapping.getValue().add(new YTuple(key, value));
            if (line == 0 || indent() < indent) {
                return mapping;
            }
            if (indent() > indent) {
                throw NOT_PLAIN;
            }
        }
    }

    private YScalar scalar(int start, int end, int at) {
        String value = text.substring(start, end);
        return new YScalar(file, at, start - lineStart + 1, value, isNull.test(value), ScalarStyle.PLAIN, at);
    }

    private int skipSpaces(int i) {
        while (i < lineEnd && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** A plain word in a flow collection, from {@code i}; ends before ',', '}' or ']'. */
    private int flowWordEnd(int i) {
        int end = i;
        while (end < lineEnd) {
            char ch = text.charAt(end);
            if (ch == ',' || ch == '}' || ch == ']') {
                break;
            }
            if (ch == ':' || ch == '{' || ch == '[') {
                throw NOT_PLAIN;
            }
            end++;
        }
        while (end > i && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == i || text.charAt(i) == '-') {
            throw NOT_PLAIN;
        }
        return end;
    }

    /** Reads a one-line flow mapping after its '{'; returns the index after its '}'. */
    private int flowMapping(YMapping mapping, int i) {
        i = skipSpaces(i);
        if (i < lineEnd && text.charAt(i) == '}') {
            return i + 1;
        }
        while (true) {
            int keyEnd = i;
            while (keyEnd < lineEnd && text.charAt(keyEnd) != ':') {
                char ch = text.charAt(keyEnd);
                if (ch == ',' || ch == '{' || ch == '}' || ch == '[' || ch == ']') {
                    throw NOT_PLAIN;
                }
                keyEnd++;
            }
            if (keyEnd == lineEnd || keyEnd == i || text.charAt(keyEnd - 1) == ' ' || text.charAt(i) == '-'
                    || keyEnd + 1 >= lineEnd || text.charAt(keyEnd + 1) != ' ') {
                throw NOT_PLAIN;
            }
            YScalar key = scalar(i, keyEnd, line);
            int v = skipSpaces(keyEnd + 1);
            if (v >= lineEnd) {
                throw NOT_PLAIN;
            }
            YNode value;
            char first = text.charAt(v);
            if (first == '[') {
                YSequence list = new YSequence(file, line, v - lineStart + 1);
                i = flowSequence(list, v + 1);
                value = list;
            } else if (first == '{') {
                YMapping map = new YMapping(file, line, v - lineStart + 1);
                i = flowMapping(map, v + 1);
                value = map;
            } else {
                int end = flowWordEnd(v);
                value = scalar(v, end, line);
                i = end;
            }
            mapping.getValue().add(new YTuple(key, value));
            i = skipSpaces(i);
            if (i >= lineEnd) {
                throw NOT_PLAIN;
            }
            char next = text.charAt(i);
            if (next == '}') {
                return i + 1;
            }
            if (next != ',') {
                throw NOT_PLAIN;
            }
            i = skipSpaces(i + 1);
            if (i >= lineEnd || text.charAt(i) == '}' || text.charAt(i) == ',') {
                throw NOT_PLAIN;
            }
        }
    }

    /** Reads a one-line flow list of plain words after its '['; returns the index after its ']'. */
    private int flowSequence(YSequence sequence, int i) {
        i = skipSpaces(i);
        if (i < lineEnd && text.charAt(i) == ']') {
            return i + 1;
        }
        while (true) {
            if (i >= lineEnd) {
                throw NOT_PLAIN;
            }
            char first = text.charAt(i);
            if (first == '[' || first == '{') {
                throw NOT_PLAIN;
            }
            int end = flowWordEnd(i);
            sequence.getValue().add(scalar(i, end, line));
            i = skipSpaces(end);
            if (i >= lineEnd) {
                throw NOT_PLAIN;
            }
            char next = text.charAt(i);
            if (next == ']') {
                return i + 1;
            }
            if (next != ',') {
                throw NOT_PLAIN;
            }
            i = skipSpaces(i + 1);
            if (i >= lineEnd || text.charAt(i) == ']' || text.charAt(i) == ',') {
                throw NOT_PLAIN;
            }
        }
    }
}
