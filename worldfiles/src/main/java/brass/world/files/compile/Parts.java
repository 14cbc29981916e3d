package brass.world.files.compile;

import brass.world.files.diagnostic.SourcePosition;
import brass.world.files.diagnostic.Suggestions;
import brass.world.files.source.Nodes;
import brass.world.files.source.YamlTree.YMapping;
import brass.world.files.source.YamlTree.YNode;
import brass.world.files.source.YamlTree.YScalar;
import brass.world.files.source.YamlTree.YSequence;
import brass.world.reaction.Ref;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The small readers that reactions' and topics' parts share: a word and its value, lists, texts,
 * numbers, counter names and references to ids, each mistake reported at its file:line:column with
 * the nearest right word, and counted (a reaction or topic with any is left out).
 */
final class Parts {

    private final Index index;
    private final Context context;
    private int errors;

    Parts(Index index, Context context) {
        this.index = index;
        this.context = context;
    }

    /** A condition or effect: a map of one known word to its value. */
    record Named(String word, YNode value, YNode key) {
    }

    /** The fields of a map written as {@code field}'s value (a mistake reported, none read). */
    Map<String, Field> fields(Field field, String what) {
        return context.fieldMaps().read(field.value(), field.owner(), field.file(), what);
    }

    Optional<Named> named(YNode node, String file, String what, List<String> known, String kinds) {
        if (!(node instanceof YMapping map) || map.size() != 1 || !(map.key(0) instanceof YScalar key)) {
            error(Nodes.position(node, file), what + " must be one word and its value, found " + Nodes.describe(node),
                    "write '- " + known.get(0) + ": ...'");
            return Optional.empty();
        }
        String word = key.getValue();
        if (!known.contains(word)) {
            error(Nodes.position(key, file), "unknown " + kinds.substring(0, kinds.length() - 1) + " '" + word + "' in "
                    + what, hint(word, known, kinds));
            return Optional.empty();
        }
        return Optional.of(new Named(word, map.value(0), key));
    }

    List<YNode> items(Field field, String what) {
        if (field.value() instanceof YSequence list) {
            return list.getValue();
        }
        if (Nodes.isNull(field.value())) {
            return List.of();
        }
        error(field.position(), what + " must be a list, found " + Nodes.describe(field.value()), "start each with '- '");
        return List.of();
    }

    Map<String, Field> map(Named n, String file, String where, List<String> known, List<String> required) {
        Map<String, Field> f = context.fieldMaps().read(n.value, null, file, where);
        context.fieldMaps().unknown(f, known, where);
        for (String r : required) {
            if (!f.containsKey(r) && n.value instanceof YMapping) {
                error(Nodes.position(n.value, file), where + " needs '" + r + "'");
            }
        }
        return f;
    }

    Optional<String> text(Named n, String file, String where) {
        if (n.value instanceof YScalar s && !Nodes.isNull(n.value) && !s.getValue().isBlank()) {
            return Optional.of(s.getValue().strip());
        }
        error(Nodes.position(n.value == null ? n.key : n.value, file), where + " needs text, found "
                + Nodes.describe(n.value));
        return Optional.empty();
    }

    Optional<String> word(Named n, String file, String where) {
        return text(n, file, where);
    }

    Optional<String> text(Field f, String where) {
        if (f == null) {
            return Optional.empty();
        }
        if (f.value() instanceof YScalar s && !Nodes.isNull(f.value()) && !s.getValue().isBlank()) {
            return Optional.of(s.getValue().strip());
        }
        error(f.position(), "'" + f.name() + "' of " + where + " needs a value, found " + Nodes.describe(f.value()));
        return Optional.empty();
    }

    List<String> words(YNode node, String file, String where) {
        List<String> out = new ArrayList<>();
        if (node instanceof YScalar s) {
            out.add(s.getValue().strip());
        } else if (node instanceof YSequence list) {
            for (YNode item : list.getValue()) {
                if (item instanceof YScalar s && !Nodes.isNull(item)) {
                    out.add(s.getValue().strip());
                } else {
                    error(Nodes.position(item, file), where + " must list words, found " + Nodes.describe(item));
                }
            }
        } else {
            error(Nodes.position(node, file), where + " must be a word or a list of words, found " + Nodes.describe(node));
        }
        return out;
    }

    Optional<Long> number(YNode node, String file, String where, long least, long most) {
        String written = node instanceof YScalar s ? s.getValue().strip() : "";
        if (written.endsWith("%")) {
            written = written.substring(0, written.length() - 1);
        }
        try {
            long value = Long.parseLong(written);
            if (value >= least && value <= most) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error(Nodes.position(node, file), where + " must be a whole number" + (most == Long.MAX_VALUE ? ""
                : " from " + least + " to " + most) + ", found " + Nodes.describe(node));
        return Optional.empty();
    }

    boolean counterName(String name, YNode node, String file, String where) {
        if (brass.world.model.Counters.NAME.matcher(name).matches()) {
            return true;
        }
        error(Nodes.position(node, file), where + ": '" + name + "' is not a flag or counter name",
                "use lower-case letters, digits and dashes, starting with a letter");
        return false;
    }

    Optional<String> reference(Named n, String file, String where, Kind... kinds) {
        return word(n, file, where).filter(id -> id(id, Nodes.position(n.value, file), where, kinds));
    }

    Optional<String> reference(Field f, String where, Kind... kinds) {
        return text(f, where).filter(id -> id(id, f.position(), where, kinds));
    }

    /** Whether {@code id} is one of the reference words or an id of one of {@code kinds}; reports it if not. */
    boolean id(String id, SourcePosition at, String where, Kind... kinds) {
        if (Ref.WORDS.contains(id) || index.isRejected(id)) {
            return Ref.WORDS.contains(id);
        }
        Entry entry = index.get(id);
        if (entry != null && List.of(kinds).contains(entry.kind())) {
            return true;
        }
        if (entry != null) {
            error(at, where + " names '" + id + "', which is a " + entry.kind().word);
        } else {
            Optional<String> near = context.suggestions().nearest(id, kinds)
                    .or(() -> Suggestions.nearest(id, Ref.WORDS));
            error(at, where + " names '" + id + "', which does not exist", near.map(s -> "did you mean '" + s + "'?"));
        }
        return false;
    }

    static Optional<String> hint(String wrong, List<String> known, String kinds) {
        return Suggestions.didYouMean(wrong, known).or(() -> Optional.of("known " + kinds + ": " + String.join(", ", known)));
    }

    void error(SourcePosition at, String message) {
        error(at, message, Optional.empty());
    }

    void error(SourcePosition at, String message, String hint) {
        error(at, message, Optional.of(hint));
    }

    void error(SourcePosition at, String message, Optional<String> hint) {
        errors++;
        context.problems().error(at, message, hint);
    }

    /** How many problems this pass has reported: a reaction with any is left out. */
    int errors() {
        return errors;
    }
}
