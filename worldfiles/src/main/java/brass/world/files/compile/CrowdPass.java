package brass.world.files.compile;

import brass.world.files.definition.CrowdDefinition;
import brass.world.files.diagnostic.Problems;
import brass.world.files.source.YamlTree.YScalar;
import brass.world.files.source.Nodes;
import brass.world.model.Crowds;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Reads {@code crowd:}, how many others a room names one by one before it counts them: world.yaml's
 * for every room, and the rooms' own (written on a room or given by its prototype).
 */
final class CrowdPass {

    static final String FIELD = "crowd";

    private CrowdPass() {
    }

    static CrowdDefinition run(Map<String, Field> worldFields, Index index, EntryFields fields, Problems problems) {
        int world = Crowds.DEFAULT;
        Field written = worldFields == null ? null : worldFields.get(FIELD);
        if (written != null) {
            world = read(written, problems).orElse(Crowds.DEFAULT);
        }
        Map<String, Integer> rooms = new LinkedHashMap<>();
        for (Entry room : index.rooms()) {
            Field own = fields.of(room).get(FIELD);
            if (own != null) {
                read(own, problems).ifPresent(n -> rooms.put(room.id(), n));
            }
        }
        return new CrowdDefinition(world, rooms);
    }

    /** A whole number from 1 to {@link Crowds#MOST}; anything else is an error at the value. */
    private static OptionalInt read(Field field, Problems problems) {
        String text = field.value() instanceof YScalar s && !Nodes.isNull(s) ? s.getValue().strip() : "";
        if (text.matches("[0-9]{1,6}")) {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= Crowds.MOST) {
                return OptionalInt.of(n);
            }
        }
        problems.error(field.position(), field.what() + " must be a whole number from 1 to " + Crowds.MOST
                        + ", found " + (field.value() == null ? "nothing" : Nodes.describe(field.value())),
                "how many others the room names before it counts them: with crowd: 10, eleven others read"
                        + " 'Alice, Bob, and nine others are here.'");
        return OptionalInt.empty();
    }
}
