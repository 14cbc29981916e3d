package brass.world.files.definition;

import brass.world.files.diagnostic.SourcePosition;
import brass.world.reaction.Reaction;
import brass.world.script.ScriptLibrary;
import brass.world.social.Social;
import java.util.Collections;
import brass.world.model.HelpEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole checked world. Maps are keyed by id and keep file order (files sorted by path, entries
 * in the order written), so anything built from them is deterministic.
 *
 * @param name        the world's name
 * @param description one paragraph for server listings
 * @param start       the room new characters start in
 * @param settings    free-form {@code settings:} from world.yaml, as text, for the server to read
 * @param position    where world.yaml is
 * @param scripts     the world's scripts ({@code scripts/*.js}), checked and compiled
 * @param reactions   the reactions written on rooms, things and actors, by the id they are on
 * @param prototypes  the prototypes reactions and scripts make things from, each as the thing it
 *                    makes (with no placement), by prototype id
 * @param help        the help entries its {@code help:} sections write, in file order
 * @param socials     the socials of its {@code socials:} sections, in file order
 * @param resets      the areas' resets, by area name, in file order: only areas that write {@code reset:}
 * @param conversations what actors talk about, by actor id, in file order: only actors with
 *                    {@code topics:} or a {@code default-reply:}
 * @param crowds      how many others each room names before it counts them ({@code crowd:})
 * @param areaReactions the reactions written on areas (an area file's own {@code reactions:}), by
 *                    area name, in file order: only areas that write some
 */
public record WorldDefinition(String name, String description, String start, Map<String, String> settings,
                              Map<String, RoomDefinition> rooms, Map<String, ThingDefinition> things,
                              Map<String, ActorDefinition> actors, Map<String, DoorDefinition> doors,
                              SourcePosition position, ScriptLibrary scripts, Map<String, List<Reaction>> reactions,
                              Map<String, ThingDefinition> prototypes, List<HelpEntry> help, List<Social> socials,
                              Map<String, ResetDefinition> resets, Map<String, ConversationDefinition> conversations,
                              CrowdDefinition crowds, Map<String, List<Reaction>> areaReactions) {

    /** A world whose files write no {@code crowd:} and whose areas have no reactions of their own. */
    public WorldDefinition(String name, String description, String start, Map<String, String> settings,
                           Map<String, RoomDefinition> rooms, Map<String, ThingDefinition> things,
                           Map<String, ActorDefinition> actors, Map<String, DoorDefinition> doors,
                           SourcePosition position, ScriptLibrary scripts, Map<String, List<Reaction>> reactions,
                           Map<String, ThingDefinition> prototypes, List<HelpEntry> help, List<Social> socials,
                           Map<String, ResetDefinition> resets, Map<String, ConversationDefinition> conversations) {
        this(name, description, start, settings, rooms, things, actors, doors, position, scripts, reactions, prototypes,
                help, socials, resets, conversations, CrowdDefinition.NONE, Map.of());
    }

    /** A world without reactions, help entries, socials, area resets or conversations of its own. */
    public WorldDefinition(String name, String description, String start, Map<String, String> settings,
                           Map<String, RoomDefinition> rooms, Map<String, ThingDefinition> things,
                           Map<String, ActorDefinition> actors, Map<String, DoorDefinition> doors,
                           SourcePosition position, ScriptLibrary scripts) {
        this(name, description, start, settings, rooms, things, actors, doors, position, scripts, Map.of(), Map.of(),
                List.of(), List.of(), Map.of(), Map.of());
    }

    /** A world without scripts. */
    public WorldDefinition(String name, String description, String start, Map<String, String> settings,
                           Map<String, RoomDefinition> rooms, Map<String, ThingDefinition> things,
                           Map<String, ActorDefinition> actors, Map<String, DoorDefinition> doors,
                           SourcePosition position) {
        this(name, description, start, settings, rooms, things, actors, doors, position, ScriptLibrary.none());
    }

    /** The setting that holds the message of the day, shown to each player as they enter the game. */
    public static final String MOTD = "motd";

    public WorldDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(scripts, "scripts");
        Objects.requireNonNull(crowds, "crowds");
        settings = freeze(settings);
        rooms = freeze(rooms);
        things = freeze(things);
        actors = freeze(actors);
        doors = freeze(doors);
        reactions = freeze(reactions);
        prototypes = freeze(prototypes);
        help = List.copyOf(help);
        socials = List.copyOf(socials);
        resets = freeze(resets);
        conversations = freeze(conversations);
        areaReactions = freeze(areaReactions);
    }

    private static <V> Map<String, V> freeze(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public Optional<RoomDefinition> room(String id) {
        return Optional.ofNullable(rooms.get(id));
    }

    public Optional<ThingDefinition> thing(String id) {
        return Optional.ofNullable(things.get(id));
    }

    public Optional<ActorDefinition> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    /** The reactions written on {@code id}; none when it has none. */
    public List<Reaction> reactionsOf(String id) {
        return reactions.getOrDefault(id, List.of());
    }

    public Optional<DoorDefinition> door(String id) {
        return Optional.ofNullable(doors.get(id));
    }
}
