package brass.world.files.compile;

import brass.world.files.behaviour.Host;
import brass.world.files.definition.ActorDefinition;
import brass.world.model.Gender;
import brass.world.model.Thing;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes each actor its definition: name, gender (plural unless given), whether its name is
 * proper, the room it is in, and behaviours. An actor in no room is reported and left out.
 * Runs on one thread with the things, in file order.
 */
final class ActorPass {

    private final EntryFields fields;
    private final Context context;
    private final References references;

    ActorPass(Index index, EntryFields fields, Context context) {
        this.fields = fields;
        this.context = context;
        this.references = new References(index, context.suggestions(), context.problems());
    }

    Optional<ActorDefinition> read(Entry entry) {
        Map<String, Field> actorFields = fields.of(entry);
        Values values = context.values();
        Gender gender = Optional.ofNullable(actorFields.get("gender"))
                .flatMap(f -> values.choice(f, Gender.values(), Gender::word)).orElse(Gender.PLURAL);
        Field in = actorFields.get("in");
        if (in == null) {
            context.problems().error(entry.position(), entry.what() + " is in no room",
                    "add in: with the id of a room");
            return Optional.empty();
        }
        Optional<String> room = values.reference(in)
                .filter(id -> references.room(id, in.position(), entry.what() + " is in"));
        if (room.isEmpty()) {
            return Optional.empty();
        }
        Field like = fields.like(entry);
        return Optional.of(new ActorDefinition(entry.id(), values.nameOf(entry, actorFields),
                values.words(actorFields, "adjectives"), values.words(actorFields, "synonyms"),
                values.prose(actorFields, "description"), gender, values.flags(actorFields, Thing.Kind.ACTOR),
                room.get(), context.behaviours().read(actorFields, Set.of(Host.ACTOR), entry.what()), Optional.ofNullable(like).map(values::text), entry.position()));
    }
}
