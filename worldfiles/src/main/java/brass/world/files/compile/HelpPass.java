package brass.world.files.compile;

import brass.world.files.diagnostic.Problems;
import brass.world.files.diagnostic.SourcePosition;
import brass.world.files.diagnostic.Suggestions;
import brass.world.files.source.Nodes;
import brass.world.files.source.YamlTree.YMapping;
import brass.world.model.HelpEntry;
import brass.world.parser.Topic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code help:} sections: each a map from the word a player types after {@code help} to an
 * entry with its {@code text} (required; markup checked, paragraphs reflowed like a description)
 * and the {@code topics} it is listed under (each one of the help topics). Reports an entry
 * written twice, a word that is not lower-case words, unknown fields and topics (with "did you
 * mean"), a missing text. Runs on one thread, in file order: the first entry of a word wins.
 */
final class HelpPass {

    private static final Pattern WORD = Pattern.compile("[a-z0-9][a-z0-9'-]*( [a-z0-9][a-z0-9'-]*)*");
    private static final List<String> TOPICS = Arrays.stream(Topic.values()).map(Topic::word).toList();

    private final FieldMaps fieldMaps;
    private final Values values;
    private final Problems problems;

    HelpPass(FieldMaps fieldMaps, Values values, Problems problems) {
        this.fieldMaps = fieldMaps;
        this.values = values;
        this.problems = problems;
    }

    List<HelpEntry> run(List<Field> sections) {
        Map<String, HelpEntry> entries = new LinkedHashMap<>();
        Map<String, SourcePosition> firstAt = new LinkedHashMap<>();
        for (Field section : sections) {
            if (Nodes.isNull(section.value())) {
                continue;
            }
            if (!(section.value() instanceof YMapping mapping)) {
                problems.error(section.position(), "'help' must be a map from a word to its entry, found "
                        + Nodes.describe(section.value()), "write each entry as 'word:' followed by its text: and topics:");
                continue;
            }
            for (Field entry : fieldMaps.read(mapping, null, section.file(), "'help'").values()) {
                String word = entry.name();
                if (!WORD.matcher(word).matches()) {
                    problems.error(entry.keyPosition(), "help entry '" + word + "' must be lower-case words of letters"
                            + " and digits, as a player types it after 'help'");
                    continue;
                }
                SourcePosition previous = firstAt.get(word);
                if (previous != null) {
                    problems.error(entry.keyPosition(), "help entry '" + word + "' is written twice", "the first is at "
                            + previous);
                    continue;
                }
                firstAt.put(word, entry.keyPosition());
                read(word, entry).ifPresent(e -> entries.put(word, e));
            }
        }
        return new ArrayList<>(entries.values());
    }

    private java.util.Optional<HelpEntry> read(String word, Field entry) {
        String what = "help entry '" + word + "'";
        if (!(entry.value() instanceof YMapping)) {
            problems.error(entry.position(), what + " must be a map with text: (and topics:), found "
                    + Nodes.describe(entry.value()));
            return java.util.Optional.empty();
        }
        Map<String, Field> fields = fieldMaps.read(entry.value(), null, entry.file(), what);
        fieldMaps.unknown(fields, KnownFields.HELP, what);
        List<String> topics = new ArrayList<>();
        Field topicsField = fields.get("topics");
        if (topicsField != null) {
            for (String topic : values.words(topicsField)) {
                if (TOPICS.contains(topic)) {
                    topics.add(topic);
                } else {
                    problems.error(topicsField.position(), "unknown help topic '" + topic + "' in " + what
                            + "; the topics are " + String.join(", ", TOPICS), Suggestions.didYouMean(topic, TOPICS));
                }
            }
        }
        Field textField = fields.get("text");
        String text = textField == null ? "" : values.prose(textField, "'text' of " + what);
        if (text.isEmpty()) {
            problems.error(entry.keyPosition(), what + " has no text", "add text: followed by what the entry says");
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new HelpEntry(word, topics, text));
    }
}
