package brass.world.files.compile;

import brass.world.files.behaviour.Host;
import brass.world.files.definition.Placement;
import brass.world.files.definition.ThingDefinition;
import brass.world.files.diagnostic.Problems;
import brass.world.model.Flag;
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
        Field like = fields.like(entry);
        ThingDefinition definition = new ThingDefinition(entry.id(), values.nameOf(entry, thingFields),
                values.words(thingFields, "adjectives"), values.words(thingFields, "synonyms"),
                values.prose(thingFields, "description"), flags, gender, placement, key,
                context.behaviours().read(thingFields,
                        flags.contains(Flag.OPENABLE) ? Set.of(Host.THING, Host.OPENABLE_THING) : Set.of(Host.THING),
                        what), Optional.ofNullable(like).map(values::text), entry.position());
        return new ThingDraft(definition, new KeyUses(used, suggested));
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
        if (flags.contains(Flag.LIT) && !flags.contains(Flag.LIGHT_SOURCE)) {
            problems.error(thingFields.get("lit").position(), what + " is lit but is not a light source",
                    "add light-source: true");
        }
        return flags;
    }
}
