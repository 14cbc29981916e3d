package brass.world.files.compile;

import brass.world.files.behaviour.Durations;
import brass.world.files.diagnostic.SourcePosition;
import brass.world.files.diagnostic.Suggestions;
import brass.world.files.source.Nodes;
import brass.world.files.source.YamlTree.YMapping;
import brass.world.files.source.YamlTree.YNode;
import brass.world.files.source.YamlTree.YScalar;
import brass.world.files.source.YamlTree.YSequence;
import brass.world.reaction.Condition;
import brass.world.reaction.Effect;
import brass.world.reaction.Reaction;
import brass.world.reaction.Ref;
import brass.world.reaction.Trigger;
import brass.world.script.ScriptLibrary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads every room's, thing's and actor's {@code reactions:}: each reaction's trigger
 * ({@code on:}), conditions ({@code if:}) and effects ({@code do:}), checking every word against
 * the ones the reactions know, every id against the world, every prototype and every script
 * function against the scripts, each mistake at its file:line:column with the nearest right word.
 * Runs after the scripts, in file order, on one thread.
 */
final class ReactionPass {

    static final List<String> FIELDS = List.of("on", "if", "do", "max-catch-up");
    static final List<String> CONDITIONS = List.of("player-carries", "self-carries", "where", "flag", "counter",
            "chance", "role", "players-here", "not");
    static final List<String> EFFECTS = List.of("say", "emote", "tell", "show", "show-others", "move", "move-player",
            "give", "take", "open", "close", "lock", "unlock", "light", "extinguish", "create", "destroy", "set", "add",
            "wait", "script");
    static final List<String> ROLES = List.of("player", "builder");
    /** The most firings one turn of a timer makes after a stall, unless {@code max-catch-up} says otherwise. */
    static final int DEFAULT_CATCH_UP = 3;
    private static final Duration SHORTEST_INTERVAL = Duration.ofMillis(100);

    private final Index index;
    private final EntryFields fields;
    private final Context context;
    private final ScriptLibrary scripts;
    private final Set<String> created = new TreeSet<>();
    private int errors;

    ReactionPass(Index index, EntryFields fields, Context context, ScriptLibrary scripts) {
        this.index = index;
        this.fields = fields;
        this.context = context;
        this.scripts = scripts;
    }

    /**
     * The reactions by the id they are written on, the areas' own by area name, and the prototypes
     * they make things from.
     */
    record Read(Map<String, List<Reaction>> reactions, Map<String, List<Reaction>> areaReactions, Set<String> created) {
    }

    Read run(List<ResetPass.Written> areaSections) {
        Map<String, List<Reaction>> all = new LinkedHashMap<>();
        for (Entry entry : index.entries()) {
            if (entry.kind() != Kind.ROOM && entry.kind() != Kind.THING && entry.kind() != Kind.ACTOR) {
                continue;
            }
            List<Reaction> reactions = list(new ReactionHost(entry.id(), entry.kind(), entry.what()),
                    fields.of(entry).get("reactions"));
            if (!reactions.isEmpty()) {
                all.put(entry.id(), reactions);
            }
        }
        // An area written in several files may list reactions in each: they add up, in file order.
        Map<String, List<Reaction>> areas = new LinkedHashMap<>();
        for (ResetPass.Written section : areaSections) {
            List<Reaction> reactions = list(new ReactionHost(section.area(), null, "area '" + section.area() + "'"),
                    section.field());
            if (!reactions.isEmpty()) {
                areas.computeIfAbsent(section.area(), a -> new ArrayList<>()).addAll(reactions);
            }
        }
        areas.replaceAll((area, list) -> List.copyOf(list));
        return new Read(all, areas, created);
    }

    private List<Reaction> list(ReactionHost host, Field field) {
        if (field == null || Nodes.isNull(field.value())) {
            return List.of();
        }
        if (!(field.value() instanceof YSequence list)) {
            error(field.position(), (host.isArea() ? "'reactions' of " + host.what() : field.what())
                    + " must be a list of reactions, found " + Nodes.describe(field.value()),
                    "write '- on: enters' and its 'do:' under it");
            return List.of();
        }
        List<Reaction> reactions = new ArrayList<>();
        int n = 0;
        for (YNode item : list.getValue()) {
            n++;
            reaction(host, field, item, "reaction " + n + " of " + host.what()).ifPresent(reactions::add);
        }
        return List.copyOf(reactions);
    }

