package brass.world.files.compile;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every field name a world file may use, by where it is written. A new field is added here and
 * read by the pass for its kind ({@link RoomPass}, {@link ThingPass}, {@link ActorPass}, {@link
 * DoorPass}, {@link ExitPass}); anything not listed is reported as unknown, with the nearest
 * listed name as a hint.
 */
final class KnownFields {

    static final List<String> WORLD = List.of("name", "start", "description", "settings");
    static final List<String> AREA = List.of("area", "rooms", "things", "actors", "doors", "prototypes");
    static final List<String> ROOM = List.of("like", "name", "description", "dark", "exits", "behaviours");
    static final List<String> THING = List.of("like", "name", "adjectives", "synonyms", "description",
            "fixed", "container", "surface", "openable", "open", "lockable", "locked", "is-key", "light-source", "lit",
            "gender", "proper-name", "mass-noun", "key", "in", "on", "carried-by", "behaviours");
    static final List<String> ACTOR = List.of("like", "name", "adjectives", "synonyms", "description",
            "gender", "proper-name", "in", "behaviours");
    static final List<String> DOOR = List.of("like", "name", "adjectives", "synonyms", "description",
            "state", "key", "sides", "behaviours");
    /** A door written on an exit, {@code door: {id: trap, ...}}. */
    static final List<String> INLINE_DOOR = List.of("id", "name", "adjectives", "synonyms", "description",
            "state", "key", "behaviours");
    static final List<String> EXIT = List.of("to", "door", "one-way", "description", "synonyms");
    /** A prototype may hold any field of anything that can be like it. */
    static final List<String> PROTOTYPE = Stream.of(ROOM, THING, ACTOR, DOOR).flatMap(List::stream).distinct()
            .toList();

    private KnownFields() {
    }
}
