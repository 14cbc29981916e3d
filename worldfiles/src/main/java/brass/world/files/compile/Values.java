package brass.world.files.compile;

import brass.world.files.diagnostic.Problems;
import brass.world.files.diagnostic.Suggestions;
import brass.world.files.source.Nodes;
import brass.world.files.source.YamlTree.YNode;
import brass.world.files.source.YamlTree.YScalar;
import brass.world.files.source.YamlTree.YSequence;
import brass.world.language.Prose;
import brass.world.model.Flag;
import brass.world.model.Thing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads one field's value as the type it should be (text, an id, true or false, a list of words,
 * one of a few words, prose with markup), reporting what was written instead. Every pass reads
 * its fields through here, so a type is described the same way everywhere. Safe on several threads.
 */
final class Values {

    private final Problems problems;
    private final MarkupCheck markup;

    Values(Problems problems) {
        this.problems = problems;
        this.markup = new MarkupCheck(problems);
    }

    /** Text, stripped; empty for nothing, and after reporting a list or a map. */
    String text(Field field) {
        YNode value = field.value();
        if (Nodes.isNull(value)) {
            return "";
        }
        if (value instanceof YScalar scalar) {
            return scalar.getValue().strip();
        }
        problems.error(field.position(), field.what() + " must be a string, found " + Nodes.describe(value));
        return "";
    }

    /** A required id-valued field: the id, or empty after reporting why not. */
    Optional<String> reference(Field field) {
        YNode value = field.value();
        if (Nodes.isNull(value)) {
            problems.error(field.position(), field.what() + " is empty", "give an id");
            return Optional.empty();
        }
        String id = text(field);
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }

    boolean bool(Field field) {
        YNode value = field.value();
        if (value instanceof YScalar scalar) {
            switch (scalar.getValue().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on" -> {
                    return true;
                }
                case "false", "no", "off" -> {
                    return false;
                }
                default -> { }
            }
        }
        problems.error(field.position(), field.what() + " must be true or false, found " + Nodes.describe(value));
        return false;
    }

    /**
     * The flags written true among an entry's fields: each flag world files may write on a thing
     * of {@code kind} ({@link Flag#writtenOn}) is a true-or-false field named by its word.
     */
    EnumSet<Flag> flags(Map<String, Field> fields, Thing.Kind kind) {
        EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        for (Flag flag : Flag.writtenOn(kind)) {
            Field field = fields.get(flag.word());
            if (field != null && bool(field)) {
                flags.add(flag);
            }
        }
        return flags;
    }

    /** One word or a list of words. */
    List<String> words(Field field) {
        YNode value = field.value();
        if (Nodes.isNull(value)) {
            return List.of();
        }
        if (value instanceof YScalar scalar) {
            return List.of(scalar.getValue().strip());
        }
        if (value instanceof YSequence sequence) {
            List<String> words = new ArrayList<>();
            for (YNode item : sequence.getValue()) {
                if (item instanceof YScalar scalar && !Nodes.isNull(item)) {
                    words.add(scalar.getValue().strip());
                } else {
                    problems.error(Nodes.position(item, field.file()), "each of " + field.what()
                            + " must be a word, found " + Nodes.describe(item));
                }
            }
            return words;
        }
        problems.error(field.position(), field.what() + " must be a list of words, found a map", "write [word, word]");
        return List.of();
    }

    /** The words of the field {@code name}, none when it is not given. */
    List<String> words(Map<String, Field> fields, String name) {
        Field field = fields.get(name);
        return field == null ? List.of() : words(field);
    }

    /** One of {@code values}, each written as {@code word} gives it. */
    <E extends Enum<E>> Optional<E> choice(Field field, E[] values, Function<E, String> word) {
        String written = text(field);
        for (E value : values) {
            if (word.apply(value).equals(written)) {
                return Optional.of(value);
            }
        }
        List<String> words = Arrays.stream(values).map(word).toList();
        if (field.value() instanceof YScalar) {
            problems.error(field.position(), field.what() + " must be one of " + String.join(", ", words)
                    + ", found '" + written + "'", Suggestions.didYouMean(written, words));
        }
        return Optional.empty();
    }

    /**
     * Text players read (a name, a description): its markup checked and its paragraphs made one
     * line each ({@link Prose}), so each player's screen wraps them at its own width; empty when
     * not given.
     */
    String prose(Map<String, Field> fields, String name) {
        Field field = fields.get(name);
        return field == null ? "" : prose(field);
    }

    String prose(Field field) {
        return prose(field, field.what());
    }

    /** As {@link #prose(Field)}, naming the field as {@code what} in what the checker reports. */
    String prose(Field field, String what) {
        Prose.Reflowed shown = Prose.reflowed(text(field));
        markup.check(field, shown, what);
        return shown.text();
    }

    /** Where the character at {@code offset} of {@code scalar}'s value is written in {@code file}. */
    brass.world.files.diagnostic.SourcePosition positionIn(YScalar scalar, String file, int offset) {
        return markup.positionIn(scalar, file, offset);
    }

    /** An entry's name: as written, or made of its id. */
    String nameOf(Entry entry, Map<String, Field> fields) {
        String name = prose(fields, "name");
        return name.isEmpty() ? entry.id().replace('-', ' ').replace('_', ' ') : name;
    }
}
