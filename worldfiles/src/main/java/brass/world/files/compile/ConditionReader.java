package brass.world.files.compile;

import brass.world.files.diagnostic.Suggestions;
import brass.world.files.source.Nodes;
import brass.world.files.source.YamlTree.YMapping;
import brass.world.files.source.YamlTree.YNode;
import brass.world.files.source.YamlTree.YScalar;
import brass.world.files.source.YamlTree.YSequence;
import brass.world.model.Flag;
import brass.world.reaction.Condition;
import brass.world.reaction.Ref;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads conditions, the one language of reactions' {@code if:} and topics' {@code when:}: each a
 * word and its value ({@link #WORDS}), checked against the world's ids, every mistake at its
 * file:line:column with the nearest right word. A topic's {@code when:} may also be one map of
 * such words, where the older {@code carries:} and {@code thing:}/{@code is:} still read.
 */
final class ConditionReader {

    static final List<String> WORDS = List.of("player-carries", "self-carries", "player-wears", "self-wears", "where",
            "state", "flag", "counter", "chance", "role", "players-here", "not");
    static final List<String> ROLES = List.of("player", "builder");
    /** What a topic's {@code when:} map may hold besides the condition words: the older spelling. */
    private static final List<String> OLDER = List.of("carries", "thing", "is");

    private final Parts parts;

    ConditionReader(Parts parts) {
        this.parts = parts;
    }

    /** A list of conditions ({@code if:}); those with mistakes are reported and left out. */
    List<Condition> list(Field field, String what, String each) {
        List<Condition> out = new ArrayList<>();
        for (YNode c : parts.items(field, what)) {
            read(c, field.file(), each).ifPresent(out::add);
        }
        return out;
    }

    /**
     * A topic's {@code when:}: a list as {@code if:} is, or one map of condition words (all must
     * hold), in which {@code carries: journal} means {@code player-carries: journal} and
     * {@code thing: chest} with {@code is: not locked} means {@code state: {thing: chest, is: not locked}}.
     */
    List<Condition> when(Field field, String what) {
        String file = field.file();
        if (field.value() instanceof YSequence) {
            return list(field, what, "a condition of " + what);
        }
        if (!(field.value() instanceof YMapping map) || map.size() == 0) {
            parts.error(field.position(), what + " must be conditions, found " + Nodes.describe(field.value()),
                    "write '{player-carries: journal}' or a list such as '- player-wears: hat'");
            return List.of();
        }
        List<Condition> out = new ArrayList<>();
        Field thing = null;
        Field is = null;
        List<String> known = Stream.concat(WORDS.stream(), OLDER.stream()).toList();
        for (Map.Entry<String, Field> e : parts.fields(field, what).entrySet()) {
            Field f = e.getValue();
            switch (e.getKey()) {
                case "carries" -> parts.reference(f, "'carries' in " + what, Kind.THING)
                        .ifPresent(id -> out.add(new Condition.Carries(Ref.PLAYER, id)));
                case "thing" -> thing = f;
                case "is" -> is = f;
                default -> {
                    if (WORDS.contains(e.getKey())) {
                        read(new Parts.Named(e.getKey(), f.value(), null), file, what).ifPresent(out::add);
                    } else {
                        parts.error(f.keyPosition(), "unknown condition '" + e.getKey() + "' in " + what,
                                Parts.hint(e.getKey(), known, "conditions"));
                    }
                }
            }
        }
        if (thing != null && is != null) {
            state(thing, is, what).ifPresent(out::add);
        } else if (thing != null || is != null) {
            parts.error(field.position(), what + " needs both thing: and is:", thing == null
                    ? "add thing: with the id of the thing whose state it asks"
                    : "add is: with a state such as open, not locked or lit");
        }
        return out;
    }

    /** {@code thing} is (or with {@code not}, is not) in the state {@code is} names. */
    private Optional<Condition> state(Field thing, Field is, String where) {
        Optional<String> id = parts.reference(thing, where, Kind.THING, Kind.DOOR);
        Optional<String> written = parts.text(is, where);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        boolean value = !written.get().startsWith("not ");
        String word = value ? written.get() : written.get().substring(4).strip();
        List<String> states = Flag.states().stream().map(Flag::word).toList();
        Optional<Flag> state = Flag.byWord(word).filter(Flag::isState);
        if (state.isEmpty()) {
            parts.error(is.position(), "'" + written.get() + "' is not a state a thing can be in",
                    Suggestions.didYouMean(word, states)
                            .or(() -> Optional.of("write one of " + String.join(", ", states) + ", or not and one of them")));
            return Optional.empty();
        }
        return id.map(t -> new Condition.State(t, state.get(), value));
    }

    /** One condition, written as a map of one word to its value. */
    Optional<Condition> read(YNode node, String file, String what) {
        return parts.named(node, file, what, WORDS, "conditions").flatMap(n -> read(n, file, what));
    }

    private Optional<Condition> read(Parts.Named n, String file, String what) {
        String where = "'" + n.word() + "' in " + what;
        return switch (n.word()) {
            case "player-carries", "self-carries" -> parts.reference(n, file, where, Kind.THING).map(id ->
                    new Condition.Carries(n.word().startsWith("player") ? Ref.PLAYER : Ref.SELF, id));
            case "player-wears", "self-wears" -> parts.reference(n, file, where, Kind.THING).map(id ->
                    new Condition.Wears(n.word().startsWith("player") ? Ref.PLAYER : Ref.SELF, id));
            case "state" -> {
                Map<String, Field> f = parts.map(n, file, where, List.of("thing", "is"), List.of("thing", "is"));
                yield f.containsKey("thing") && f.containsKey("is") ? state(f.get("thing"), f.get("is"), where)
                        : Optional.empty();
            }
            case "where" -> {
                Map<String, Field> f = parts.map(n, file, where, List.of("thing", "in"), List.of("thing", "in"));
                Optional<String> thing = parts.reference(f.get("thing"), where, Kind.THING, Kind.ACTOR);
                Optional<String> in = parts.reference(f.get("in"), where, Kind.ROOM, Kind.THING, Kind.ACTOR);
                yield thing.isPresent() && in.isPresent() ? Optional.of(new Condition.Where(thing.get(), in.get()))
                        : Optional.empty();
            }
            case "flag", "counter" -> counterCondition(n, file, where);
            case "chance" -> parts.number(n.value(), file, where, 0, 100).map(p -> new Condition.Chance(p.intValue()));
            case "role" -> parts.word(n, file, where).flatMap(r -> {
                if (ROLES.contains(r)) {
                    return Optional.of(new Condition.Role(r));
                }
                parts.error(Nodes.position(n.value(), file), "unknown role '" + r + "' in " + what, parts.hint(r, ROLES, "roles"));
                return Optional.empty();
            });
            case "players-here" -> {
                if (n.value() instanceof YScalar) {
                    yield parts.number(n.value(), file, where, 0, Integer.MAX_VALUE)
                            .map(least -> new Condition.Players(least.intValue(), Integer.MAX_VALUE));
                }
                Map<String, Field> f = parts.map(n, file, where, List.of("at-least", "at-most"), List.of());
                long least = f.containsKey("at-least") ? parts.number(f.get("at-least").value(), file, where, 0,
                        Integer.MAX_VALUE).orElse(0L) : 0;
                long most = f.containsKey("at-most") ? parts.number(f.get("at-most").value(), file, where, 0,
                        Integer.MAX_VALUE).orElse((long) Integer.MAX_VALUE) : Integer.MAX_VALUE;
                yield Optional.of(new Condition.Players((int) least, (int) most));
            }
            case "not" -> read(n.value(), file, "'not' in " + what).map(Condition.Not::new);
            default -> Optional.empty();
        };
    }

    private Optional<Condition> counterCondition(Parts.Named n, String file, String where) {
        boolean flag = n.word().equals("flag");
        if (n.value() instanceof YScalar) {
            return parts.word(n, file, where).filter(name -> parts.counterName(name, n.value(), file, where))
                    .map(name -> new Condition.Counter(Ref.SELF, name, 1, flag ? 1 : Long.MAX_VALUE));
        }
        List<String> keys = flag ? List.of("name", "on", "is") : List.of("name", "on", "at-least", "at-most");
        Map<String, Field> f = parts.map(n, file, where, keys, List.of("name"));
        Optional<String> name = parts.text(f.get("name"), where).filter(s -> parts.counterName(s, f.get("name").value(), file, where));
        String on = f.containsKey("on") ? parts.reference(f.get("on"), where, Kind.ROOM, Kind.THING, Kind.ACTOR).orElse(null)
                : Ref.SELF;
        if (name.isEmpty() || on == null) {
            return Optional.empty();
        }
        if (flag) {
            boolean is = !f.containsKey("is") || !"false".equals(parts.text(f.get("is"), where).orElse("true"));
            return Optional.of(new Condition.Counter(on, name.get(), is ? 1 : 0, is ? 1 : 0));
        }
        long least = f.containsKey("at-least") ? parts.number(f.get("at-least").value(), file, where, Long.MIN_VALUE,
                Long.MAX_VALUE).orElse(0L) : Long.MIN_VALUE;
        long most = f.containsKey("at-most") ? parts.number(f.get("at-most").value(), file, where, Long.MIN_VALUE,
                Long.MAX_VALUE).orElse(0L) : Long.MAX_VALUE;
        return Optional.of(new Condition.Counter(on, name.get(), least, most));
    }
}
