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
    static final List<String> EFFECTS = List.of("say", "emote", "tell", "show", "show-others", "move", "move-player",
            "give", "take", "open", "close", "lock", "unlock", "light", "extinguish", "create", "destroy", "set", "add",
            "wait", "script");
    /** The most firings one turn of a timer makes after a stall, unless {@code max-catch-up} says otherwise. */
    static final int DEFAULT_CATCH_UP = 3;
    private static final Duration SHORTEST_INTERVAL = Duration.ofMillis(100);

    private final Index index;
    private final EntryFields fields;
    private final Context context;
    private final ScriptLibrary scripts;
    private final Set<String> created = new TreeSet<>();
    private final Parts parts;
    private final ConditionReader conditions;

    ReactionPass(Index index, EntryFields fields, Context context, ScriptLibrary scripts) {
        this.index = index;
        this.fields = fields;
        this.context = context;
        this.scripts = scripts;
        this.parts = new Parts(index, context);
        this.conditions = new ConditionReader(parts);
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
            parts.error(field.position(), (host.isArea() ? "'reactions' of " + host.what() : field.what())
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
        Map<String, Field> own = context.fieldMaps().read(item, field.owner(), file, what);
        context.fieldMaps().unknown(own, FIELDS, what);
        Field on = own.get("on");
        if (on == null) {
            parts.error(Nodes.position(item, file), what + " has no trigger", "add 'on:' with one of "
                    + String.join(", ", Trigger.Kind.words()));
            return Optional.empty();
        }
        int before = parts.errors();
        Optional<Trigger> trigger = trigger(entry, on, own.get("max-catch-up"), what);
        Field conditionsField = own.get("if");
        List<Condition> ifs = conditionsField == null ? List.of()
                : conditions.list(conditionsField, "'if' of " + what, "a condition of " + what);
        List<Effect> effects = new ArrayList<>();
        Field effectsField = own.get("do");
        if (effectsField == null) {
            parts.error(Nodes.position(item, file), what + " does nothing", "add 'do:' with a list of effects, such as "
                    + "'- say: Hello.'");
        } else {
            for (YNode e : parts.items(effectsField, "'do' of " + what)) {
                effect(e, file, "an effect of " + what).ifPresent(effects::add);
            }
        }
        if (trigger.isEmpty() || parts.errors() != before) {
            return Optional.empty();
        }
        return Optional.of(new Reaction(entry.id(), trigger.get(), ifs, effects, Nodes.position(item, file)));
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
            parts.error(on.position(), "'on' of " + what + " must be a trigger, found " + Nodes.describe(node),
                    "write 'on: enters' or 'on: {says: hello}'");
            return Optional.empty();
        }
        SourcePosition at = Nodes.position(wordNode, on.file());
        Optional<Trigger.Kind> found = Trigger.Kind.of(word);
        if (found.isEmpty()) {
            parts.error(at, "unknown trigger '" + word + "' in " + what, parts.hint(word, Trigger.Kind.words(), "triggers"));
            return Optional.empty();
        }
        Trigger.Kind kind = found.get();
        String where = "trigger '" + word + "' of " + what;
        boolean actor = entry.kind() == Kind.ACTOR;
        if (entry.isArea() && !ReactionHost.AREA_TRIGGERS.contains(kind)) {
            parts.error(at, where + " cannot be written on an area", ReactionHost.areaHint(kind));
            return Optional.empty();
        }
        if ((kind == Trigger.Kind.GIVEN || kind == Trigger.Kind.ASKED || kind == Trigger.Kind.WHISPERS) && !actor
                || kind.isDeed() && entry.kind() == Kind.ROOM) {
            parts.error(at, where + " cannot happen to " + entry.what(), kind.isDeed()
                    ? "write it on the thing that is " + word : "write it on an actor");
            return Optional.empty();
        }
        if (catchUp != null && kind != Trigger.Kind.EVERY) {
            parts.error(catchUp.keyPosition(), "'max-catch-up' of " + what + " is only for 'on: {every: ...}'");
        }
        Trigger plain = Trigger.of(kind);
        switch (kind) {
            case SAYS, WHISPERS, ASKED -> {
                if (argument == null || Nodes.isNull(argument)) {
                    return kind == Trigger.Kind.ASKED ? missing(at, where, "the topics, such as {asked: [heart, clock]}")
                            : Optional.of(plain);
                }
                List<String> words = parts.words(argument, on.file(), where);
                if (words.size() == 1 && words.get(0).length() > 1 && words.get(0).startsWith("/")
                        && words.get(0).endsWith("/") && kind != Trigger.Kind.ASKED) {
                    String regex = words.get(0).substring(1, words.get(0).length() - 1);
                    try {
                        Pattern.compile(regex);
                    } catch (PatternSyntaxException e) {
                        parts.error(Nodes.position(argument, on.file()), where + " has a pattern that does not read: "
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
                List<String> things = parts.words(argument, on.file(), where);
                for (String id : things) {
                    parts.id(id, Nodes.position(argument, on.file()), where, Kind.THING);
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
                    parts.error(Nodes.position(argument, on.file()), where + " must be a duration such as 30s or 1m30s, found "
                            + Nodes.describe(argument));
                    return Optional.empty();
                }
                if (every.compareTo(SHORTEST_INTERVAL) < 0) {
                    parts.error(Nodes.position(argument, on.file()), where + " is too often: at least every "
                            + Durations.format(SHORTEST_INTERVAL));
                    return Optional.empty();
                }
                int cap = DEFAULT_CATCH_UP;
                if (catchUp != null) {
                    cap = (int) parts.number(catchUp.value(), catchUp.file(), "'max-catch-up' of " + what, 1, 100).orElse(1L).intValue();
                }
                return Optional.of(new Trigger(kind, List.of(), Optional.empty(), List.of(), every, cap));
            }
            default -> {
                if (argument != null) {
                    parts.error(Nodes.position(argument, on.file()), where + " takes nothing after it", "write 'on: " + word + "'");
                    return Optional.empty();
                }
                return Optional.of(plain);
            }
        }
    }

    private Optional<Trigger> missing(SourcePosition at, String where, String example) {
        parts.error(at, where + " needs " + example);
        return Optional.empty();
    }

    private Optional<Effect> effect(YNode node, String file, String what) {
        Optional<Parts.Named> named = parts.named(node, file, what, EFFECTS, "effects");
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Parts.Named n = named.get();
        String where = "'" + n.word() + "' in " + what;
        return switch (n.word()) {
            case "say" -> parts.text(n, file, where).map(Effect.Say::new);
            case "emote" -> parts.text(n, file, where).map(Effect.Emote::new);
            case "tell" -> parts.text(n, file, where).map(Effect.Tell::new);
            case "show" -> parts.text(n, file, where).map(t -> new Effect.Show(t, false));
            case "show-others" -> parts.text(n, file, where).map(t -> new Effect.Show(t, true));
            case "move" -> {
                Map<String, Field> f = parts.map(n, file, where, List.of("thing", "to"), List.of("thing", "to"));
                Optional<String> thing = parts.reference(f.get("thing"), where, Kind.THING, Kind.ACTOR);
                Optional<String> to = parts.reference(f.get("to"), where, Kind.ROOM, Kind.THING, Kind.ACTOR);
                yield thing.isPresent() && to.isPresent() ? Optional.of(new Effect.Move(thing.get(), to.get()))
                        : Optional.empty();
            }
            case "move-player" -> parts.reference(n, file, where, Kind.ROOM).map(Effect.MovePlayer::new);
            case "give" -> {
                if (n.value() instanceof YScalar) {
                    yield parts.reference(n, file, where, Kind.THING).map(t -> new Effect.Give(t, Ref.PLAYER));
                }
                Map<String, Field> f = parts.map(n, file, where, List.of("thing", "to"), List.of("thing"));
                Optional<String> thing = parts.reference(f.get("thing"), where, Kind.THING);
                Optional<String> to = f.containsKey("to") ? parts.reference(f.get("to"), where, Kind.ACTOR)
                        : Optional.of(Ref.PLAYER);
                yield thing.isPresent() && to.isPresent() ? Optional.of(new Effect.Give(thing.get(), to.get()))
                        : Optional.empty();
            }
            case "take" -> parts.reference(n, file, where, Kind.THING).map(Effect.Take::new);
            case "open", "close", "lock", "unlock", "light", "extinguish" -> parts.reference(n, file, where, Kind.THING,
                    Kind.DOOR).map(t -> new Effect.Change(Effect.Verb.valueOf(n.word().toUpperCase(Locale.ROOT)), t));
            case "create" -> {
                Map<String, Field> f = n.value() instanceof YScalar ? Map.of() : parts.map(n, file, where,
                        List.of("prototype", "in"), List.of("prototype"));
                Optional<String> prototype = n.value() instanceof YScalar ? parts.word(n, file, where)
                        : parts.text(f.get("prototype"), where);
                SourcePosition at = Nodes.position(n.value() instanceof YScalar ? n.value()
                        : f.get("prototype").value(), file);
                if (prototype.isEmpty() || !prototype(prototype.get(), at, where)) {
                    yield Optional.empty();
                }
                created.add(prototype.get());
                Optional<String> in = f.containsKey("in") ? parts.reference(f.get("in"), where, Kind.ROOM, Kind.THING,
                        Kind.ACTOR) : Optional.of(Ref.HERE);
                yield in.map(place -> new Effect.Create(prototype.get(), place));
            }
            case "destroy" -> parts.reference(n, file, where, Kind.THING).map(Effect.Destroy::new);
            case "set", "add" -> setOrAdd(n, file, where);
            case "wait" -> parts.word(n, file, where).flatMap(d -> {
                try {
                    return Optional.of(new Effect.Wait(Durations.parse(d)));
                } catch (IllegalArgumentException e) {
                    parts.error(Nodes.position(n.value(), file), where + " must be a duration such as 2s, found "
                            + Nodes.describe(n.value()));
                    return Optional.empty();
                }
            });
            case "script" -> parts.word(n, file, where).filter(f -> function(f, Nodes.position(n.value(), file), where))
                    .map(Effect.Script::new);
            default -> Optional.empty();
        };
    }

    private Optional<Effect> setOrAdd(Parts.Named n, String file, String where) {
        boolean set = n.word().equals("set");
        if (n.value() instanceof YScalar) {
            return parts.word(n, file, where).filter(name -> parts.counterName(name, n.value(), file, where))
                    .map(name -> set ? new Effect.Set(Ref.SELF, name, 1) : new Effect.Add(Ref.SELF, name, 1));
        }
        String amount = set ? "value" : "by";
        Map<String, Field> f = parts.map(n, file, where, List.of("name", "on", amount), List.of("name"));
        Optional<String> name = parts.text(f.get("name"), where).filter(s -> parts.counterName(s, f.get("name").value(), file, where));
        String on = f.containsKey("on") ? parts.reference(f.get("on"), where, Kind.ROOM, Kind.THING, Kind.ACTOR).orElse(null)
                : Ref.SELF;
        long value = 1;
        if (f.containsKey(amount)) {
            Field v = f.get(amount);
            String written = parts.text(v, where).orElse("");
            value = set && written.equals("true") ? 1 : set && written.equals("false") ? 0
                    : parts.number(v.value(), file, where, Long.MIN_VALUE, Long.MAX_VALUE).orElse(Long.MIN_VALUE);
            if (value == Long.MIN_VALUE) {
                return Optional.empty();
            }
        }
        if (name.isEmpty() || on == null) {
            return Optional.empty();
        }
        return Optional.of(set ? new Effect.Set(on, name.get(), value) : new Effect.Add(on, name.get(), value));
    }

    private boolean prototype(String id, SourcePosition at, String where) {
        Entry entry = index.get(id);
        if (entry != null && entry.kind() == Kind.PROTOTYPE) {
            return true;
        }
        parts.error(at, where + " names '" + id + "', which is " + (entry == null ? "not a prototype" : "a "
                + entry.kind().word + ", not a prototype"), context.suggestions().didYouMean(id, Kind.PROTOTYPE));
        return false;
    }

    private boolean function(String name, SourcePosition at, String where) {
        if (scripts.has(name)) {
            return true;
        }
        parts.error(at, where + " names the script function '" + name + "', which does not exist", scripts.hintFor(name));
        return false;
    }

}
