package brass.world.game;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.demo.DemoWorld;
import brass.world.model.Thing;
import brass.world.model.ThingState;
import brass.world.model.World;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever several players type, in whatever order, every thing stays in exactly one place,
 * nothing is listed twice, and nothing is lost or made: the brass cockroach can't be duplicated.
 */
class InvariantPropertyTest {

    private static final List<String> VERBS = List.of("take", "get", "drop", "put", "give", "open", "close", "lock",
            "unlock", "light", "extinguish", "x", "look in", "look on", "take all", "drop all", "turn on", "throw");
    private static final List<String> NOUNS = List.of("lamp", "key", "box", "red key", "blue key", "iron key", "table",
            "desk", "door", "bob", "cockroach", "water", "it", "them", "all", "all but lamp", "rose", "alice", "carol",
            "second key", "key 3", "me");
    private static final List<String> PREPOSITIONS = List.of("in", "on", "to", "from", "with", "into");
    private static final List<String> BARE = List.of("n", "s", "e", "w", "u", "d", "in", "out", "go north", "l", "i",
            "say hi", ":waves", "whisper bob hi", "tell alice hi", "again", "red", "blue", "second", "1", "jump", "who",
            "help take", "quit", "take all", "drop all", "", "xyzzy");

    record Step(int who, String line) {
    }

    @Provide
    Arbitrary<List<Step>> scripts() {
        Arbitrary<String> simple = Arbitraries.of(VERBS).flatMap(v -> Arbitraries.of(NOUNS).map(n -> v + " " + n));
        Arbitrary<String> withPreposition = Combinators.combine(Arbitraries.of(VERBS), Arbitraries.of(NOUNS),
                Arbitraries.of(PREPOSITIONS), Arbitraries.of(NOUNS)).as((v, a, p, b) -> v + " " + a + " " + p + " " + b);
        Arbitrary<String> noise = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12);
        Arbitrary<String> line = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, simple),
                net.jqwik.api.Tuple.of(3, withPreposition),
                net.jqwik.api.Tuple.of(4, Arbitraries.of(BARE)),
                net.jqwik.api.Tuple.of(1, noise));
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 3), line).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 150)
    void nothingIsEverLostOrDuplicated(@ForAll("scripts") List<Step> script) {
        Table table = new Table(DemoWorld.create());
        List<String> names = List.of("alice", "carol", "dave");
        List<Table.Seat> seats = new ArrayList<>();
        for (String n : names) {
            seats.add(table.join(n));
        }
        seats.add(table.puppet("bob"));
        // The box starts open, and the lamp lit, so that more commands reach more things.
        table.thing("box").open(true);
        int size = table.world.size();
        List<String> ids = table.world.things().stream().map(Thing::id).toList();

        for (Step s : script) {
            Table.Seat seat = seats.get(s.who());
            if (!seat.session.isOpen()) {
                seat = s.who() < names.size() ? table.join(names.get(s.who())) : table.puppet("bob");
                seats.set(s.who(), seat);
            }
            seat.does(s.line());
            assertSound(table.world, size, ids, s);
        }
        // And a checkpoint of wherever things ended up restores whole into a fresh world.
        World fresh = DemoWorld.create();
        for (Thing t : table.world.things()) {
            if (t.isPlayer()) {
                fresh.player(t.name(), fresh.startRoom());
            }
        }
        // Listed backwards, so that only what the snapshot records can give each place its order.
        List<ThingState> snapshot = new ArrayList<>(table.world.snapshot());
        Collections.reverse(snapshot);
        assertThat(fresh.restore(snapshot)).isEmpty();
        assertThat(fresh.snapshot()).isEqualTo(table.world.snapshot());
        assertThat(contentsOf(fresh)).isEqualTo(contentsOf(table.world));
        assertThat(fresh.problems()).isEmpty();
    }

    /** What each place holds, in the order it lists it: a restore must give back both. */
    static Map<String, List<String>> contentsOf(World world) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Thing t : world.things()) {
            out.put(t.id(), t.contents().stream().map(Thing::id).toList());
        }
        return out;
    }

    private static void assertSound(World world, int size, List<String> ids, Step step) {
        assertThat(world.problems()).as("after %s", step).isEmpty();
        assertThat(world.size()).as("after %s", step).isEqualTo(size);
        assertThat(world.things().stream().map(Thing::id).toList()).as("after %s", step).isEqualTo(ids);
        Map<Thing, Integer> seen = new IdentityHashMap<>();
        for (Thing holder : world.things()) {
            for (Thing t : holder.contents()) {
                seen.merge(t, 1, Integer::sum);
            }
        }
        for (Thing t : world.things()) {
            int expected = t.isRoom() || t.isDoor() ? 0 : 1;
            assertThat(seen.getOrDefault(t, 0)).as("%s is in how many places, after %s", t, step).isEqualTo(expected);
        }
    }

    @Property(tries = 200)
    void randomMovesNeverBreakContainment(@ForAll("moves") List<int[]> moves) {
        World world = DemoWorld.create();
        List<Thing> things = List.copyOf(world.things());
        for (int[] m : moves) {
            Thing what = things.get(m[0] % things.size());
            Thing where = things.get(m[1] % things.size());
            try {
                what.moveTo(where);
            } catch (IllegalArgumentException refused) {
                // refusals are fine; what matters is that they leave the world whole
            }
            assertThat(world.problems()).isEmpty();
        }
        assertThat(world.size()).isEqualTo(things.size());
    }

    @Provide
    Arbitrary<List<int[]>> moves() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 1000);
        return Combinators.combine(index, index).as((a, b) -> new int[] {a, b}).list().ofMaxSize(80);
    }
}
