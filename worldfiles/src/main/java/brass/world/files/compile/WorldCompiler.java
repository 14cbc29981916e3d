package brass.world.files.compile;

import brass.world.behaviour.BehaviourRegistry;
import brass.world.files.definition.ActorDefinition;
import brass.world.files.definition.ConversationDefinition;
import brass.world.files.definition.CrowdDefinition;
import brass.world.files.definition.ResetDefinition;
import brass.world.files.definition.RoomDefinition;
import brass.world.files.definition.ThingDefinition;
import brass.world.files.definition.WorldDefinition;
import brass.world.files.diagnostic.Problems;
import brass.world.files.diagnostic.SourcePosition;
import brass.world.files.source.ScriptSource;
import brass.world.files.source.SourceFile;
import brass.world.files.source.WorldFiles;
import brass.world.model.HelpEntry;
import brass.world.social.Social;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One run of the checker over one world folder: orders the passes and owns the problems they
 * report. The passes never stop at a problem: each skips only what an earlier error made
 * meaningless, so a builder sees every independent mistake in one run. Each pass takes what
 * earlier passes made and returns what it made, as values; the ones that read each entry on its
 * own run on every core, the others in file order. Not thread-safe itself; create one per check.
 */
public final class WorldCompiler {

    /** How many id comparisons "did you mean" may make in one check, unless told otherwise ({@link IdSuggestions}). */
    public static final long SUGGESTION_BUDGET = IdSuggestions.BUDGET;

    private final Path folder;
    private final BehaviourRegistry registry;
    private final long suggestionBudget;
    private final Problems problems = new Problems();

    /**
     * A compiler for {@code folder}, accepting the behaviours in {@code registry}, allowed
     * {@code suggestionBudget} id comparisons for "did you mean".
     */
    public WorldCompiler(Path folder, BehaviourRegistry registry, long suggestionBudget) {
        this.folder = folder;
        this.registry = registry;
        this.suggestionBudget = suggestionBudget;
    }

    public Compilation run() {
        if (!Files.isDirectory(folder)) {
            problems.error(SourcePosition.of(folder.toString()), "world folder does not exist or is not a folder");
            return new Compilation(problems.all(), Optional.empty());
        }
        List<SourceFile> files = WorldFiles.read(folder, problems);
        List<ScriptSource> scriptSources = WorldFiles.scripts(folder, problems);
        FieldMaps fieldMaps = new FieldMaps(problems);
        Values values = new Values(problems);
        IndexPass.Declared declared = new IndexPass(folder, fieldMaps, values, problems).run(files);
        Index index = declared.index();
        WorldHeader header = WorldHeader.read(declared.worldFields(), declared.worldPosition(), fieldMaps, values,
                problems);
        Map<String, ResetDefinition> resets = new ResetPass(fieldMaps, problems).run(declared.resets());
        Context context = new Context(fieldMaps, values, new BehaviourFields(registry, fieldMaps, problems),
                new IdSuggestions(index, suggestionBudget), problems);

        List<Map<String, Field>> own = fieldMaps.ownFields(index);
        PrototypePass.Resolved resolved = new PrototypePass(index, own, context).run();
        EntryFields fields = new FieldNameCheck(index, context).run(own, resolved);

        List<ExitPass.RoomExits> exits = new ExitPass(index, fields, context).run();
        DoorPass.Doors doors = new DoorPass(index, fields, exits, context).run();
        index = doors.index();
        List<RoomPass.RoomDraft> rooms = new RoomPass(index, fields, doors.roomExits(), context).run();
        Definitions definitions = definitions(index, fields, rooms, context);
        Map<String, ConversationDefinition> conversations = new TopicPass(index, fields, context)
                .run(definitions.actors.keySet());
        // Scripts after the entries and before what names script functions (reactions).
        ScriptPass.Checked scripts = new ScriptPass(index, context.suggestions(), problems).run(scriptSources);
        ReactionPass.Read reactions = new ReactionPass(index, fields, context, scripts.library())
                .run(declared.areaReactions());
        List<Social> socials = new SocialPass(fieldMaps, values, problems).run(declared.socials());

        References references = new References(index, context.suggestions(), problems);
        String start = StartRoomCheck.check(header, index, references, problems);
        PlacementCheck.check(definitions.things, problems);
        KeyUses keys = doors.keys().plus(definitions.keys);
        KeyCheck.check(keys, definitions.things, problems);
        new MapCheck(index, rooms, context.suggestions(), problems).check(start);
        if (index.isRoom(start)) {
            new LockCheck(index, rooms, doors.definitions(), definitions.things, definitions.actors, keys.used())
                    .check(start, problems);
        }
        CrowdDefinition crowds = CrowdPass.run(declared.worldFields(), index, fields, problems);
        List<HelpEntry> help = new HelpPass(fieldMaps, values, problems).run(declared.help());
        Set<String> prototypesUsed = new HashSet<>(resolved.used());
        prototypesUsed.addAll(scripts.created());
        prototypesUsed.addAll(reactions.created());
        PrototypeUseCheck.check(index, prototypesUsed, problems);

        Optional<WorldDefinition> world = problems.hasErrors() ? Optional.empty()
                : Optional.of(new WorldDefinition(header.name(), header.description(), start, header.settings(),
                        definitions.rooms, definitions.things, definitions.actors, doors.definitions(),
                        header.position(), scripts.library(), reactions.reactions(),
                        madeFrom(index, fields, context, prototypesUsed), help, socials, resets, conversations,
                        crowds, reactions.areaReactions()));
        return new Compilation(problems.all(), world);
    }

