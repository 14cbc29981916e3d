package brass.world.files.compile;

import brass.world.files.behaviour.Durations;
import brass.world.files.definition.ResetDefinition;
import brass.world.files.definition.ResetMode;
import brass.world.files.diagnostic.Problems;
import brass.world.files.diagnostic.Suggestions;
import brass.world.files.source.Nodes;
import brass.world.files.source.YamlTree.YMapping;
import brass.world.files.source.YamlTree.YNode;
import brass.world.files.source.YamlTree.YScalar;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads each area's {@code reset:}, {@code reset: {every: 30m, mode: when-empty}}: an interval
 * of at least {@link ResetDefinition#SHORTEST}, and a mode ({@link ResetMode}, when-empty unless
 * written). An area whose files are several writes it in one of them only.
 */
final class ResetPass {

    /** A section about the whole area ({@code reset:}, {@code reactions:}) as written in a file of {@code area}. */
    record Written(String area, Field field) {
    }

    private final FieldMaps fieldMaps;
    private final Problems problems;

    ResetPass(FieldMaps fieldMaps, Problems problems) {
        this.fieldMaps = fieldMaps;
        this.problems = problems;
    }

    /** The resets by area, in file order; a reset with an error is left out after reporting it. */
    Map<String, ResetDefinition> run(List<Written> written) {
        Map<String, ResetDefinition> resets = new LinkedHashMap<>();
        Map<String, Field> first = new LinkedHashMap<>();
        for (Written w : written) {
            Field previous = first.putIfAbsent(w.area(), w.field());
            if (previous != null) {
                problems.error(w.field().keyPosition(), "area '" + w.area() + "' already has a reset, at "
                        + previous.keyPosition(), "write 'reset:' in one of the area's files only");
                continue;
            }
            read(w).ifPresent(r -> resets.put(r.area(), r));
        }
        return Collections.unmodifiableMap(resets);
    }

    private Optional<ResetDefinition> read(Written w) {
        String what = "the reset of area '" + w.area() + "'";
        YNode value = w.field().value();
        Map<String, Field> fields = fieldMaps.read(value, null, w.field().file(), what);
        if (!Nodes.isNull(value) && !(value instanceof YMapping)) {
            return Optional.empty(); // reported by read: not a map
        }
        fieldMaps.unknown(fields, KnownFields.RESET, what);
        Field every = fields.get("every");
        Optional<Duration> interval = Optional.empty();
        if (every == null) {
            problems.error(w.field().keyPosition(), what + " has no interval", "add 'every:' and a duration, such as 30m");
        } else {
            interval = interval(every);
        }
        Field modeField = fields.get("mode");
        Optional<ResetMode> mode = modeField == null ? Optional.of(ResetMode.WHEN_EMPTY) : mode(modeField);
        if (interval.isEmpty() || mode.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ResetDefinition(w.area(), interval.get(), mode.get(), w.field().keyPosition()));
    }

    private Optional<Duration> interval(Field every) {
        if (!(every.value() instanceof YScalar scalar) || Nodes.isNull(every.value())) {
            problems.error(every.position(), "'every' of a reset must be a duration, found "
                    + Nodes.describe(every.value()), "write a duration such as 30m");
            return Optional.empty();
        }
        Duration interval;
        try {
            interval = Durations.parse(scalar.getValue());
        } catch (IllegalArgumentException e) {
            problems.error(every.position(), "'every' of a reset: " + e.getMessage());
            return Optional.empty();
        }
        if (interval.compareTo(ResetDefinition.SHORTEST) < 0) {
            problems.error(every.position(), "a reset every " + Durations.format(interval) + " is too often",
                    "resets may be at most one every " + Durations.format(ResetDefinition.SHORTEST));
            return Optional.empty();
        }
        return Optional.of(interval);
    }

    private Optional<ResetMode> mode(Field field) {
        String word = field.value() instanceof YScalar scalar && !Nodes.isNull(scalar) ? scalar.getValue().strip() : "";
        Optional<ResetMode> mode = ResetMode.byWord(word);
        if (mode.isEmpty()) {
            problems.error(field.position(), "unknown reset mode '" + word + "'",
                    Suggestions.didYouMean(word, ResetMode.words())
                            .or(() -> Optional.of("write " + String.join(" or ", ResetMode.words()))));
        }
        return mode;
    }
}