    private Optional<Reaction> reaction(ReactionHost entry, Field field, YNode item, String what) {
        String file = field.file();
        Map<String, Field> parts = context.fieldMaps().read(item, field.owner(), file, what);
        context.fieldMaps().unknown(parts, FIELDS, what);
        Field on = parts.get("on");
        if (on == null) {
            error(Nodes.position(item, file), what + " has no trigger", "add 'on:' with one of "
                    + String.join(", ", Trigger.Kind.words()));
            return Optional.empty();
        }
        int before = errors();
        Optional<Trigger> trigger = trigger(entry, on, parts.get("max-catch-up"), what);
        List<Condition> conditions = new ArrayList<>();
        Field conditionsField = parts.get("if");
        if (conditionsField != null) {
            for (YNode c : items(conditionsField, "'if' of " + what)) {
                condition(c, file, "a condition of " + what).ifPresent(conditions::add);
            }
        }
        List<Effect> effects = new ArrayList<>();
        Field effectsField = parts.get("do");
        if (effectsField == null) {
            error(Nodes.position(item, file), what + " does nothing", "add 'do:' with a list of effects, such as "
                    + "'- say: Hello.'");
        } else {
            for (YNode e : items(effectsField, "'do' of " + what)) {
                effect(e, file, "an effect of " + what).ifPresent(effects::add);
            }
        }
        if (trigger.isEmpty() || errors() != before) {
            return Optional.empty();
        }
        return Optional.of(new Reaction(entry.id(), trigger.get(), conditions, effects, Nodes.position(item, file)));
    }

    private Optional<Trigger> trigger(ReactionHost entry, Field on, Field catchUp, String what) {
        YNode node = on.value();
        String word;
        YNode argument = null;
        YNode wordNode = node;
        if (node instanceof YScalar scalar && !Nodes.isNull(node)) {
            word = scalar.getValue().strip();
        } else if (node instanceof YMapping map && map.size() == 1 && map.key(0) instanceof YScalar key) {
            word = key.getValue();
            wordNode = key;
            argument = map.value(0);
        } else {
            error(on.position(), "'on' of " + what + " must be a trigger, found " + Nodes.describe(node),
                    "write 'on: enters' or 'on: {says: hello}'");
            return Optional.empty();
        }
        SourcePosition at = Nodes.position(wordNode, on.file());
        Optional<Trigger.Kind> found = Trigger.Kind.of(word);
        if (found.isEmpty()) {
            error(at, "unknown trigger '" + word + "' in " + what, hint(word, Trigger.Kind.words(), "triggers"));
            return Optional.empty();
        }
        Trigger.Kind kind = found.get();
        String where = "trigger '" + word + "' of " + what;
        boolean actor = entry.kind() == Kind.ACTOR;
        if (entry.isArea() && !ReactionHost.AREA_TRIGGERS.contains(kind)) {
            error(at, where + " cannot be written on an area", ReactionHost.areaHint(kind));
            return Optional.empty();
        }
        if ((kind == Trigger.Kind.GIVEN || kind == Trigger.Kind.ASKED || kind == Trigger.Kind.WHISPERS) && !actor
                || kind.isDeed() && entry.kind() == Kind.ROOM) {
            error(at, where + " cannot happen to " + entry.what(), kind.isDeed()
                    ? "write it on the thing that is " + word : "write it on an actor");
            return Optional.empty();
        }
        if (catchUp != null && kind != Trigger.Kind.EVERY) {
            error(catchUp.keyPosition(), "'max-catch-up' of " + what + " is only for 'on: {every: ...}'");
        }
        Trigger plain = Trigger.of(kind);
        switch (kind) {
            case SAYS, WHISPERS, ASKED -> {
                if (argument == null || Nodes.isNull(argument)) {
                    return kind == Trigger.Kind.ASKED ? missing(at, where, "the topics, such as {asked: [heart, clock]}")
                            : Optional.of(plain);
                }
                List<String> words = words(argument, on.file(), where);
                if (words.size() == 1 && words.get(0).length() > 1 && words.get(0).startsWith("/")
                        && words.get(0).endsWith("/") && kind != Trigger.Kind.ASKED) {
                    String regex = words.get(0).substring(1, words.get(0).length() - 1);
                    try {
                        Pattern.compile(regex);
                    } catch (PatternSyntaxException e) {
                        error(Nodes.position(argument, on.file()), where + " has a pattern that does not read: "
                                + e.getDescription());
                        return Optional.empty();
                    }
                    return Optional.of(new Trigger(kind, List.of(), Optional.of(regex), List.of(), Duration.ZERO, 0));
                }
                return words.isEmpty() ? Optional.empty() : Optional.of(new Trigger(kind,
                        words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList(), Optional.empty(), List.of(),
                        Duration.ZERO, 0));
            }
            case GIVEN -> {
                if (argument == null || Nodes.isNull(argument)) {
                    return Optional.of(plain);
                }
                List<String> things = words(argument, on.file(), where);
                for (String id : things) {
                    id(id, Nodes.position(argument, on.file()), where, Kind.THING);
                }
                return Optional.of(new Trigger(kind, List.of(), Optional.empty(), things, Duration.ZERO, 0));
            }
            case EVERY -> {
                if (argument == null || !(argument instanceof YScalar s) || Nodes.isNull(argument)) {
                    return missing(at, where, "an interval, such as {every: 30s}");
                }
                Duration every;
                try {
                    every = Durations.parse(s.getValue().strip());
                } catch (IllegalArgumentException e) {
                    error(Nodes.position(argument, on.file()), where + " must be a duration such as 30s or 1m30s, found "
                            + Nodes.describe(argument));
                    return Optional.empty();
                }
                if (every.compareTo(SHORTEST_INTERVAL) < 0) {
                    error(Nodes.position(argument, on.file()), where + " is too often: at least every "
                            + Durations.format(SHORTEST_INTERVAL));
                    return Optional.empty();
                }
                int cap = DEFAULT_CATCH_UP;
                if (catchUp != null) {
                    cap = (int) number(catchUp.value(), catchUp.file(), "'max-catch-up' of " + what, 1, 100).orElse(1L).intValue();
                }
                return Optional.of(new Trigger(kind, List.of(), Optional.empty(), List.of(), every, cap));
            }
            default -> {
                if (argument != null) {
                    error(Nodes.position(argument, on.file()), where + " takes nothing after it", "write 'on: " + word + "'");
                    return Optional.empty();
                }
                return Optional.of(plain);
            }
        }
    }

