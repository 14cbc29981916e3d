package brass.world.files.compile;

import brass.world.model.Flag;
import brass.world.model.Thing;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every field name a world file may use, by where it is written. A new field is added here and
 * read by the pass for its kind ({@link RoomPass}, {@link ThingPass}, {@link ActorPass}, {@link
 * DoorPass}, {@link ExitPass}); anything not listed is reported as unknown, with the nearest
 * listed name as a hint. A yes/no field is a {@link Flag} instead: its word is listed here for
 * the kinds it is written on ({@link Flag#writtenOn}) and {@link Values#flags} reads it. A door's
 * flags come from its {@code state} and {@code key}.
 */
final class KnownFields {

    static final List<String> WORLD = List.of("name", "start", "description", "crowd", "settings");
    static final List<String> AREA = List.of("area", "reset", "rooms", "things", "actors", "doors", "prototypes", "help",
            "socials", "reactions");
    /** An entry of a {@code help:} section ({@link HelpPass}). */
    static final List<String> HELP = List.of("text", "topics");
    /** An area's {@code reset:} ({@link ResetPass}). */
    static final List<String> RESET = List.of("every", "mode");
    static final List<String> ROOM = fields(Thing.Kind.ROOM, "like", "name", "description", "environment", "crowd", "exits",
            "behaviours", "reactions");
    static final List<String> THING = fields(Thing.Kind.OBJECT, "like", "name", "adjectives", "synonyms",
            "description", "gender", "key", "in", "on", "carried-by", "behaviours", "reactions", "worn-on");
    static final List<String> ACTOR = fields(Thing.Kind.ACTOR, "like", "name", "adjectives", "synonyms",
            "description", "gender", "in", "behaviours", "reactions", "topics", "default-reply");
    /** One of an actor's {@code topics:} ({@link TopicPass}), and its {@code when:}. */
    static final List<String> TOPIC = List.of("keywords", "reply", "when");
    static final List<String> DOOR = List.of("like", "name", "adjectives", "synonyms", "description",
            "state", "key", "sides", "behaviours");
    /** A door written on an exit, {@code door: {id: trap, ...}}. */
    static final List<String> INLINE_DOOR = List.of("id", "name", "adjectives", "synonyms", "description",
            "state", "key", "behaviours");
    static final List<String> EXIT = List.of("to", "door", "one-way", "description", "synonyms");
    /** A social, {@code socials: {bow: {...}}}: its forms; and the texts of each form. */
    static final List<String> SOCIAL = List.of("alone", "someone", "self");
    static final List<String> SOCIAL_ALONE = List.of("actor", "others");
    static final List<String> SOCIAL_SOMEONE = List.of("actor", "target", "others");
    /** A prototype may hold any field of anything that can be like it. */
    static final List<String> PROTOTYPE = Stream.of(ROOM, THING, ACTOR, DOOR).flatMap(List::stream).distinct()
            .toList();

    private KnownFields() {
    }

    /** {@code others} and the words of the flags written on a thing of {@code kind}. */
    private static List<String> fields(Thing.Kind kind, String... others) {
        return Stream.concat(Stream.of(others), Flag.writtenOn(kind).stream().map(Flag::word)).toList();
    }
}