    /**
     * The prototypes reactions and scripts make things from, each as the thing it makes (with no
     * place): its name, words, description, gender and flags.
     */
    private static Map<String, ThingDefinition> madeFrom(Index index, EntryFields fields, Context context,
                                                         Set<String> prototypes) {
        Map<String, ThingDefinition> made = new LinkedHashMap<>();
        Values values = context.values();
        for (Entry entry : index.entries()) {
            if (entry.kind() != Kind.PROTOTYPE || !prototypes.contains(entry.id())) {
                continue;
            }
            Map<String, Field> f = fields.of(entry);
            java.util.Set<brass.world.model.Flag> flags = values.flags(f, brass.world.model.Thing.Kind.OBJECT);
            made.put(entry.id(), new ThingDefinition(entry.id(), values.nameOf(entry, f), values.words(f, "adjectives"),
                    values.words(f, "synonyms"), values.prose(f, "description"), flags, brass.world.model.Gender.NEUTER,
                    Optional.empty(), Optional.empty(), List.of(), Optional.empty(), entry.position(),
                    ThingPass.wornOn(values, context.problems(), f, flags, entry.what())));
        }
        return made;
    }

    /** The rooms, things and actors by id, in file order, and the keys things name. */
    private record Definitions(Map<String, RoomDefinition> rooms, Map<String, ThingDefinition> things,
                               Map<String, ActorDefinition> actors, KeyUses keys) {
    }

    /**
     * Things and actors are read in one pass, in file order, on one thread: they look up "did you
     * mean" for keys, placements and rooms, and the order of first questions decides which get an
     * answer once the budget runs out.
     */
    private static Definitions definitions(Index index, EntryFields fields, List<RoomPass.RoomDraft> rooms,
                                           Context context) {
        Map<String, RoomDefinition> roomsById = new LinkedHashMap<>(rooms.size() * 4 / 3 + 16);
        Map<String, ThingDefinition> things = new LinkedHashMap<>();
        Map<String, ActorDefinition> actors = new LinkedHashMap<>();
        Set<String> keysUsed = new LinkedHashSet<>();
        Set<String> keysSuggested = new LinkedHashSet<>();
        ThingPass thingPass = new ThingPass(index, fields, context);
        ActorPass actorPass = new ActorPass(index, fields, context);
        for (Entry entry : index.entries()) {
            switch (entry.kind()) {
                case ROOM -> roomsById.put(entry.id(), rooms.get(entry.room()).definition());
                case THING -> {
                    ThingPass.ThingDraft thing = thingPass.read(entry);
                    things.put(entry.id(), thing.definition());
                    keysUsed.addAll(thing.keys().used());
                    keysSuggested.addAll(thing.keys().suggested());
                }
                case ACTOR -> actorPass.read(entry).ifPresent(actor -> actors.put(entry.id(), actor));
                default -> { }
            }
        }
        return new Definitions(roomsById, things, actors, new KeyUses(keysUsed, keysSuggested));
    }
}