    private Optional<Trigger> missing(SourcePosition at, String where, String example) {
        error(at, where + " needs " + example);
        return Optional.empty();
    }

    private Optional<Condition> condition(YNode node, String file, String what) {
        Optional<Named> named = named(node, file, what, CONDITIONS, "conditions");
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Named n = named.get();
        String where = "'" + n.word + "' in " + what;
        return switch (n.word) {
            case "player-carries", "self-carries" -> reference(n, file, where, Kind.THING).map(id ->
                    new Condition.Carries(n.word.startsWith("player") ? Ref.PLAYER : Ref.SELF, id));
            case "where" -> {
                Map<String, Field> f = map(n, file, where, List.of("thing", "in"), List.of("thing", "in"));
                Optional<String> thing = reference(f.get("thing"), where, Kind.THING, Kind.ACTOR);
                Optional<String> in = reference(f.get("in"), where, Kind.ROOM, Kind.THING, Kind.ACTOR);
                yield thing.isPresent() && in.isPresent() ? Optional.of(new Condition.Where(thing.get(), in.get()))
                        : Optional.empty();
            }
            case "flag", "counter" -> counterCondition(n, file, where);
            case "chance" -> number(n.value, file, where, 0, 100).map(p -> new Condition.Chance(p.intValue()));
            case "role" -> word(n, file, where).flatMap(r -> {
                if (ROLES.contains(r)) {
                    return Optional.of(new Condition.Role(r));
                }
                error(Nodes.position(n.value, file), "unknown role '" + r + "' in " + what, hint(r, ROLES, "roles"));
                return Optional.empty();
            });
            case "players-here" -> {
                if (n.value instanceof YScalar) {
                    yield number(n.value, file, where, 0, Integer.MAX_VALUE)
                            .map(least -> new Condition.Players(least.intValue(), Integer.MAX_VALUE));
                }
                Map<String, Field> f = map(n, file, where, List.of("at-least", "at-most"), List.of());
                long least = f.containsKey("at-least") ? number(f.get("at-least").value(), file, where, 0,
                        Integer.MAX_VALUE).orElse(0L) : 0;
                long most = f.containsKey("at-most") ? number(f.get("at-most").value(), file, where, 0,
                        Integer.MAX_VALUE).orElse((long) Integer.MAX_VALUE) : Integer.MAX_VALUE;
                yield Optional.of(new Condition.Players((int) least, (int) most));
            }
            case "not" -> condition(n.value, file, "'not' in " + what).map(Condition.Not::new);
            default -> Optional.empty();
        };
    }

