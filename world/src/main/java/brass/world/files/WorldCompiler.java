package brass.world.files;

import brass.world.files.behaviour.BehaviourRegistry;
import brass.world.files.behaviour.BehaviourSpec;
import brass.world.files.behaviour.ParameterSpec;
import brass.world.files.definition.ActorDefinition;
import brass.world.files.definition.BehaviourDefinition;
import brass.world.files.definition.Direction;
import brass.world.files.definition.DoorDefinition;
import brass.world.files.definition.DoorSide;
import brass.world.files.definition.DoorState;
import brass.world.files.definition.ExitDefinition;
import brass.world.files.definition.Gender;
import brass.world.files.definition.Placement;
import brass.world.files.definition.RoomDefinition;
import brass.world.files.definition.ThingDefinition;
import brass.world.files.definition.ThingFlag;
import brass.world.files.definition.WorldDefinition;
import brass.world.files.diagnostic.SourcePosition;
import brass.world.files.diagnostic.Suggestions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import brass.world.files.YamlTree.YMapping;
import brass.world.files.YamlTree.YNode;
import brass.world.files.YamlTree.YScalar;
import brass.world.files.YamlTree.YSequence;

/**
 * One run of the checker over one world folder. Works in passes (read files, collect ids, apply
 * prototypes, read each definition, check references across definitions) and never stops at a
 * problem: each pass skips only what an earlier error made meaningless, so a builder sees every
 * independent mistake in one run. Not thread-safe; create one per check.
 */
final class WorldCompiler {

    /** The kinds of thing a world file declares, in one id namespace. */
    enum Kind {
        ROOM("room", "rooms"), THING("thing", "things"), ACTOR("actor", "actors"),
        DOOR("door", "doors"), PROTOTYPE("prototype", "prototypes");

        final String word;
        final String section;

        Kind(String word, String section) {
            this.word = word;
            this.section = section;
        }
    }

    static final String WORLD_FILE = "world.yaml";
    static final List<String> WORLD_FIELDS = List.of("name", "start", "description", "settings");
    static final List<String> AREA_FIELDS = List.of("area", "rooms", "things", "actors", "doors", "prototypes");
    static final List<String> ROOM_FIELDS = List.of("like", "name", "description", "dark", "exits", "behaviours");
    static final List<String> THING_FIELDS = List.of("like", "name", "adjectives", "synonyms", "description",
            "fixed", "container", "surface", "openable", "open", "lockable", "locked", "is-key", "light-source", "lit",
            "gender", "proper-name", "mass-noun", "key", "in", "on", "carried-by", "behaviours");
    static final List<String> ACTOR_FIELDS = List.of("like", "name", "adjectives", "synonyms", "description",
            "gender", "proper-name", "in", "behaviours");
    static final List<String> DOOR_FIELDS = List.of("like", "name", "adjectives", "synonyms", "description",
            "state", "key", "sides", "behaviours");
    static final List<String> INLINE_DOOR_FIELDS = List.of("id", "name", "adjectives", "synonyms", "description",
            "state", "key", "behaviours");
    static final List<String> EXIT_FIELDS = List.of("to", "door", "one-way", "description", "synonyms");
    static final List<String> PROTOTYPE_FIELDS = Stream.of(ROOM_FIELDS, THING_FIELDS, ACTOR_FIELDS, DOOR_FIELDS)
            .flatMap(List::stream).distinct().toList();

    private final Path folder;
    private final String folderLabel;
    private final BehaviourRegistry registry;
    private final Problems problems = new Problems();

    /** Every registered entry by id; {@link #ordered} keeps their order. Sized in {@link #run}. */
    private Map<String, Entry> entries = new HashMap<>();
    private List<Entry> ordered = new ArrayList<>();
    private final Set<String> rejectedIds = new HashSet<>();
    private String worldName = "";
    private String worldDescription = "";
    private String start;
    private YNode startNode;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private SourcePosition worldPosition;

    /** Room entries in order; a room's index in this list is its {@code Entry.room}. */
    private final List<Entry> roomEntries = new ArrayList<>();
    private final Map<String, DoorDraft> doorDrafts = new LinkedHashMap<>();
    private Map<String, RoomDefinition> rooms = new LinkedHashMap<>();
    private final Map<String, ThingDefinition> things = new LinkedHashMap<>();
    private final Map<String, ActorDefinition> actors = new LinkedHashMap<>();
    private final Map<String, DoorDefinition> doors = new LinkedHashMap<>();
    private final Map<String, YNode> keyUses = new LinkedHashMap<>();
    private final Set<String> suggestedKeys = new HashSet<>();

    WorldCompiler(Path folder, BehaviourRegistry registry) {
        this(folder, registry, SUGGESTION_BUDGET);
    }

    /** A compiler allowed {@code suggestionBudget} id comparisons for "did you mean". */
    WorldCompiler(Path folder, BehaviourRegistry registry, long suggestionBudget) {
        this.folder = folder;
        this.folderLabel = folder.toString();
        this.registry = registry;
        this.worldPosition = SourcePosition.of(folder.resolve(WORLD_FILE).toString());
        this.suggestionBudget = new AtomicLong(suggestionBudget);
    }

    CheckResult run() {
        if (!Files.isDirectory(folder)) {
            problems.error(SourcePosition.of(folderLabel), "world folder does not exist or is not a folder");
            return new CheckResult(folderLabel, problems.all(), Optional.empty());
        }
        List<WorldFiles.SourceFile> files = WorldFiles.read(folder, problems);
        int declared = declaredEntries(files);
        entries = new HashMap<>(declared * 4 / 3 + 16);
        ordered = new ArrayList<>(declared);
        for (WorldFiles.SourceFile file : files) {
            collect(file);
        }
        inParallel(ordered, entry -> entry.own = fields(entry.body, entry, entry.file, entry::what));
        int roomCount = 0;
        for (Entry entry : ordered) {
            if (entry.kind == Kind.ROOM) {
                roomCount++;
            }
        }
        rooms = new LinkedHashMap<>(roomCount * 4 / 3 + 16);
        for (Entry entry : ordered) {
            resolve(entry, new ArrayList<>());
        }
        inParallel(ordered, this::checkFieldNames);
        for (Entry entry : ordered) {
            if (entry.kind == Kind.ROOM) {
                entry.room = roomEntries.size();
                roomEntries.add(entry);
            }
        }
        // Rooms are most of a large world and each is read on its own (problems are a
        // thread-safe set, sorted when reported), so they are read on every core. Anything that
        // touches shared drafts (doors named on exits) or ordered maps is done after, in order.
        inParallel(roomEntries, this::readRoomExits);
        for (Entry room : roomEntries) {
            if (room.exitDoors != null) {
                for (ExitDraft exit : room.exitDoors) {
                    readExitDoor(exit, exit.doorField);
                }
            }
        }
        for (Entry entry : ordered) {
            if (entry.kind == Kind.DOOR) {
                readDoorEntry(entry);
            }
        }
        finishDoors();
        // "Did you mean" for exits to missing rooms is looked up here, in file order, so that when
        // the budget runs out it is the same misspellings that go without, run after run; the
        // parallel pass below then finds every answer remembered.
        for (Entry room : roomEntries) {
            for (ExitDraft exit : room.exits) {
                if (!entries.containsKey(exit.to) && !rejectedIds.contains(exit.to)) {
                    nearestId(exit.to, Kind.ROOM);
                }
            }
        }
        inParallel(roomEntries, this::readRoom);
        for (Entry entry : ordered) {
            switch (entry.kind) {
                case ROOM -> rooms.put(entry.id, entry.definition);
                case THING -> readThing(entry);
                case ACTOR -> readActor(entry);
                default -> { }
            }
        }
        checkWorld();
        checkPlacements();
        checkKeys();
        checkMap();
        checkPrototypesUsed();
        Optional<WorldDefinition> world = problems.hasErrors() ? Optional.empty()
                : Optional.of(new WorldDefinition(worldName, worldDescription, start, settings, rooms, things, actors,
                        doors, worldPosition));
        return new CheckResult(folderLabel, problems.all(), world);
    }

    private static <T> void inParallel(List<T> items, java.util.function.Consumer<T> action) {
        items.parallelStream().forEach(action);
    }

    // ---------------------------------------------------------------- collecting entries

