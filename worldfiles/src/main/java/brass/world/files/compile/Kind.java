package brass.world.files.compile;

import java.util.List;

/** The kinds of entry a world file declares, all in one id namespace. */
enum Kind {
    ROOM("room", "rooms"), THING("thing", "things"), ACTOR("actor", "actors"),
    DOOR("door", "doors"), PROTOTYPE("prototype", "prototypes");

    /** What a diagnostic calls one: "room 'hall'". */
    final String word;
    /** The section of an area file that declares them. */
    final String section;

    Kind(String word, String section) {
        this.word = word;
        this.section = section;
    }

    /** The fields an entry of this kind may have. */
    List<String> fields() {
        return switch (this) {
            case ROOM -> KnownFields.ROOM;
            case THING -> KnownFields.THING;
            case ACTOR -> KnownFields.ACTOR;
            case DOOR -> KnownFields.DOOR;
            case PROTOTYPE -> KnownFields.PROTOTYPE;
        };
    }
}