    private Optional<Condition> counterCondition(Named n, String file, String where) {
        boolean flag = n.word.equals("flag");
        if (n.value instanceof YScalar) {
            return word(n, file, where).filter(name -> counterName(name, n.value, file, where))
                    .map(name -> new Condition.Counter(Ref.SELF, name, 1, flag ? 1 : Long.MAX_VALUE));
        }
        List<String> keys = flag ? List.of("name", "on", "is") : List.of("name", "on", "at-least", "at-most");
        Map<String, Field> f = map(n, file, where, keys, List.of("name"));
        Optional<String> name = text(f.get("name"), where).filter(s -> counterName(s, f.get("name").value(), file, where));
        String on = f.containsKey("on") ? reference(f.get("on"), where, Kind.ROOM, Kind.THING, Kind.ACTOR).orElse(null)
                : Ref.SELF;
        if (name.isEmpty() || on == null) {
            return Optional.empty();
        }
        if (flag) {
            boolean is = !f.containsKey("is") || !"false".equals(text(f.get("is"), where).orElse("true"));
            return Optional.of(new Condition.Counter(on, name.get(), is ? 1 : 0, is ? 1 : 0));
        }
        long least = f.containsKey("at-least") ? number(f.get("at-least").value(), file, where, Long.MIN_VALUE,
                Long.MAX_VALUE).orElse(0L) : Long.MIN_VALUE;
        long most = f.containsKey("at-most") ? number(f.get("at-most").value(), file, where, Long.MIN_VALUE,
                Long.MAX_VALUE).orElse(0L) : Long.MAX_VALUE;
        return Optional.of(new Condition.Counter(on, name.get(), least, most));
    }

    private Optional<Effect> effect(YNode node, String file, String what) {
        Optional<Named> named = named(node, file, what, EFFECTS, "effects");
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Named n = named.get();
        String where = "'" + n.word + "' in " + what;
        return switch (n.word) {
            case "say" -> text(n, file, where).map(Effect.Say::new);
            case "emote" -> text(n, file, where).map(Effect.Emote::new);
            case "tell" -> text(n, file, where).map(Effect.Tell::new);
            case "show" -> text(n, file, where).map(t -> new Effect.Show(t, false));
            case "show-others" -> text(n, file, where).map(t -> new Effect.Show(t, true));
            case "move" -> {
                Map<String, Field> f = map(n, file, where, List.of("thing", "to"), List.of("thing", "to"));
                Optional<String> thing = reference(f.get("thing"), where, Kind.THING, Kind.ACTOR);
                Optional<String> to = reference(f.get("to"), where, Kind.ROOM, Kind.THING, Kind.ACTOR);
                yield thing.isPresent() && to.isPresent() ? Optional.of(new Effect.Move(thing.get(), to.get()))
                        : Optional.empty();
            }
            case "move-player" -> reference(n, file, where, Kind.ROOM).map(Effect.MovePlayer::new);
            case "give" -> {
                if (n.value instanceof YScalar) {
                    yield reference(n, file, where, Kind.THING).map(t -> new Effect.Give(t, Ref.PLAYER));
                }
                Map<String, Field> f = map(n, file, where, List.of("thing", "to"), List.of("thing"));
                Optional<String> thing = reference(f.get("thing"), where, Kind.THING);
                Optional<String> to = f.containsKey("to") ? reference(f.get("to"), where, Kind.ACTOR)
                        : Optional.of(Ref.PLAYER);
                yield thing.isPresent() && to.isPresent() ? Optional.of(new Effect.Give(thing.get(), to.get()))
                        : Optional.empty();
            }
            case "take" -> reference(n, file, where, Kind.THING).map(Effect.Take::new);
            case "open", "close", "lock", "unlock", "light", "extinguish" -> reference(n, file, where, Kind.THING,
                    Kind.DOOR).map(t -> new Effect.Change(Effect.Verb.valueOf(n.word.toUpperCase(Locale.ROOT)), t));
            case "create" -> {
                Map<String, Field> f = n.value instanceof YScalar ? Map.of() : map(n, file, where,
                        List.of("prototype", "in"), List.of("prototype"));
                Optional<String> prototype = n.value instanceof YScalar ? word(n, file, where)
                        : text(f.get("prototype"), where);
                SourcePosition at = Nodes.position(n.value instanceof YScalar ? n.value
                        : f.get("prototype").value(), file);
                if (prototype.isEmpty() || !prototype(prototype.get(), at, where)) {
                    yield Optional.empty();
                }
                created.add(prototype.get());
                Optional<String> in = f.containsKey("in") ? reference(f.get("in"), where, Kind.ROOM, Kind.THING,
                        Kind.ACTOR) : Optional.of(Ref.HERE);
                yield in.map(place -> new Effect.Create(prototype.get(), place));
            }
            case "destroy" -> reference(n, file, where, Kind.THING).map(Effect.Destroy::new);
            case "set", "add" -> setOrAdd(n, file, where);
            case "wait" -> word(n, file, where).flatMap(d -> {
                try {
                    return Optional.of(new Effect.Wait(Durations.parse(d)));
                } catch (IllegalArgumentException e) {
                    error(Nodes.position(n.value, file), where + " must be a duration such as 2s, found "
                            + Nodes.describe(n.value));
                    return Optional.empty();
                }
            });
            case "script" -> word(n, file, where).filter(f -> function(f, Nodes.position(n.value, file), where))
                    .map(Effect.Script::new);
            default -> Optional.empty();
        };
    }