    /** One named definition as written, before prototypes are applied. */
    static final class Entry {
        final Kind kind;
        final String id;
        final YNode keyNode;
        final YNode body;
        final String file;
        final String area;
        final SourcePosition position;
        Map<String, Field> own = Map.of();
        Map<String, Field> resolved;
        Map<String, Field> known;
        boolean used;
        /** A room's exits as read, and its index among the rooms; -1 for other kinds. */
        List<ExitDraft> exits;
        int room = -1;
        /** For each of a room's exit definitions, the index of the room it leads to. */
        int[] exitTargets;
        /** A room's definition, once read: the whole-world checks walk it without a look-up by id. */
        RoomDefinition definition;
        /** A room's exits that name a door, in the order written, kept or not. */
        List<ExitDraft> exitDoors;

        Entry(Kind kind, String id, YNode keyNode, YNode body, String file, String area, SourcePosition position) {
            this.kind = kind;
            this.id = id;
            this.keyNode = keyNode;
            this.body = body;
            this.file = file;
            this.area = area;
            this.position = position;
        }

        String what() {
            return kind.word + " '" + id + "'";
        }
    }

    /** One field as written, remembering which entry wrote it (a prototype's field stays the prototype's). */
    record Field(String name, YNode key, YNode value, Entry owner, String file) {
        String what() {
            return "'" + name + "' of " + (owner == null ? "world.yaml" : owner.what());
        }
    }

    private SourcePosition at(YNode node, String file) {
        return Nodes.position(node, file);
    }

    private SourcePosition at(Field field) {
        return Nodes.position(field.value() == null ? field.key() : field.value(), field.file());
    }

    /** Reads a mapping into fields, reporting a non-map, complex keys and repeated keys. */
    private Map<String, Field> fields(YNode node, Entry owner, String file, String what) {
        return fields(node, owner, file, () -> what);
    }

    /** As above, building the description only when there is something to report. */
    private Map<String, Field> fields(YNode node, Entry owner, String file, Supplier<String> whatOf) {
        if (Nodes.isNull(node)) {
            return new LinkedHashMap<>();
        }
        if (!(node instanceof YMapping mapping)) {
            problems.error(at(node, file), whatOf.get() + " must be a map of fields, found " + Nodes.describe(node));
            return new LinkedHashMap<>();
        }
        int size = mapping.size();
        Map<String, Field> result = new LinkedHashMap<>(size * 4 / 3 + 1);
        for (int i = 0; i < size; i++) {
            if (!(mapping.key(i) instanceof YScalar key)) {
                problems.error(at(mapping.key(i), file), "a key in " + whatOf.get() + " must be a plain name, found "
                        + Nodes.describe(mapping.key(i)));
                continue;
            }
            String name = key.getValue();
            Field previous = result.get(name);
            if (previous != null) {
                problems.error(at(key, file), "'" + name + "' appears twice in " + whatOf.get()
                        + " (first at " + at(previous.key(), file) + ")");
                continue;
            }
            result.put(name, new Field(name, key, mapping.value(i), owner, file));
        }
        return result;
    }

    private void unknownFields(Map<String, Field> fields, List<String> known, String what) {
        unknownFields(fields, known, () -> what);
    }

    /** As above, building the description only when a field is unknown: most entries have none. */
    private void unknownFields(Map<String, Field> fields, List<String> known, Supplier<String> whatOf) {
        for (Field field : fields.values()) {
            if (!known.contains(field.name())) {
                problems.error(at(field.key(), field.file()), "unknown field '" + field.name() + "' in "
                        + whatOf.get(), Suggestions.didYouMean(field.name(), known));
            }
        }
    }

    private void collect(WorldFiles.SourceFile file) {
        if (file.root() == null) {
            if (file.isWorld()) {
                worldPosition = SourcePosition.of(file.label());
            }
            return;
        }
        Map<String, Field> top = fields(file.root(), null, file.label(), "a world file");
        String area = file.area();
        if (file.isWorld()) {
            worldPosition = at(file.root(), file.label());
            List<String> known = new ArrayList<>(WORLD_FIELDS);
            known.addAll(AREA_FIELDS);
            unknownFields(top, known, WORLD_FILE);
            readWorldFields(top);
        } else {
            for (Field field : top.values()) {
                if (WORLD_FIELDS.contains(field.name())) {
                    problems.error(at(field.key(), field.file()), "'" + field.name() + "' belongs in world.yaml",
                            "move it to " + folder.resolve(WORLD_FILE));
                } else if (!AREA_FIELDS.contains(field.name())) {
                    problems.error(at(field.key(), field.file()), "unknown section '" + field.name() + "' in "
                            + file.label(), Suggestions.didYouMean(field.name(), AREA_FIELDS));
                }
            }
        }
        Field areaName = top.get("area");
        if (areaName != null) {
            area = text(areaName);
        }
        for (Kind kind : Kind.values()) {
            Field section = top.get(kind.section);
            if (section == null || Nodes.isNull(section.value())) {
                continue;
            }
            if (!(section.value() instanceof YMapping mapping)) {
                problems.error(at(section), "'" + kind.section + "' must be a map from id to " + kind.word
                        + ", found " + Nodes.describe(section.value()),
                        section.value() instanceof YSequence ? Optional.of("write each " + kind.word
                                + " as 'id:' followed by its fields") : Optional.empty());
                continue;
            }
            Map<String, Field> byId = fields(mapping, null, file.label(), "'" + kind.section + "'");
            for (Field declared : byId.values()) {
                register(new Entry(kind, declared.name(), declared.key(), declared.value(), file.label(), area,
                        at(declared.key(), file.label())));
            }
        }
    }

