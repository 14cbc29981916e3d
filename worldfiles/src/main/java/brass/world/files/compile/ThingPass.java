package brass.world.files.compile;

import brass.world.files.behaviour.Host;
import brass.world.files.definition.Placement;
import brass.world.files.definition.ThingDefinition;
import brass.world.files.diagnostic.Problems;
import brass.world.files.diagnostic.Suggestions;
import brass.world.model.Flag;
import brass.world.model.Wearing;
import brass.world.model.Gender;
import brass.world.model.Thing;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes each thing its definition: flags (each a true-or-false field, some implying others),
 * gender, where it starts ({@link Placements}), its key, and behaviours. Reports flags that
 * contradict each other and keys that name no thing; warns about flags with no effect. Keys and
 * "did you mean" are looked up in file order, on one thread, with the actors.
 */
final class ThingPass {

    /** A thing read: its definition, and the keys it names (for the key checks). */
    record ThingDraft(ThingDefinition definition, KeyUses keys) {
    }

    private final EntryFields fields;
    private final Context context;
    private final References references;
    private final Placements placements;

    ThingPass(Index index, EntryFields fields, Context context) {
        this.fields = fields;
        this.context = context;
        this.references = new References(index, context.suggestions(), context.problems());
        this.placements = new Placements(index, context);
    }

    ThingDraft read(Entry entry) {
        Map<String, Field> thingFields = fields.of(entry);
        Values values = context.values();
        Problems problems = context.problems();
        Set<Flag> flags = flags(entry, thingFields);
        String what = entry.what();
        Optional<String> key = Optional.empty();
        Set<String> used = Set.of();
        Set<String> suggested = Set.of();
        Field keyField = thingFields.get("key");
        if (keyField != null) {
            key = values.reference(keyField);
            if (key.isPresent()) {
                used = Set.of(key.get());
                suggested = references.key(key.get(), keyField, what).map(Set::of).orElse(Set.of());
                if (!flags.contains(Flag.LOCKABLE)) {
                    problems.warning(keyField.position(), what + " has a key but no lock", "add lockable: true");
                }
            }
        } else if (flags.contains(Flag.LOCKED)) {
            problems.warning(entry.position(), what + " is locked and has no key, so nobody can open it",
                    "add key: with the id of a thing that is-key");
        }
        Gender gender = Optional.ofNullable(thingFields.get("gender"))
                .flatMap(f -> values.choice(f, Gender.values(), Gender::word)).orElse(Gender.NEUTER);
        Optional<Placement> placement = placements.read(entry, thingFields);
        if (flags.contains(Flag.WORN) && flags.contains(Flag.WEARABLE)
                && placement.filter(p -> p.kind() == Placement.Kind.CARRIED_BY).isEmpty()) {
            problems.error(thingFields.get("worn").position(), what + " is worn, but carried by nobody",
                    "add carried-by: with the actor who wears it, or leave out worn");
        }
        Field like = fields.like(entry);
        ThingDefinition definition = new ThingDefinition(entry.id(), values.nameOf(entry, thingFields),
                values.words(thingFields, "adjectives"), values.words(thingFields, "synonyms"),
                values.prose(thingFields, "description"), flags, gender, placement, key,
                context.behaviours().read(thingFields,
                        flags.contains(Flag.OPENABLE) ? Set.of(Host.THING, Host.OPENABLE_THING) : Set.of(Host.THING),
                        what), Optional.ofNullable(like).map(values::text), entry.position(),
                wornOn(values, problems, thingFields, flags, what));
        return new ThingDraft(definition, new KeyUses(used, suggested));
    }

    /** Where on the body a wearable thing is worn ({@code worn-on}), with "did you mean": the body when not said; empty for others. */
    static Optional<String> wornOn(Values values, Problems problems, Map<String, Field> fields, Set<Flag> flags, String what) {
        Field field = fields.get("worn-on");
        boolean wearable = flags.contains(Flag.WEARABLE);
        if (field == null) {
            return wearable ? Optional.of(Wearing.DEFAULT_PLACE) : Optional.empty();
        }
        if (!wearable) {
            problems.error(field.position(), "'worn-on' of " + what + " is for a thing that can be worn",
                    "add wearable: true");
        }
        String written = values.text(field);
        if (!Wearing.PLACES.contains(written)) {
            problems.error(field.position(), "'worn-on' of " + what + " must be one of "
                    + String.join(", ", Wearing.PLACES) + ", found '" + written + "'",
                    Suggestions.didYouMean(written, Wearing.PLACES));
            return Optional.empty();
        }
        return wearable ? Optional.of(written) : Optional.empty();
    }

    /** The flags written, with those they imply; reports contradictions and drops what has no effect. */
    private Set<Flag> flags(Entry entry, Map<String, Field> thingFields) {
        EnumSet<Flag> flags = context.values().flags(thingFields, Thing.Kind.OBJECT);
        String what = entry.what();
        Problems problems = context.problems();
        if (flags.contains(Flag.LOCKED)) {
            flags.add(Flag.LOCKABLE);
        }
        if (flags.contains(Flag.LOCKABLE)) {
            flags.add(Flag.OPENABLE);
        }
        if (flags.contains(Flag.OPEN) && flags.contains(Flag.LOCKED)) {
            problems.error(thingFields.get("open").position(), what + " cannot be both open and locked");
        }
        if (flags.contains(Flag.OPEN) && !flags.contains(Flag.OPENABLE)) {
            problems.warning(thingFields.get("open").position(), "'open' has no effect: " + what + " is not openable",
                    "add openable: true");
            flags.remove(Flag.OPEN);
        }
        if (flags.contains(Flag.WORN) && !flags.contains(Flag.WEARABLE)) {
            problems.error(thingFields.get("worn").position(), what + " is worn but is not wearable",
                    "add wearable: true");
        }
        if (flags.contains(Flag.LIT) && !flags.contains(Flag.LIGHT_SOURCE)) {
            problems.error(thingFields.get("lit").position(), what + " is lit but is not a light source",
                    "add light-source: true");
        }
        return flags;
    }
}