    private Optional<Effect> setOrAdd(Named n, String file, String where) {
        boolean set = n.word.equals("set");
        if (n.value instanceof YScalar) {
            return word(n, file, where).filter(name -> counterName(name, n.value, file, where))
                    .map(name -> set ? new Effect.Set(Ref.SELF, name, 1) : new Effect.Add(Ref.SELF, name, 1));
        }
        String amount = set ? "value" : "by";
        Map<String, Field> f = map(n, file, where, List.of("name", "on", amount), List.of("name"));
        Optional<String> name = text(f.get("name"), where).filter(s -> counterName(s, f.get("name").value(), file, where));
        String on = f.containsKey("on") ? reference(f.get("on"), where, Kind.ROOM, Kind.THING, Kind.ACTOR).orElse(null)
                : Ref.SELF;
        long value = 1;
        if (f.containsKey(amount)) {
            Field v = f.get(amount);
            String written = text(v, where).orElse("");
            value = set && written.equals("true") ? 1 : set && written.equals("false") ? 0
                    : number(v.value(), file, where, Long.MIN_VALUE, Long.MAX_VALUE).orElse(Long.MIN_VALUE);
            if (value == Long.MIN_VALUE) {
                return Optional.empty();
            }
        }
        if (name.isEmpty() || on == null) {
            return Optional.empty();
        }
        return Optional.of(set ? new Effect.Set(on, name.get(), value) : new Effect.Add(on, name.get(), value));
    }

    // ---- small readers ---------------------------------------------------------------------

    /** A condition or effect: a map of one known word to its value. */
    private record Named(String word, YNode value, YNode key) {
    }

    private Optional<Named> named(YNode node, String file, String what, List<String> known, String kinds) {
        if (!(node instanceof YMapping map) || map.size() != 1 || !(map.key(0) instanceof YScalar key)) {
            error(Nodes.position(node, file), what + " must be one word and its value, found " + Nodes.describe(node),
                    "write '- " + known.get(0) + ": ...'");
            return Optional.empty();
        }
        String word = key.getValue();
        if (!known.contains(word)) {
            error(Nodes.position(key, file), "unknown " + kinds.substring(0, kinds.length() - 1) + " '" + word + "' in "
                    + what, hint(word, known, kinds));
            return Optional.empty();
        }
        return Optional.of(new Named(word, map.value(0), key));
    }

    private List<YNode> items(Field field, String what) {
        if (field.value() instanceof YSequence list) {
            return list.getValue();
        }
        if (Nodes.isNull(field.value())) {
            return List.of();
        }
        error(field.position(), what + " must be a list, found " + Nodes.describe(field.value()), "start each with '- '");
        return List.of();
    }

    private Map<String, Field> map(Named n, String file, String where, List<String> known, List<String> required) {
        Map<String, Field> f = context.fieldMaps().read(n.value, null, file, where);
        context.fieldMaps().unknown(f, known, where);
        for (String r : required) {
            if (!f.containsKey(r) && n.value instanceof YMapping) {
                error(Nodes.position(n.value, file), where + " needs '" + r + "'");
            }
        }
        return f;
    }

    private Optional<String> text(Named n, String file, String where) {
        if (n.value instanceof YScalar s && !Nodes.isNull(n.value) && !s.getValue().isBlank()) {
            return Optional.of(s.getValue().strip());
        }
        error(Nodes.position(n.value == null ? n.key : n.value, file), where + " needs text, found "
                + Nodes.describe(n.value));
        return Optional.empty();
    }

