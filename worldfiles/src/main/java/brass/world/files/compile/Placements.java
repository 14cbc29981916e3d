package brass.world.files.compile;

import brass.world.files.definition.Placement;
import brass.world.files.diagnostic.Problems;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a thing starts: {@code in:} a room or a container, {@code on:} a surface, or {@code
 * carried-by:} an actor, naming an entry of the right kind. Part of the {@link ThingPass};
 * whether the container is a container, and cycles, are the {@link PlacementCheck}'s.
 */
final class Placements {

    private final Index index;
    private final Context context;

    Placements(Index index, Context context) {
        this.index = index;
        this.context = context;
    }

    Optional<Placement> read(Entry entry, Map<String, Field> fields) {
        Problems problems = context.problems();
        List<Field> given = Stream.of("in", "on", "carried-by").map(fields::get).filter(Objects::nonNull).toList();
        if (given.isEmpty()) {
            problems.warning(entry.position(), entry.what() + " starts nowhere",
                    "add in:, on: or carried-by: to say where it starts");
            return Optional.empty();
        }
        if (given.size() > 1) {
            problems.error(given.get(1).keyPosition(), entry.what() + " is given both '" + given.get(0).name()
                    + "' and '" + given.get(1).name() + "'", "a thing starts in one place");
            return Optional.empty();
        }
        Field field = given.get(0);
        Optional<String> target = context.values().reference(field);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        String id = target.get();
        Entry where = index.get(id);
        if (where == null || where.kind() == Kind.PROTOTYPE || where.kind() == Kind.DOOR) {
            if (!index.isRejected(id)) {
                Kind[] candidates = switch (field.name()) {
                    case "in" -> new Kind[] {Kind.ROOM, Kind.THING};
                    case "on" -> new Kind[] {Kind.THING};
                    default -> new Kind[] {Kind.ACTOR};
                };
                problems.error(field.position(), entry.what() + " is " + (field.name().equals("carried-by")
                        ? "carried by" : field.name()) + " '" + id + "', which "
                        + (where == null ? "does not exist" : "is a " + where.kind().word), where == null
                        ? context.suggestions().didYouMean(id, candidates) : Optional.empty());
            }
            return Optional.empty();
        }
        Optional<Placement.Kind> kind = kind(entry, field, where, id);
        return kind.map(k -> new Placement(k, id, field.position()));
    }

    /** How the thing is placed in {@code where}, or empty after reporting that it cannot be. */
    private Optional<Placement.Kind> kind(Entry entry, Field field, Entry where, String id) {
        Problems problems = context.problems();
        switch (field.name()) {
            case "in" -> {
                if (where.kind() == Kind.ACTOR) {
                    problems.error(field.position(), entry.what() + " is in the actor '" + id + "'",
                            "write carried-by: " + id);
                    return Optional.empty();
                }
                return Optional.of(where.kind() == Kind.ROOM ? Placement.Kind.IN_ROOM : Placement.Kind.IN_THING);
            }
            case "on" -> {
                if (where.kind() != Kind.THING) {
                    problems.error(field.position(), entry.what() + " is on '" + id + "', which is a "
                            + where.kind().word + ", not a thing", where.kind() == Kind.ROOM
                            ? Optional.of("write in: " + id) : Optional.empty());
                    return Optional.empty();
                }
                return Optional.of(Placement.Kind.ON_THING);
            }
            default -> {
                if (where.kind() != Kind.ACTOR) {
                    problems.error(field.position(), entry.what() + " is carried by '" + id + "', which is a "
                            + where.kind().word + ", not an actor", "write in: " + id);
                    return Optional.empty();
                }
                return Optional.of(Placement.Kind.CARRIED_BY);
            }
        }
    }
}
