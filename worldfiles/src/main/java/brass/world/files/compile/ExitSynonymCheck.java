package brass.world.files.compile;

import brass.world.files.diagnostic.Problems;
import brass.world.files.diagnostic.SourcePosition;
import brass.world.files.source.Nodes;
import brass.world.files.source.YamlTree.YNode;
import brass.world.files.source.YamlTree.YScalar;
import brass.world.files.source.YamlTree.YSequence;
import brass.world.model.Direction;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Warns about exit synonyms that can never work. In play a direction word always means its own
 * direction's exit, an exit's name means that exit, and a synonym two exits share means the one
 * written first ({@code Thing.exitCalled}); any other use of such a word is dead, and most likely
 * a mistake. Part of the {@link RoomPass}, after doors, so exits a door's sides made count.
 */
final class ExitSynonymCheck {

    private final Problems problems;

    ExitSynonymCheck(Problems problems) {
        this.problems = problems;
    }

    void check(Entry room, List<ExitDraft> exits) {
        Map<String, ExitDraft> firstWithSynonym = null; // made only for a room whose exits have synonyms
        for (ExitDraft exit : exits) {
            for (String written : exit.synonyms()) {
                String synonym = written.toLowerCase(Locale.ROOT);
                Optional<Direction> direction = Direction.parse(synonym);
                if (synonym.isEmpty() || synonym.equals(exit.name())
                        || direction.isPresent() && direction.equals(exit.direction())) {
                    continue; // another word for this very exit: harmless
                }
                String meant = direction.map(Direction::word).orElse(synonym);
                ExitDraft named = null;
                for (ExitDraft other : exits) {
                    if (other.name().equals(meant)) {
                        named = other;
                        break;
                    }
                }
                if (direction.isPresent()) {
                    problems.warning(position(exit, written), synonymOf(written, exit, room)
                            + " is a direction, so it always means the way " + meant + ", never this exit",
                            named != null ? "drop it" : "drop it, or name this exit '" + meant
                                    + "' and give it the synonym '" + exit.name() + "'");
                } else if (named != null) {
                    problems.warning(position(exit, written), synonymOf(written, exit, room)
                            + " is the name of another exit (at " + named.position() + "), so it always means that one",
                            "drop it");
                } else {
                    if (firstWithSynonym == null) {
                        firstWithSynonym = new HashMap<>();
                    }
                    ExitDraft first = firstWithSynonym.putIfAbsent(synonym, exit);
                    if (first != null && first != exit) {
                        problems.warning(position(exit, written), synonymOf(written, exit, room)
                                + " is also a synonym of exit '" + first.name() + "' (at " + position(first, synonym)
                                + "), which comes first, so it always means that one", "drop it from one of them");
                    }
                }
            }
        }
    }

    private static String synonymOf(String written, ExitDraft exit, Entry room) {
        return "synonym '" + written + "' of exit '" + exit.name() + "' of " + room.what();
    }

    /** Where one synonym of an exit is written (matched without regard to case), else the exit's position. */
    private static SourcePosition position(ExitDraft exit, String synonym) {
        Field field = exit.synonymsField();
        if (field == null) {
            return exit.position();
        }
        if (field.value() instanceof YSequence sequence) {
            for (YNode item : sequence.getValue()) {
                if (item instanceof YScalar scalar && scalar.getValue().strip().equalsIgnoreCase(synonym)) {
                    return Nodes.position(item, field.file());
                }
            }
        }
        return field.position();
    }
}