    private Optional<String> word(Named n, String file, String where) {
        return text(n, file, where);
    }

    private Optional<String> text(Field f, String where) {
        if (f == null) {
            return Optional.empty();
        }
        if (f.value() instanceof YScalar s && !Nodes.isNull(f.value()) && !s.getValue().isBlank()) {
            return Optional.of(s.getValue().strip());
        }
        error(f.position(), "'" + f.name() + "' of " + where + " needs a value, found " + Nodes.describe(f.value()));
        return Optional.empty();
    }

    private List<String> words(YNode node, String file, String where) {
        List<String> out = new ArrayList<>();
        if (node instanceof YScalar s) {
            out.add(s.getValue().strip());
        } else if (node instanceof YSequence list) {
            for (YNode item : list.getValue()) {
                if (item instanceof YScalar s && !Nodes.isNull(item)) {
                    out.add(s.getValue().strip());
                } else {
                    error(Nodes.position(item, file), where + " must list words, found " + Nodes.describe(item));
                }
            }
        } else {
            error(Nodes.position(node, file), where + " must be a word or a list of words, found " + Nodes.describe(node));
        }
        return out;
    }

    private Optional<Long> number(YNode node, String file, String where, long least, long most) {
        String written = node instanceof YScalar s ? s.getValue().strip() : "";
        if (written.endsWith("%")) {
            written = written.substring(0, written.length() - 1);
        }
        try {
            long value = Long.parseLong(written);
            if (value >= least && value <= most) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error(Nodes.position(node, file), where + " must be a whole number" + (most == Long.MAX_VALUE ? ""
                : " from " + least + " to " + most) + ", found " + Nodes.describe(node));
        return Optional.empty();
    }

    private boolean counterName(String name, YNode node, String file, String where) {
        if (brass.world.model.Counters.NAME.matcher(name).matches()) {
            return true;
        }
        error(Nodes.position(node, file), where + ": '" + name + "' is not a flag or counter name",
                "use lower-case letters, digits and dashes, starting with a letter");
        return false;
    }

    private Optional<String> reference(Named n, String file, String where, Kind... kinds) {
        return word(n, file, where).filter(id -> id(id, Nodes.position(n.value, file), where, kinds));
    }

    private Optional<String> reference(Field f, String where, Kind... kinds) {
        return text(f, where).filter(id -> id(id, f.position(), where, kinds));
    }

    /** Whether {@code id} is one of the reference words or an id of one of {@code kinds}; reports it if not. */
    private boolean id(String id, SourcePosition at, String where, Kind... kinds) {
        if (Ref.WORDS.contains(id) || index.isRejected(id)) {
            return Ref.WORDS.contains(id);
        }
        Entry entry = index.get(id);
        if (entry != null && List.of(kinds).contains(entry.kind())) {
            return true;
        }
        if (entry != null) {
            error(at, where + " names '" + id + "', which is a " + entry.kind().word);
        } else {
            Optional<String> near = context.suggestions().nearest(id, kinds)
                    .or(() -> Suggestions.nearest(id, Ref.WORDS));
            error(at, where + " names '" + id + "', which does not exist", near.map(s -> "did you mean '" + s + "'?"));
        }
        return false;
    }

    private boolean prototype(String id, SourcePosition at, String where) {
        Entry entry = index.get(id);
        if (entry != null && entry.kind() == Kind.PROTOTYPE) {
            return true;
        }
        error(at, where + " names '" + id + "', which is " + (entry == null ? "not a prototype" : "a "
                + entry.kind().word + ", not a prototype"), context.suggestions().didYouMean(id, Kind.PROTOTYPE));
        return false;
    }

    private boolean function(String name, SourcePosition at, String where) {
        if (scripts.has(name)) {
            return true;
        }
        error(at, where + " names the script function '" + name + "', which does not exist", scripts.hintFor(name));
        return false;
    }

    private static Optional<String> hint(String wrong, List<String> known, String kinds) {
        return Suggestions.didYouMean(wrong, known).or(() -> Optional.of("known " + kinds + ": " + String.join(", ", known)));
    }

    private void error(SourcePosition at, String message) {
        error(at, message, Optional.empty());
    }

    private void error(SourcePosition at, String message, String hint) {
        error(at, message, Optional.of(hint));
    }

    private void error(SourcePosition at, String message, Optional<String> hint) {
        errors++;
        context.problems().error(at, message, hint);
    }

    /** How many problems this pass has reported: a reaction with any is left out. */
    private int errors() {
        return errors;
    }
}
