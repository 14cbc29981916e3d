package brass.world.files.compile;

import brass.world.files.behaviour.Host;
import brass.world.files.definition.DoorDefinition;
import brass.world.files.definition.DoorSide;
import brass.world.files.definition.DoorState;
import brass.world.files.source.Nodes;
import brass.world.files.source.YamlTree.YMapping;
import brass.world.files.source.YamlTree.YNode;
import brass.world.files.source.YamlTree.YScalar;
import brass.world.files.source.YamlTree.YSequence;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * Makes each declared door a definition: exactly two sides that lead to each other's rooms, its
 * declarations agreeing field by field (a door may be described on both sides), a state, and a
 * key that exists. Part of the {@link DoorPass}; one door at a time, in declaration order.
 */
final class DoorDefinitions {

    private final References references;
    private final Context context;
    private final Set<String> keysUsed = new LinkedHashSet<>();
    private final Set<String> suggestedKeys = new LinkedHashSet<>();

    DoorDefinitions(References references, Context context) {
        this.references = references;
        this.context = context;
    }

    /** The doors that are whole, by id, in declaration order. */
    Map<String, DoorDefinition> define(List<DoorPass.DeclaredDoor> doors, Map<String, List<ExitDraft>> sides) {
        // Keys count as used even when their door has another problem, so that one mistake does
        // not also produce a misleading "key opens nothing".
        for (DoorPass.DeclaredDoor door : doors) {
            for (Map<String, Field> declaration : door.declarations()) {
                Field key = declaration.get("key");
                if (key != null && key.value() instanceof YScalar scalar && !Nodes.isNull(scalar)) {
                    keysUsed.add(scalar.getValue().strip());
                }
            }
        }
        Map<String, DoorDefinition> defined = new LinkedHashMap<>();
        for (DoorPass.DeclaredDoor door : doors) {
            define(door, sides.getOrDefault(door.id(), List.of())).ifPresent(d -> defined.put(d.id(), d));
        }
        return defined;
    }

    /** The keys the doors name, and the things suggested for keys that do not exist. */
    KeyUses keys() {
        return new KeyUses(keysUsed, suggestedKeys);
    }

    private Optional<DoorDefinition> define(DoorPass.DeclaredDoor door, List<ExitDraft> sides) {
        String what = "door '" + door.id() + "'";
        if (!twoSidesThatMeet(door, sides, what)) {
            return Optional.empty();
        }
        Map<String, Field> merged = merged(door, what);
        if (merged == null) {
            return Optional.empty();
        }
        Values values = context.values();
        DoorState state = Optional.ofNullable(merged.get("state"))
                .flatMap(f -> values.choice(f, DoorState.values(), DoorState::word)).orElse(DoorState.CLOSED);
        Field keyField = merged.get("key");
        Optional<String> key = Optional.ofNullable(keyField).flatMap(values::reference);
        key.ifPresent(keysUsed::add);
        if (key.isPresent()) {
            references.key(key.get(), keyField, what).ifPresent(suggestedKeys::add);
        } else if (state == DoorState.LOCKED) {
            context.problems().warning(door.position(), what + " is locked and has no key, so nobody can open it",
                    "add key: with the id of a thing that is-key");
        }
        String name = values.prose(merged, "name");
        ExitDraft a = sides.get(0);
        ExitDraft b = sides.get(1);
        return Optional.of(new DoorDefinition(door.id(), name.isEmpty() ? "door" : name,
                values.words(merged, "adjectives"), values.words(merged, "synonyms"),
                values.prose(merged, "description"),
                state, key, new DoorSide(a.from(), a.name()), new DoorSide(b.from(), b.name()),
                context.behaviours().read(merged, Set.of(Host.DOOR), what), door.position()));
    }

    /** Whether the door is on exactly two exits that lead to each other's rooms; if not, says why. */
    private boolean twoSidesThatMeet(DoorPass.DeclaredDoor door, List<ExitDraft> sides, String what) {
        if (sides.isEmpty()) {
            if (!door.broken()) {
                context.problems().warning(door.position(), what + " is on no exit",
                        "give it sides: {room: direction, other-room: direction}, or name it in two exits");
            }
            return false;
        }
        if (sides.size() == 1) {
            ExitDraft side = sides.get(0);
            context.problems().error(side.doorPosition(), what + " has only one side: exit '" + side.name()
                    + "' of room '" + side.from() + "'", "add an exit from '" + side.to() + "' back to '"
                    + side.from() + "' with door: " + door.id());
            return false;
        }
        if (sides.size() > 2) {
            for (ExitDraft extra : sides.subList(2, sides.size())) {
                context.problems().error(extra.doorPosition(), what + " is already on exit '" + sides.get(0).name()
                        + "' of '" + sides.get(0).from() + "' and exit '" + sides.get(1).name() + "' of '"
                        + sides.get(1).from() + "'; a door joins exactly two rooms");
            }
            return false;
        }
        ExitDraft a = sides.get(0);
        ExitDraft b = sides.get(1);
        if (!a.to().equals(b.from()) || !b.to().equals(a.from())) {
            context.problems().error(b.doorPosition(), what + " sides disagree: exit '" + a.name() + "' of '"
                    + a.from() + "' leads to '" + a.to() + "', but exit '" + b.name() + "' of '" + b.from()
                    + "' leads to '" + b.to() + "'", "the two sides of a door must lead to each other's rooms");
            return false;
        }
        return true;
    }

    /** The door's declarations as one, or null after reporting two that disagree. */
    private Map<String, Field> merged(DoorPass.DeclaredDoor door, String what) {
        Map<String, Field> merged = new LinkedHashMap<>();
        boolean agree = true;
        for (Map<String, Field> declaration : door.declarations()) {
            for (Field field : declaration.values()) {
                if ("id".equals(field.name())) {
                    continue;
                }
                Field earlier = merged.get(field.name());
                if (earlier == null) {
                    merged.put(field.name(), field);
                } else if (!canonical(earlier.value()).equals(canonical(field.value()))) {
                    context.problems().error(field.position(), what + " sides disagree: '" + field.name() + "' is "
                            + Nodes.describe(field.value()) + " here but " + Nodes.describe(earlier.value()) + " at "
                            + earlier.position(), "declare each property of a door once");
                    agree = false;
                }
            }
        }
        return agree ? merged : null;
    }

    /** A value written as text, so two declarations can be compared whatever their layout. */
    private static String canonical(YNode node) {
        if (Nodes.isNull(node)) {
            return "";
        }
        if (node instanceof YScalar scalar) {
            return scalar.getValue().strip();
        }
        if (node instanceof YSequence sequence) {
            return sequence.getValue().stream().map(DoorDefinitions::canonical)
                    .collect(Collectors.joining(",", "[", "]"));
        }
        YMapping mapping = (YMapping) node;
        StringJoiner pairs = new StringJoiner(",", "{", "}");
        for (int i = 0; i < mapping.size(); i++) {
            pairs.add(canonical(mapping.key(i)) + ":" + canonical(mapping.value(i)));
        }
        return pairs.toString();
    }
}