    /** Whether {@code id} matches {@code [a-z0-9][a-z0-9_-]*}, without a regular expression. */
    static boolean isId(String id) {
        int length = id.length();
        if (length == 0) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || i > 0 && (c == '_' || c == '-'))) {
                return false;
            }
        }
        return true;
    }

    /** About how many entries the files declare, to size the maps once. */
    private static int declaredEntries(List<WorldFiles.SourceFile> files) {
        int count = 0;
        for (WorldFiles.SourceFile file : files) {
            if (file.root() instanceof YMapping root) {
                for (int i = 0; i < root.size(); i++) {
                    if (root.value(i) instanceof YMapping mapping) {
                        count += mapping.size();
                    }
                }
            }
        }
        return count;
    }

    private void register(Entry entry) {
        if (!isId(entry.id)) {
            String fixed = entry.id.toLowerCase(Locale.ROOT).trim().replaceAll("[^a-z0-9_-]+", "-")
                    .replaceAll("^-+|-+$", "");
            problems.error(entry.position, "id '" + entry.id + "' must be lower-case letters, digits, '-' and '_'",
                    fixed.isEmpty() ? Optional.empty() : Optional.of("write '" + fixed + "'"));
            rejectedIds.add(entry.id);
            return;
        }
        Entry previous = entries.get(entry.id);
        if (previous != null) {
            problems.error(entry.position, "duplicate id '" + entry.id + "': this " + entry.kind.word
                    + " and the " + previous.kind.word + " at " + previous.position + " share it",
                    "ids must be unique across all files of a world");
            return;
        }
        entries.put(entry.id, entry);
        ordered.add(entry);
    }

    private void readWorldFields(Map<String, Field> top) {
        Field name = top.get("name");
        if (name == null) {
            problems.error(worldPosition, "world.yaml has no name", "add name: followed by the world's name");
        } else {
            worldName = text(name);
            markup(name, worldName);
        }
        Field description = top.get("description");
        if (description != null) {
            worldDescription = text(description);
            markup(description, worldDescription);
        }
        Field startField = top.get("start");
        if (startField == null) {
            problems.error(worldPosition, "world.yaml has no start room", "add start: followed by a room id");
        } else {
            start = text(startField);
            startNode = startField.value();
        }
        Field settingsField = top.get("settings");
        if (settingsField != null) {
            for (Field setting : fields(settingsField.value(), null, settingsField.file(), "'settings'").values()) {
                if (setting.value() instanceof YScalar scalar) {
                    settings.put(setting.name(), Nodes.isNull(scalar) ? "" : scalar.getValue());
                } else {
                    problems.error(at(setting), "setting '" + setting.name() + "' must be a single value, found "
                            + Nodes.describe(setting.value()));
                }
            }
        }
    }

    // ---------------------------------------------------------------- prototypes

    /** Applies {@code like} chains: the parent's fields, then the child's own on top. */
    private Map<String, Field> resolve(Entry entry, List<Entry> chain) {
        if (entry.resolved != null) {
            return entry.resolved;
        }
        Field like = entry.own.get("like");
        if (like == null) {
            entry.resolved = entry.own;
            return entry.resolved;
        }
        if (chain.contains(entry)) {
            List<Entry> cycle = chain.subList(chain.indexOf(entry), chain.size());
            StringBuilder path = new StringBuilder();
            for (int k = 0; k < cycle.size(); k++) {
                path.append("'").append(cycle.get(k).id).append(k == 0 ? "' is like " : "', which is like ");
            }
            path.append("'").append(entry.id).append("'");
            Entry reported = cycle.stream().min((a, b) -> a.position.compareTo(b.position)).orElseThrow();
            problems.error(at(reported.own.get("like")), "prototype cycle: " + path);
            for (Entry member : cycle) {
                member.resolved = member.own;
            }
            return entry.own;
        }
        Map<String, Field> merged = new LinkedHashMap<>();
        String parentId = text(like);
        Entry parent = entries.get(parentId);
        if (parentId.isEmpty()) {
            if (Nodes.isNull(like.value())) {
                problems.error(at(like), "'like' of " + entry.what() + " is empty", "give the id of a prototype");
            }
        } else if (parent == null) {
            if (!rejectedIds.contains(parentId)) {
                problems.error(at(like), entry.what() + " is like '" + parentId + "', which does not exist",
                        didYouMeanId(parentId, entry.kind, Kind.PROTOTYPE));
            }
        } else if (parent.kind != Kind.PROTOTYPE && parent.kind != entry.kind) {
            problems.error(at(like), entry.what() + " cannot be like the " + parent.kind.word + " '" + parentId
                    + "'", "'like' names a prototype or another " + entry.kind.word);
        } else {
            parent.used = true;
            chain.add(entry);
            Map<String, Field> inherited = resolve(parent, chain);
            chain.remove(chain.size() - 1);
            if (entry.resolved != null) {
                return entry.resolved;
            }
            merged.putAll(inherited);
            merged.remove("like");
        }
        merged.putAll(entry.own);
        entry.resolved = merged;
        return merged;
    }

    /**
     * How many candidate ids "did you mean" may compare in one check. A misspelt id is compared
     * with every id of its kind, so a 100,000-room world where thousands of exits name rooms that
     * are gone would spend minutes on suggestions alone; past this many comparisons (about a
     * second's work) problems are still reported, without the suggestion.
     */
    static final long SUGGESTION_BUDGET = 20_000_000;

    private final AtomicLong suggestionBudget;
    private final Map<String, Optional<String>> nearestIds = new ConcurrentHashMap<>();
    private final Map<Integer, List<String>> idsByKinds = new ConcurrentHashMap<>();

    /**
     * The known id of one of {@code kinds} nearest to {@code wrong}: remembered, because many
     * exits may name the same missing room, and rooms are read on several threads.
     */
    private Optional<String> nearestId(String wrong, Kind... kinds) {
        int mask = 0;
        for (Kind kind : kinds) {
            mask |= 1 << kind.ordinal();
        }
        int wanted = mask;
        return nearestIds.computeIfAbsent(mask + ":" + wrong, key -> {
            List<String> candidates = idsByKinds.computeIfAbsent(wanted, m -> idsOf(kinds));
            if (suggestionBudget.addAndGet(-candidates.size()) < 0) {
                return Optional.empty();
            }
            return Suggestions.nearest(wrong, candidates);
        });
    }

    private Optional<String> didYouMeanId(String wrong, Kind... kinds) {
        return nearestId(wrong, kinds).map(s -> "did you mean '" + s + "'?");
    }

    private List<String> idsOf(Kind... kinds) {
        Set<Kind> wanted = EnumSet.copyOf(Arrays.asList(kinds));
        List<String> ids = new ArrayList<>();
        for (Entry entry : ordered) {
            if (wanted.contains(entry.kind)) {
                ids.add(entry.id);
            }
        }
        return ids;
    }

    private static List<String> fieldsOf(Kind kind) {
        return switch (kind) {
            case ROOM -> ROOM_FIELDS;
            case THING -> THING_FIELDS;
            case ACTOR -> ACTOR_FIELDS;
            case DOOR -> DOOR_FIELDS;
            case PROTOTYPE -> PROTOTYPE_FIELDS;
        };
    }

    private void checkFieldNames(Entry entry) {
        List<String> known = fieldsOf(entry.kind);
        unknownFields(entry.own, known, entry::what);
        for (Field field : entry.resolved.values()) {
            if (field.owner() != entry && !known.contains(field.name())
                    && PROTOTYPE_FIELDS.contains(field.name())) {
                problems.error(at(field.key(), field.file()), "field '" + field.name() + "' of "
                        + field.owner().what() + " does not apply to " + entry.what() + ", which is like it");
            }
        }
    }

    /** The entry's resolved fields that apply to its kind; computed once, never modified. */
    private Map<String, Field> known(Entry entry) {
        if (entry.known != null) {
            return entry.known;
        }
        List<String> known = fieldsOf(entry.kind);
        if (known.containsAll(entry.resolved.keySet())) {
            entry.known = entry.resolved;
            return entry.known;
        }
        Map<String, Field> result = new LinkedHashMap<>();
        entry.resolved.forEach((name, field) -> {
            if (known.contains(name)) {
                result.put(name, field);
            }
        });
        entry.known = result;
        return result;
    }

    // ---------------------------------------------------------------- typed values

    private String text(Field field) {
        YNode value = field.value();
        if (Nodes.isNull(value)) {
            return "";
        }
        if (value instanceof YScalar scalar) {
            return scalar.getValue().strip();
        }
        problems.error(at(field), field.what() + " must be a string, found " + Nodes.describe(value));
        return "";
    }

    /** A required id-valued field: the id, or empty after reporting why not. */
    private Optional<String> reference(Field field) {
        YNode value = field.value();
        if (Nodes.isNull(value)) {
            problems.error(at(field), field.what() + " is empty", "give an id");
            return Optional.empty();
        }
        String id = text(field);
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }

    private boolean bool(Field field) {
        YNode value = field.value();
        if (value instanceof YScalar scalar) {
            switch (scalar.getValue().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on" -> {
                    return true;
                }
                case "false", "no", "off" -> {
                    return false;
                }
                default -> { }
            }
        }
        problems.error(at(field), field.what() + " must be true or false, found " + Nodes.describe(value));
        return false;
    }

    private List<String> words(Field field) {
        YNode value = field.value();
        if (Nodes.isNull(value)) {
            return List.of();
        }
        if (value instanceof YScalar scalar) {
            return List.of(scalar.getValue().strip());
        }
        if (value instanceof YSequence sequence) {
            List<String> words = new ArrayList<>();
            for (YNode item : sequence.getValue()) {
                if (item instanceof YScalar scalar && !Nodes.isNull(item)) {
                    words.add(scalar.getValue().strip());
                } else {
                    problems.error(at(item, field.file()), "each of " + field.what() + " must be a word, found "
                            + Nodes.describe(item));
                }
            }
            return words;
        }
        problems.error(at(field), field.what() + " must be a list of words, found a map",
                "write [word, word]");
        return List.of();
    }

    private <E extends Enum<E>> Optional<E> choice(Field field, E[] values, java.util.function.Function<E, String> word) {
        String written = text(field);
        for (E value : values) {
            if (word.apply(value).equals(written)) {
                return Optional.of(value);
            }
        }
        List<String> words = Arrays.stream(values).map(word).toList();
        if (field.value() instanceof YScalar) {
            problems.error(at(field), field.what() + " must be one of " + String.join(", ", words) + ", found '"
                    + written + "'", Suggestions.didYouMean(written, words));
        }
        return Optional.empty();
    }

    /** Description-like text: stripped of the trailing newline YAML blocks add, markup checked. */
    private String prose(Map<String, Field> fields, String name) {
        Field field = fields.get(name);
        if (field == null) {
            return "";
        }
        String value = text(field);
        markup(field, value);
        return value;
    }

    private void markup(Field field, String value) {
        if (value.indexOf('{') < 0 || !(field.value() instanceof YScalar scalar)) {
            return;
        }
        String raw = scalar.getValue();
        for (Markup.Problem problem : Markup.problems(raw)) {
            problems.warning(positionIn(scalar, field.file(), problem.offset()),
                    problem.message() + " in " + field.what(), problem.hint());
        }
    }

    /**
     * The position of a character inside a scalar, so a markup warning points at the tag itself.
     * Exact for one-line scalars and for literal blocks ({@code |}), whose lines map one to one
     * onto the file; other multi-line styles fold lines together, so they get the scalar's start.
     */
    private SourcePosition positionIn(YScalar scalar, String file, int offset) {
        SourcePosition start = at(scalar, file);
        if (start.line() == 0) {
            return start;
        }
        String raw = scalar.getValue();
        ScalarStyle style = scalar.getScalarStyle();
        boolean oneLine = scalar.endLine() == start.line();
        if (oneLine && raw.indexOf('\n') < 0) {
            int quote = style == ScalarStyle.SINGLE_QUOTED || style == ScalarStyle.DOUBLE_QUOTED ? 1 : 0;
            return new SourcePosition(start.file(), start.line(), start.column() + quote + offset);
        }
        if (style != ScalarStyle.LITERAL) {
            return start;
        }
        List<String> lines = fileLines(file);
        int lineInValue = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (raw.charAt(i) == '\n') {
                lineInValue++;
                lineStart = i + 1;
            }
        }
        int indent = -1;
        for (int k = start.line(); k < lines.size() && indent < 0; k++) {
            String line = lines.get(k);
            if (!line.isBlank()) {
                indent = line.length() - line.stripLeading().length();
            }
        }
        return new SourcePosition(start.file(), start.line() + 1 + lineInValue,
                Math.max(indent, 0) + offset - lineStart + 1);
    }

    private final Map<String, List<String>> fileLines = new java.util.concurrent.ConcurrentHashMap<>();

    private List<String> fileLines(String file) {
        return fileLines.computeIfAbsent(file, f -> {
            try {
                return Files.readAllLines(Path.of(f), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
    }

    private String nameOf(Entry entry, Map<String, Field> fields) {
        String name = prose(fields, "name");
        return name.isEmpty() ? entry.id.replace('-', ' ').replace('_', ' ') : name;
    }

    // ---------------------------------------------------------------- behaviours

    private List<BehaviourDefinition> behaviours(Map<String, Field> fields) {
        Field field = fields.get("behaviours");
        if (field == null || Nodes.isNull(field.value())) {
            return List.of();
        }
        List<BehaviourDefinition> result = new ArrayList<>();
        YNode value = field.value();
        if (value instanceof YMapping) {
            for (Field one : fields(value, field.owner(), field.file(), field.what()).values()) {
                behaviour(one.key(), one.name(), one.value(), field).ifPresent(result::add);
            }
        } else if (value instanceof YSequence sequence) {
            for (YNode item : sequence.getValue()) {
                if (item instanceof YScalar scalar && !Nodes.isNull(item)) {
                    behaviour(item, scalar.getValue(), null, field).ifPresent(result::add);
                } else if (item instanceof YMapping mapping && mapping.size() == 1
                        && mapping.key(0) instanceof YScalar name) {
                    behaviour(name, name.getValue(), mapping.value(0), field)
                            .ifPresent(result::add);
                } else {
                    problems.error(at(item, field.file()), "each of " + field.what()
                            + " must be a behaviour name, or a name followed by its parameters, found "
                            + Nodes.describe(item), "write '- cockroach' or '- cockroach: {interval: 2s}'");
                }
            }
        } else {
            behaviour(value, ((YScalar) value).getValue().strip(), null, field).ifPresent(result::add);
        }
        Set<String> seen = new HashSet<>();
        for (BehaviourDefinition behaviour : result) {
            if (!seen.add(behaviour.name())) {
                problems.error(behaviour.position(), "behaviour '" + behaviour.name() + "' is given twice in "
                        + field.what(), "give it once, with all its parameters");
            }
        }
        return result;
    }

    private Optional<BehaviourDefinition> behaviour(YNode nameNode, String name, YNode parameters, Field field) {
        SourcePosition position = at(nameNode, field.file());
        Optional<BehaviourSpec> found = registry.find(name);
        if (found.isEmpty()) {
            problems.error(position, "unknown behaviour '" + name + "' in " + field.what(),
                    Suggestions.didYouMean(name, registry.names()).or(() -> Optional.of("known behaviours: "
                            + String.join(", ", registry.names()))));
            return Optional.empty();
        }
        BehaviourSpec spec = found.get();
        String what = "behaviour '" + name + "' of " + (field.owner() == null ? "world.yaml" : field.owner().what());
        Map<String, Object> values = new LinkedHashMap<>();
        boolean ok = true;
        List<String> parameterNames = spec.parameters().stream().map(ParameterSpec::name).toList();
        for (Field parameter : fields(parameters, field.owner(), field.file(), what).values()) {
            Optional<ParameterSpec> parameterSpec = spec.parameter(parameter.name());
            if (parameterSpec.isEmpty()) {
                problems.error(at(parameter.key(), parameter.file()), "unknown parameter '" + parameter.name()
                        + "' of " + what, Suggestions.didYouMean(parameter.name(), parameterNames)
                        .or(() -> Optional.of(parameterNames.isEmpty() ? name + " takes no parameters"
                                : "it takes " + String.join(", ", parameterNames))));
                ok = false;
                continue;
            }
            if (!(parameter.value() instanceof YScalar scalar) || Nodes.isNull(parameter.value())) {
                problems.error(at(parameter), "parameter '" + parameter.name() + "' of " + what + " must be "
                        + parameterSpec.get().type().expected() + ", found " + Nodes.describe(parameter.value()));
                ok = false;
                continue;
            }
            try {
                values.put(parameter.name(), parameterSpec.get().parse(scalar.getValue()));
            } catch (IllegalArgumentException e) {
                problems.error(at(parameter), "parameter '" + parameter.name() + "' of " + what + " "
                        + (e.getMessage().startsWith("expected") ? "must be " + e.getMessage().substring(9)
                        : e.getMessage()));
                ok = false;
            }
        }
        Map<String, Object> complete = new LinkedHashMap<>();
        for (ParameterSpec parameter : spec.parameters()) {
            Object value = values.containsKey(parameter.name()) ? values.get(parameter.name())
                    : parameter.defaultValue().orElse(null);
            if (value == null) {
                if (ok) {
                    problems.error(position, what + " needs parameter '" + parameter.name() + "'");
                }
                ok = false;
            } else {
                complete.put(parameter.name(), value);
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        for (BehaviourSpec.Constraint constraint : spec.constraints()) {
            Optional<String> problem = constraint.check(complete);
            if (problem.isPresent()) {
                problems.error(position, what + ": " + problem.get());
                ok = false;
            }
        }
        return ok ? Optional.of(new BehaviourDefinition(name, complete, position)) : Optional.empty();
    }

    // ---------------------------------------------------------------- rooms and exits

    /** An exit as read, before doors are attached and definitions built. */
    static final class ExitDraft {
        String from;
        String name;
        Optional<Direction> direction;
        String to;
        String door;
        boolean oneWay;
        String description = "";
        List<String> synonyms = List.of();
        /** Where the synonyms are written, to point a warning at one of them; null when none are. */
        Field synonymsField;
        SourcePosition position;
        /** The exit's {@code door:} field, read after all rooms' exits (it touches shared drafts). */
        Field doorField;
        /** Where {@code to} is written; a position is made of it only to report a problem. */
        YNode toNode;
        String toFile;
        SourcePosition doorPosition;
        /** The entry {@code to} names, once rooms are read. */
        Entry target;
    }

    private void readRoomExits(Entry room) {
        List<ExitDraft> list = new ArrayList<>();
        room.exits = list;
        Field exitsField = known(room).get("exits");
        if (exitsField == null || Nodes.isNull(exitsField.value())) {
            return;
        }
        Map<String, ExitDraft> byName = new HashMap<>();
        for (Field exit : fields(exitsField.value(), exitsField.owner(), exitsField.file(),
                () -> "'exits' of " + room.what()).values()) {
            ExitDraft draft = new ExitDraft();
            draft.from = room.id;
            draft.position = at(exit.key(), exit.file());
            String written = exit.name().strip();
            draft.direction = Direction.parse(written);
            draft.name = draft.direction.map(Direction::word).orElse(written.toLowerCase(Locale.ROOT));
            if (draft.direction.isEmpty()) {
                List<String> directionWords = Arrays.stream(Direction.values()).map(Direction::word).toList();
                Suggestions.nearest(written, directionWords).ifPresent(near -> problems.warning(draft.position,
                        "exit '" + written + "' of " + room.what() + " is not a direction, so it is a named exit",
                        "did you mean '" + near + "'?"));
            }
            ExitDraft same = byName.get(draft.name);
            if (same != null) {
                problems.error(draft.position, room.what() + " has two exits '" + draft.name + "' (the other at "
                        + same.position + ")");
                continue;
            }
            YNode value = exit.value();
            Field to = null;
            if (value instanceof YMapping) {
                String what = "exit '" + draft.name + "' of " + room.what();
                Map<String, Field> exitFields = fields(value, exit.owner(), exit.file(), what);
                unknownFields(exitFields, EXIT_FIELDS, what);
                to = exitFields.get("to");
                Field oneWay = exitFields.get("one-way");
                draft.oneWay = oneWay != null && bool(oneWay);
                draft.description = prose(exitFields, "description");
                Field synonyms = exitFields.get("synonyms");
                draft.synonyms = synonyms == null ? List.of() : words(synonyms);
                draft.synonymsField = synonyms;
                draft.doorField = exitFields.get("door");
                if (draft.doorField != null) {
                    if (room.exitDoors == null) {
                        room.exitDoors = new ArrayList<>();
                    }
                    room.exitDoors.add(draft);
                }
            } else if (value instanceof YScalar && !Nodes.isNull(value)) {
                to = exit;
            } else if (!Nodes.isNull(value)) {
                problems.error(at(exit), "exit '" + draft.name + "' of " + room.what()
                        + " must be a room id or a map with 'to:', found "
                        + Nodes.describe(value));
                continue;
            }
            if (to == null || Nodes.isNull(to.value())) {
                problems.error(draft.position, "exit '" + draft.name + "' of " + room.what() + " leads nowhere",
                        "give the id of the room it leads to");
                continue;
            }
            draft.to = text(to);
            if (draft.to.isEmpty()) {
                continue;
            }
            draft.toNode = to.value() == null ? to.key() : to.value();
            draft.toFile = to.file();
            byName.put(draft.name, draft);
            list.add(draft);
        }
    }

    private void readExitDoor(ExitDraft exit, Field door) {
        exit.doorPosition = at(door);
        if (door.value() instanceof YMapping) {
            String what = "the door on exit '" + exit.name + "' of room '" + exit.from + "'";
            Map<String, Field> doorFields = fields(door.value(), door.owner(), door.file(), what);
            unknownFields(doorFields, INLINE_DOOR_FIELDS, what);
            Field id = doorFields.get("id");
            if (id == null || Nodes.isNull(id.value())) {
                problems.error(exit.doorPosition, what + " has no id", "add id: so both sides can name it");
                return;
            }
            exit.door = text(id);
            if (!isId(exit.door)) {
                problems.error(at(id), "id '" + exit.door + "' must be lower-case letters, digits, '-' and '_'",
                        "write '" + exit.door.toLowerCase(Locale.ROOT).strip().replaceAll("[^a-z0-9_-]+", "-") + "'");
                rejectedIds.add(exit.door);
                exit.door = null;
                return;
            }
            Entry clash = entries.get(exit.door);
            if (clash != null && clash.kind != Kind.DOOR) {
                problems.error(at(id), "duplicate id '" + exit.door + "': this door and the " + clash.kind.word
                        + " at " + clash.position + " share it", "ids must be unique across all files of a world");
                exit.door = null;
                return;
            }
            draft(exit.door, at(id)).declarations.add(doorFields);
        } else {
            reference(door).ifPresent(id -> exit.door = id);
        }
    }

    /** A door being assembled from its declaration(s) and the exits that name it. */
    static final class DoorDraft {
        final String id;
        final SourcePosition position;
        final List<Map<String, Field>> declarations = new ArrayList<>();
        final List<ExitDraft> sides = new ArrayList<>();
        Entry entry;
        boolean broken;

        DoorDraft(String id, SourcePosition position) {
            this.id = id;
            this.position = position;
        }
    }

    private DoorDraft draft(String id, SourcePosition position) {
        return doorDrafts.computeIfAbsent(id, key -> new DoorDraft(key, position));
    }

    private void readDoorEntry(Entry entry) {
        DoorDraft draft = draft(entry.id, entry.position);
        draft.entry = entry;
        Map<String, Field> fields = known(entry);
        draft.declarations.add(0, fields);
        Field sides = fields.get("sides");
        if (sides == null) {
            return;
        }
        Map<String, Field> bySide = fields(sides.value(), sides.owner(), sides.file(), sides.what());
        if (bySide.size() != 2) {
            draft.broken = true;
            problems.error(at(sides), sides.what() + " must name exactly two rooms, each with the exit the door "
                    + "stands in, found " + bySide.size(), "write sides: {hall: north, study: south}");
            return;
        }
        List<Field> pair = new ArrayList<>(bySide.values());
        boolean roomsKnown = true;
        for (Field side : pair) {
            roomsKnown &= knownRoom(side.name(), at(side.key(), side.file()), entry.what() + " has a side in");
        }
        for (Field side : pair) {
            if (roomsKnown && text(side).isEmpty()) {
                problems.error(at(side), "side '" + side.name() + "' of " + entry.what() + " names no exit",
                        "write the direction the door is in, as seen from " + side.name());
                roomsKnown = false;
            }
        }
        if (!roomsKnown) {
            draft.broken = true;
            return;
        }
        for (int i = 0; i < 2; i++) {
            Field side = pair.get(i);
            Field other = pair.get(1 - i);
            String room = side.name();
            String written = text(side);
            Optional<Direction> direction = Direction.parse(written);
            String exitName = direction.map(Direction::word).orElse(written.toLowerCase(Locale.ROOT));
            List<ExitDraft> roomExits = entries.get(room).exits;
            ExitDraft existing = roomExits.stream().filter(e -> e.name.equals(exitName)).findFirst().orElse(null);
            if (existing != null) {
                if (!existing.to.equals(other.name()) || existing.door != null && !existing.door.equals(entry.id)) {
                    problems.error(at(side), "exit '" + exitName + "' of room '" + room + "' is declared twice: by "
                            + entry.what() + " and at " + existing.position);
                } else {
                    existing.door = entry.id;
                    if (existing.doorPosition == null) {
                        // Written with no door of its own: a problem with this side points at the door's sides.
                        existing.doorPosition = at(side);
                    }
                }
                continue;
            }
            ExitDraft exit = new ExitDraft();
            exit.from = room;
            exit.name = exitName;
            exit.direction = direction;
            exit.to = other.name();
            exit.toNode = other.key();
            exit.toFile = other.file();
            exit.door = entry.id;
            exit.position = at(side);
            exit.doorPosition = at(side);
            roomExits.add(exit);
        }
    }

    private boolean knownRoom(String id, SourcePosition position, String what) {
        Entry entry = entries.get(id);
        if (entry != null && entry.kind == Kind.ROOM) {
            return true;
        }
        if (rejectedIds.contains(id)) {
            return false;
        }
        if (entry != null) {
            problems.error(position, what + " '" + id + "', which is a " + entry.kind.word + ", not a room");
        } else {
            problems.error(position, what + " '" + id + "', which does not exist",
                    didYouMeanId(id, Kind.ROOM));
        }
        return false;
    }

    /** Attaches doors to exits, merges door declarations and checks both sides agree. */
    private void finishDoors() {
        // Keys count as used even when their door has another problem, so that one mistake does
        // not also produce a misleading "key opens nothing".
        for (DoorDraft draft : doorDrafts.values()) {
            for (Map<String, Field> declaration : draft.declarations) {
                Field key = declaration.get("key");
                if (key != null && key.value() instanceof YScalar scalar && !Nodes.isNull(scalar)) {
                    keyUses.put(scalar.getValue().strip(), scalar);
                }
            }
        }
        for (Entry room : roomEntries) {
            for (ExitDraft exit : room.exits) {
                if (exit.door == null) {
                    continue;
                }
                DoorDraft draft = doorDrafts.get(exit.door);
                if (draft == null) {
                    if (!rejectedIds.contains(exit.door)) {
                        Entry clash = entries.get(exit.door);
                        problems.error(exit.doorPosition, "exit '" + exit.name + "' of room '" + exit.from
                                + "' has door '" + exit.door + "', which " + (clash == null ? "does not exist"
                                : "is a " + clash.kind.word + ", not a door"), clash == null
                                ? Suggestions.didYouMean(exit.door, doorDrafts.keySet()).or(() -> Optional.of(
                                "declare it under doors:, or write door: {id: " + exit.door + ", ...}"))
                                : Optional.empty());
                    }
                    exit.door = null;
                    continue;
                }
                draft.sides.add(exit);
            }
        }
        for (DoorDraft draft : doorDrafts.values()) {
            finishDoor(draft);
        }
    }

    private void finishDoor(DoorDraft draft) {
        String what = "door '" + draft.id + "'";
        if (draft.sides.isEmpty()) {
            if (draft.broken) {
                return;
            }
            problems.warning(draft.position, what + " is on no exit",
                    "give it sides: {room: direction, other-room: direction}, or name it in two exits");
            return;
        }
        if (draft.sides.size() == 1) {
            ExitDraft side = draft.sides.get(0);
            problems.error(side.doorPosition, what + " has only one side: exit '" + side.name + "' of room '"
                    + side.from + "'", "add an exit from '" + side.to + "' back to '" + side.from + "' with door: "
                    + draft.id);
            return;
        }
        if (draft.sides.size() > 2) {
            for (ExitDraft extra : draft.sides.subList(2, draft.sides.size())) {
                problems.error(extra.doorPosition, what + " is already on exit '" + draft.sides.get(0).name
                        + "' of '" + draft.sides.get(0).from + "' and exit '" + draft.sides.get(1).name + "' of '"
                        + draft.sides.get(1).from + "'; a door joins exactly two rooms");
            }
            return;
        }
        ExitDraft a = draft.sides.get(0);
        ExitDraft b = draft.sides.get(1);
        if (!a.to.equals(b.from) || !b.to.equals(a.from)) {
            problems.error(b.doorPosition, what + " sides disagree: exit '" + a.name + "' of '" + a.from
                    + "' leads to '" + a.to + "', but exit '" + b.name + "' of '" + b.from + "' leads to '" + b.to
                    + "'", "the two sides of a door must lead to each other's rooms");
            return;
        }
        Map<String, Field> merged = new LinkedHashMap<>();
        boolean agree = true;
        for (Map<String, Field> declaration : draft.declarations) {
            for (Field field : declaration.values()) {
                if ("id".equals(field.name())) {
                    continue;
                }
                Field earlier = merged.get(field.name());
                if (earlier == null) {
                    merged.put(field.name(), field);
                } else if (!canonical(earlier.value()).equals(canonical(field.value()))) {
                    problems.error(at(field), what + " sides disagree: '" + field.name() + "' is "
                            + Nodes.describe(field.value()) + " here but " + Nodes.describe(earlier.value()) + " at "
                            + at(earlier), "declare each property of a door once");
                    agree = false;
                }
            }
        }
        if (!agree) {
            return;
        }
        DoorState state = Optional.ofNullable(merged.get("state"))
                .flatMap(f -> choice(f, DoorState.values(), DoorState::word)).orElse(DoorState.CLOSED);
        Optional<String> key = Optional.ofNullable(merged.get("key")).flatMap(this::reference);
        key.ifPresent(id -> keyUses.put(id, merged.get("key").value()));
        Field keyField = merged.get("key");
        if (key.isPresent()) {
            checkKeyExists(key.get(), keyField, what);
        } else if (state == DoorState.LOCKED) {
            problems.warning(draft.position, what + " is locked and has no key, so nobody can open it",
                    "add key: with the id of a thing that is-key");
        }
        String name = prose(merged, "name");
        List<String> adjectives = merged.containsKey("adjectives") ? words(merged.get("adjectives")) : List.of();
        List<String> synonyms = merged.containsKey("synonyms") ? words(merged.get("synonyms")) : List.of();
        doors.put(draft.id, new DoorDefinition(draft.id, name.isEmpty() ? "door" : name, adjectives, synonyms,
                prose(merged, "description"), state, key, new DoorSide(a.from, a.name), new DoorSide(b.from, b.name),
                behaviours(merged), draft.position));
    }

    private static String canonical(YNode node) {
        if (Nodes.isNull(node)) {
            return "";
        }
        if (node instanceof YScalar scalar) {
            return scalar.getValue().strip();
        }
        if (node instanceof YSequence sequence) {
            return sequence.getValue().stream().map(WorldCompiler::canonical).collect(Collectors.joining(",", "[", "]"));
        }
        YMapping mapping = (YMapping) node;
        StringJoiner pairs = new StringJoiner(",", "{", "}");
        for (int i = 0; i < mapping.size(); i++) {
            pairs.add(canonical(mapping.key(i)) + ":" + canonical(mapping.value(i)));
        }
        return pairs.toString();
    }

    private void checkKeyExists(String keyId, Field field, String what) {
        Entry key = entries.get(keyId);
        if (key == null) {
            if (!rejectedIds.contains(keyId)) {
                Optional<String> nearest = nearestId(keyId, Kind.THING);
                // The key the builder meant is not "a key that opens nothing": say one thing, not two.
                nearest.ifPresent(suggestedKeys::add);
                problems.error(at(field), what + " is locked with key '" + keyId + "', which does not exist",
                        nearest.map(n -> "did you mean '" + n + "'?"));
            }
        } else if (key.kind != Kind.THING) {
            problems.error(at(field), what + " is locked with key '" + keyId + "', which is a " + key.kind.word
                    + ", not a thing");
        }
    }

    private void readRoom(Entry entry) {
        checkExitSynonyms(entry);
        Map<String, Field> fields = known(entry);
        String description = prose(fields, "description");
        if (description.isEmpty()) {
            problems.warning(entry.position, entry.what() + " has no description",
                    "add description: with what a player sees on arriving");
        }
        Field dark = fields.get("dark");
        List<ExitDefinition> exitDefinitions = new ArrayList<>(entry.exits.size());
        int[] exitTargets = new int[entry.exits.size()];
        for (ExitDraft exit : entry.exits) {
            Entry target = entries.get(exit.to);
            exit.target = target;
            if ((target == null || target.kind != Kind.ROOM) && !knownRoom(exit.to, at(exit.toNode, exit.toFile),
                    "exit '" + exit.name + "' of " + entry.what() + " leads to")) {
                continue;
            }
            exitTargets[exitDefinitions.size()] = target.room;
            exitDefinitions.add(new ExitDefinition(exit.from, exit.name, exit.direction, exit.to,
                    Optional.ofNullable(exit.door), exit.oneWay, exit.description, exit.synonyms, exit.position));
        }
        entry.exitTargets = exitTargets;
        Field like = entry.own.get("like");
        entry.definition = new RoomDefinition(entry.id, nameOf(entry, fields), entry.area, description,
                dark != null && bool(dark), exitDefinitions, behaviours(fields),
                Optional.ofNullable(like).map(this::text), entry.position);
    }

    /**
     * Warns about exit synonyms that can never work. In play a direction word always means its
     * own direction's exit, an exit's name means that exit, and a synonym two exits share means
     * the one written first ({@code Thing.exitCalled}); any other use of such a word is dead, and
     * most likely a mistake. Runs after doors are finished, so exits a door's sides made count.
     */
    private void checkExitSynonyms(Entry room) {
        Map<String, ExitDraft> firstWithSynonym = null; // made only for a room whose exits have synonyms: most have none
        for (ExitDraft exit : room.exits) {
            for (String written : exit.synonyms) {
                String synonym = written.toLowerCase(Locale.ROOT);
                Optional<Direction> direction = Direction.parse(synonym);
                if (synonym.isEmpty() || synonym.equals(exit.name) || direction.isPresent() && direction.equals(exit.direction)) {
                    continue; // another word for this very exit: harmless
                }
                String meant = direction.map(Direction::word).orElse(synonym);
                ExitDraft named = null;
                for (ExitDraft other : room.exits) {
                    if (other.name.equals(meant)) {
                        named = other;
                        break;
                    }
                }
                if (direction.isPresent()) {
                    problems.warning(synonymPosition(exit, written), synonymOf(written, exit, room)
                            + " is a direction, so it always means the way " + meant + ", never this exit",
                            named != null ? "drop it"
                                    : "drop it, or name this exit '" + meant + "' and give it the synonym '" + exit.name + "'");
                } else if (named != null) {
                    problems.warning(synonymPosition(exit, written), synonymOf(written, exit, room)
                            + " is the name of another exit (at " + named.position + "), so it always means that one",
                            "drop it");
                } else {
                    if (firstWithSynonym == null) {
                        firstWithSynonym = new HashMap<>();
                    }
                    ExitDraft first = firstWithSynonym.putIfAbsent(synonym, exit);
                    if (first != null && first != exit) {
                        problems.warning(synonymPosition(exit, written), synonymOf(written, exit, room)
                                + " is also a synonym of exit '" + first.name + "' (at " + synonymPosition(first, synonym)
                                + "), which comes first, so it always means that one", "drop it from one of them");
                    }
                }
            }
        }
    }

    private static String synonymOf(String written, ExitDraft exit, Entry room) {
        return "synonym '" + written + "' of exit '" + exit.name + "' of " + room.what();
    }

    /** Where one synonym of an exit is written (matched without regard to case); the exit's own position if not found. */
    private SourcePosition synonymPosition(ExitDraft exit, String synonym) {
        Field field = exit.synonymsField;
        if (field == null) {
            return exit.position;
        }
        if (field.value() instanceof YSequence sequence) {
            for (YNode item : sequence.getValue()) {
                if (item instanceof YScalar scalar && scalar.getValue().strip().equalsIgnoreCase(synonym)) {
                    return at(item, field.file());
                }
            }
        }
        return at(field);
    }

    // ---------------------------------------------------------------- things and actors

    private void readThing(Entry entry) {
        Map<String, Field> fields = known(entry);
        EnumSet<ThingFlag> flags = EnumSet.noneOf(ThingFlag.class);
        for (ThingFlag flag : ThingFlag.values()) {
            Field field = fields.get(flag.field());
            if (field != null && bool(field)) {
                flags.add(flag);
            }
        }
        String what = entry.what();
        if (flags.contains(ThingFlag.LOCKED)) {
            flags.add(ThingFlag.LOCKABLE);
        }
        if (flags.contains(ThingFlag.LOCKABLE)) {
            flags.add(ThingFlag.OPENABLE);
        }
        if (flags.contains(ThingFlag.OPEN) && flags.contains(ThingFlag.LOCKED)) {
            problems.error(at(fields.get("open")), what + " cannot be both open and locked");
        }
        if (flags.contains(ThingFlag.OPEN) && !flags.contains(ThingFlag.OPENABLE)) {
            problems.warning(at(fields.get("open")), "'open' has no effect: " + what + " is not openable",
                    "add openable: true");
            flags.remove(ThingFlag.OPEN);
        }
        if (flags.contains(ThingFlag.LIT) && !flags.contains(ThingFlag.LIGHT_SOURCE)) {
            problems.error(at(fields.get("lit")), what + " is lit but is not a light source",
                    "add light-source: true");
        }
        Optional<String> key = Optional.empty();
        Field keyField = fields.get("key");
        if (keyField != null) {
            key = reference(keyField);
            if (key.isPresent()) {
                keyUses.put(key.get(), keyField.value());
                checkKeyExists(key.get(), keyField, what);
                if (!flags.contains(ThingFlag.LOCKABLE)) {
                    problems.warning(at(keyField), what + " has a key but no lock", "add lockable: true");
                }
            }
        } else if (flags.contains(ThingFlag.LOCKED)) {
            problems.warning(entry.position, what + " is locked and has no key, so nobody can open it",
                    "add key: with the id of a thing that is-key");
        }
        Gender gender = Optional.ofNullable(fields.get("gender"))
                .flatMap(f -> choice(f, Gender.values(), Gender::word)).orElse(Gender.NEUTER);
        Optional<Placement> placement = placement(entry, fields);
        Field like = entry.own.get("like");
        things.put(entry.id, new ThingDefinition(entry.id, nameOf(entry, fields),
                words(fields, "adjectives"), words(fields, "synonyms"), prose(fields, "description"), flags, gender,
                placement, key, behaviours(fields), Optional.ofNullable(like).map(this::text), entry.position));
    }

    private List<String> words(Map<String, Field> fields, String name) {
        Field field = fields.get(name);
        return field == null ? List.of() : words(field);
    }

    private Optional<Placement> placement(Entry entry, Map<String, Field> fields) {
        List<Field> given = Stream.of("in", "on", "carried-by").map(fields::get).filter(f -> f != null).toList();
        if (given.isEmpty()) {
            problems.warning(entry.position, entry.what() + " starts nowhere",
                    "add in:, on: or carried-by: to say where it starts");
            return Optional.empty();
        }
        if (given.size() > 1) {
            problems.error(at(given.get(1).key(), given.get(1).file()), entry.what() + " is given both '"
                    + given.get(0).name() + "' and '" + given.get(1).name() + "'", "a thing starts in one place");
            return Optional.empty();
        }
        Field field = given.get(0);
        Optional<String> target = reference(field);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        String id = target.get();
        Entry where = entries.get(id);
        if (where == null || where.kind == Kind.PROTOTYPE || where.kind == Kind.DOOR) {
            if (!rejectedIds.contains(id)) {
                Kind[] candidates = switch (field.name()) {
                    case "in" -> new Kind[] {Kind.ROOM, Kind.THING};
                    case "on" -> new Kind[] {Kind.THING};
                    default -> new Kind[] {Kind.ACTOR};
                };
                problems.error(at(field), entry.what() + " is " + (field.name().equals("carried-by")
                        ? "carried by" : field.name()) + " '" + id + "', which "
                        + (where == null ? "does not exist" : "is a " + where.kind.word), where == null
                        ? didYouMeanId(id, candidates) : Optional.empty());
            }
            return Optional.empty();
        }
        Placement.Kind kind;
        switch (field.name()) {
            case "in" -> {
                if (where.kind == Kind.ACTOR) {
                    problems.error(at(field), entry.what() + " is in the actor '" + id + "'",
                            "write carried-by: " + id);
                    return Optional.empty();
                }
                kind = where.kind == Kind.ROOM ? Placement.Kind.IN_ROOM : Placement.Kind.IN_THING;
            }
            case "on" -> {
                if (where.kind != Kind.THING) {
                    problems.error(at(field), entry.what() + " is on '" + id + "', which is a " + where.kind.word
                            + ", not a thing", where.kind == Kind.ROOM ? Optional.of("write in: " + id)
                            : Optional.empty());
                    return Optional.empty();
                }
                kind = Placement.Kind.ON_THING;
            }
            default -> {
                if (where.kind != Kind.ACTOR) {
                    problems.error(at(field), entry.what() + " is carried by '" + id + "', which is a "
                            + where.kind.word + ", not an actor", "write in: " + id);
                    return Optional.empty();
                }
                kind = Placement.Kind.CARRIED_BY;
            }
        }
        return Optional.of(new Placement(kind, id, at(field)));
    }

    private void readActor(Entry entry) {
        Map<String, Field> fields = known(entry);
        Gender gender = Optional.ofNullable(fields.get("gender"))
                .flatMap(f -> choice(f, Gender.values(), Gender::word)).orElse(Gender.PLURAL);
        Field proper = fields.get("proper-name");
        Field in = fields.get("in");
        String room = null;
        if (in == null) {
            problems.error(entry.position, entry.what() + " is in no room", "add in: with the id of a room");
        } else {
            room = reference(in).filter(id -> knownRoom(id, at(in), entry.what() + " is in")).orElse(null);
        }
        if (room == null) {
            return;
        }
        Field like = entry.own.get("like");
        actors.put(entry.id, new ActorDefinition(entry.id, nameOf(entry, fields), words(fields, "adjectives"),
                words(fields, "synonyms"), prose(fields, "description"), gender, proper != null && bool(proper), room,
                behaviours(fields), Optional.ofNullable(like).map(this::text), entry.position));
    }

    // ---------------------------------------------------------------- whole-world checks

    private void checkWorld() {
        if (start != null && !start.isEmpty()) {
            SourcePosition position = startNode == null ? worldPosition : at(startNode, worldPosition.file());
            if (!entries.containsKey(start) || entries.get(start).kind != Kind.ROOM) {
                knownRoom(start, position, "the start room is");
                start = null;
            }
        } else if (startNode != null) {
            problems.error(at(startNode, worldPosition.file()), "the start room is empty", "give a room id");
        }
        if (idsOf(Kind.ROOM).isEmpty()) {
            problems.error(worldPosition, "the world has no rooms", "add rooms: to world.yaml or an area file");
        }
        if (start == null) {
            start = "";
        }
    }

    private void checkPlacements() {
        for (ThingDefinition thing : things.values()) {
            if (thing.placement().isEmpty()) {
                continue;
            }
            Placement placement = thing.placement().get();
            ThingDefinition holder = things.get(placement.target());
            if (holder == null) {
                continue;
            }
            if (placement.kind() == Placement.Kind.IN_THING && !holder.is(ThingFlag.CONTAINER)) {
                problems.error(placement.position(), "thing '" + thing.id() + "' is in '" + holder.id()
                        + "', which is not a container", holder.is(ThingFlag.SURFACE) ? "write on: " + holder.id()
                        : "add container: true to '" + holder.id() + "'");
            }
            if (placement.kind() == Placement.Kind.ON_THING && !holder.is(ThingFlag.SURFACE)) {
                problems.error(placement.position(), "thing '" + thing.id() + "' is on '" + holder.id()
                        + "', which is not a surface", holder.is(ThingFlag.CONTAINER) ? "write in: " + holder.id()
                        : "add surface: true to '" + holder.id() + "'");
            }
        }
        Set<String> done = new HashSet<>();
        for (ThingDefinition thing : things.values()) {
            List<String> path = new ArrayList<>();
            String current = thing.id();
            while (current != null && !done.contains(current)) {
                int seen = path.indexOf(current);
                if (seen >= 0) {
                    List<String> cycle = path.subList(seen, path.size());
                    StringBuilder text = new StringBuilder();
                    for (int k = 0; k < cycle.size(); k++) {
                        String id = cycle.get(k);
                        String relation = things.get(id).placement().orElseThrow().kind().field();
                        text.append("'").append(id).append(k == 0 ? "' is " : "', which is ").append(relation)
                                .append(' ');
                    }
                    text.append("'").append(current).append("'");
                    ThingDefinition first = cycle.stream().map(things::get)
                            .min((a, b) -> a.position().compareTo(b.position())).orElseThrow();
                    problems.error(first.placement().orElseThrow().position(), "placement cycle: " + text,
                            "a thing cannot end up inside itself");
                    break;
                }
                path.add(current);
                ThingDefinition here = things.get(current);
                current = here == null ? null : here.placement()
                        .filter(p -> p.kind() == Placement.Kind.IN_THING || p.kind() == Placement.Kind.ON_THING)
                        .map(Placement::target).orElse(null);
            }
            done.addAll(path);
        }
    }

    private void checkKeys() {
        for (Map.Entry<String, YNode> use : keyUses.entrySet()) {
            ThingDefinition key = things.get(use.getKey());
            if (key != null && !key.is(ThingFlag.KEY)) {
                problems.warning(key.position(), "thing '" + key.id() + "' opens a lock but is not marked is-key",
                        "add is-key: true so players can use it as a key");
            }
        }
        for (ThingDefinition thing : things.values()) {
            if (thing.is(ThingFlag.KEY) && !keyUses.containsKey(thing.id()) && !suggestedKeys.contains(thing.id())) {
                problems.warning(thing.position(), "key '" + thing.id() + "' opens nothing",
                        "name it as key: of a door or a lockable thing");
            }
        }
    }

    /** Warns about rooms nobody can reach from the start, and passages with no way back. */
    private void checkMap() {
        // Built from every exit as written, broken ones included, so that a misspelt exit is
        // reported once and not again as a missing way back from the room it meant. Rooms are
        // numbered (Entry.room), so the graph is arrays of room numbers, not sets of ids.
        int count = roomEntries.size();
        int[][] targets = new int[count][];
        for (int i = 0; i < count; i++) {
            List<ExitDraft> written = roomEntries.get(i).exits;
            int[] to = new int[written.size()];
            int n = 0;
            for (ExitDraft exit : written) {
                Entry target = exit.target;
                if (target != null && target.kind == Kind.ROOM) {
                    to[n++] = target.room;
                } else {
                    Optional<String> near = nearestId(exit.to, Kind.ROOM);
                    if (near.isPresent()) {
                        to[n++] = entries.get(near.get()).room;
                    }
                }
            }
            targets[i] = n == to.length ? to : Arrays.copyOf(to, n);
        }
        for (int i = 0; i < count; i++) {
            Entry entry = roomEntries.get(i);
            RoomDefinition room = entry.definition;
            List<ExitDefinition> roomExits = room.exits();
            for (int k = 0; k < roomExits.size(); k++) {
                ExitDefinition exit = roomExits.get(k);
                if (!exit.oneWay() && !contains(targets[entry.exitTargets[k]], i)) {
                    problems.warning(exit.position(), "exit '" + exit.name() + "' of room '" + room.id()
                            + "' leads to '" + exit.to() + "', which has no exit back", "add an exit from '"
                            + exit.to() + "' to '" + room.id() + "', or mark this exit one-way: true");
                }
            }
        }
        Entry startEntry = start == null || start.isEmpty() || !rooms.containsKey(start) ? null : entries.get(start);
        if (startEntry == null) {
            return;
        }
        boolean[] reached = new boolean[count];
        int[] queue = new int[count];
        int head = 0;
        int tail = 0;
        reached[startEntry.room] = true;
        queue[tail++] = startEntry.room;
        while (head < tail) {
            for (int next : targets[queue[head++]]) {
                if (!reached[next]) {
                    reached[next] = true;
                    queue[tail++] = next;
                }
            }
        }
        for (int i = 0; i < count; i++) {
            if (!reached[i]) {
                Entry room = roomEntries.get(i);
                problems.warning(room.position, "room '" + room.id + "' cannot be reached from the start room '"
                        + start + "'", "add an exit leading to it");
            }
        }
        checkLocksCanBeOpened(startEntry);
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /** Rooms a player has reached, by room number, asked about by id. */
    private final class Reached {
        final boolean[] rooms = new boolean[roomEntries.size()];

        boolean contains(String id) {
            Entry entry = entries.get(id);
            return entry != null && entry.kind == Kind.ROOM && rooms[entry.room];
        }
    }

    /**
     * Plays the world forward from the start room, the way a player would: walk through every
     * door that is not locked, pick up every key that can be reached, unlock what those keys
     * open, and repeat until nothing new opens. A lock whose key is never reached (a key left
     * behind its own door, or locked inside the chest it opens) can never be opened.
     */
    private void checkLocksCanBeOpened(Entry startEntry) {
        Set<String> keys = new HashSet<>();
        Reached reached = new Reached();
        int count = roomEntries.size();
        int[] queue = new int[count];
        boolean changed = true;
        while (changed) {
            Arrays.fill(reached.rooms, false);
            int head = 0;
            int tail = 0;
            reached.rooms[startEntry.room] = true;
            queue[tail++] = startEntry.room;
            while (head < tail) {
                Entry entry = roomEntries.get(queue[head++]);
                List<ExitDefinition> roomExits = entry.definition.exits();
                for (int k = 0; k < roomExits.size(); k++) {
                    ExitDefinition exit = roomExits.get(k);
                    boolean passable = true;
                    if (exit.door().isPresent()) {
                        DoorDefinition door = doors.get(exit.door().get());
                        passable = door == null || door.state() != DoorState.LOCKED
                                || door.key().map(keys::contains).orElse(false);
                    }
                    int to = entry.exitTargets[k];
                    if (passable && !reached.rooms[to]) {
                        reached.rooms[to] = true;
                        queue[tail++] = to;
                    }
                }
            }
            changed = false;
            for (ThingDefinition thing : things.values()) {
                if (!keys.contains(thing.id()) && keyUses.containsKey(thing.id())
                        && obtainable(thing, reached, keys, new HashSet<>())) {
                    keys.add(thing.id());
                    changed = true;
                }
            }
        }
        for (DoorDefinition door : doors.values()) {
            if (door.state() == DoorState.LOCKED && door.key().filter(things::containsKey).isPresent()
                    && !keys.contains(door.key().get()) && reached.contains(door.first().room())
                            != reached.contains(door.second().room())) {
                problems.warning(door.position(), "door '" + door.id() + "' can never be unlocked: no player can"
                        + " reach its key '" + door.key().get() + "' without going through it",
                        "put the key somewhere a player can reach first");
            }
        }
        for (ThingDefinition thing : things.values()) {
            if (thing.is(ThingFlag.LOCKED) && thing.key().filter(things::containsKey).isPresent()
                    && !keys.contains(thing.key().get()) && obtainable(thing, reached, keys, new HashSet<>())) {
                problems.warning(thing.position(), "thing '" + thing.id() + "' can never be unlocked: no player can"
                        + " reach its key '" + thing.key().get() + "'",
                        "put the key somewhere a player can reach first");
            }
        }
    }

    /** Whether a player standing in the reached rooms, holding {@code keys}, can get at a thing. */
    private boolean obtainable(ThingDefinition thing, Reached reached, Set<String> keys, Set<String> seen) {
        if (thing.placement().isEmpty() || !seen.add(thing.id())) {
            return false;
        }
        Placement placement = thing.placement().get();
        return switch (placement.kind()) {
            case IN_ROOM -> reached.contains(placement.target());
            case CARRIED_BY -> actors.containsKey(placement.target())
                    && reached.contains(actors.get(placement.target()).room());
            case ON_THING -> things.containsKey(placement.target())
                    && obtainable(things.get(placement.target()), reached, keys, seen);
            case IN_THING -> {
                ThingDefinition holder = things.get(placement.target());
                yield holder != null && obtainable(holder, reached, keys, seen)
                        && (!holder.is(ThingFlag.LOCKED) || holder.key().map(keys::contains).orElse(false));
            }
        };
    }

    private void checkPrototypesUsed() {
        for (Entry entry : ordered) {
            if (entry.kind == Kind.PROTOTYPE && !entry.used) {
                problems.warning(entry.position, "prototype '" + entry.id + "' is never used",
                        "write like: " + entry.id + " in a thing, or remove it");
            }
        }
    }
}
