package brass.world.reload;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.world.behaviour.RunningBehaviours;
import brass.world.behaviour.standard.StandardBehaviours;
import brass.world.build.WorldBuilder;
import brass.world.build.Worlds;
import brass.world.files.definition.WorldDefinition;
import brass.world.game.ChangeLedger;
import brass.world.game.Game;
import brass.world.game.Recorder;
import brass.world.model.Thing;
import brass.world.model.World;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Random reloads between random small variants of one world, with players picking things up,
 * moving and dropping things in between, never duplicate or lose a thing: what a player carries
 * stays with them whenever the new files still have it, everything the files name is in the
 * world exactly once, players stay in their room unless it went, and behaviours run once each;
 * and the world's record of what changed keeps up with all of it.
 */
class ReloadPropertyTest {

    static final List<String> THINGS = List.of("lamp", "box", "coin", "pebble", "rope", "roach", "bag");
    static final List<String> ROOMS = List.of("hall", "kitchen", "snug", "cellar");
    static final Map<Integer, WorldDefinition> VARIANTS = new ConcurrentHashMap<>();

    /** One variant per 7-bit number: which rooms exist, where things start, whether the box has a lid, whether the rope is an actor... */
    static String variant(int bits) {
        boolean snug = (bits & 1) != 0;
        boolean cellar = (bits & 2) != 0;
        StringBuilder y = new StringBuilder("name: Variant " + bits + "\nstart: hall\nrooms:\n");
        y.append("  hall:\n    description: Hall ").append(bits).append(".\n    exits: {north: kitchen")
                .append(snug ? ", east: snug" : "").append("}\n");
        y.append("  kitchen:\n    description: Kitchen.\n    exits: {south: hall").append(cellar ? ", down: cellar" : "")
                .append("}\n");
        if (snug) {
            y.append("  snug:\n    description: Snug.\n    exits: {west: hall}\n");
        }
        if (cellar) {
            y.append("  cellar:\n    description: Cellar.\n    exits: {up: kitchen}\n");
        }
        y.append("things:\n");
        y.append("  lamp: {name: lamp, light-source: true, in: ").append((bits & 4) != 0 ? "kitchen" : "hall").append("}\n");
        y.append("  box: {name: box, container: true").append((bits & 8) != 0 ? ", openable: true, open: true" : "")
                .append(", in: kitchen}\n");
        y.append("  coin: {name: coin, ").append((bits & 16) != 0 ? "in: box" : "in: hall").append("}\n");
        y.append("  pebble: {name: pebble, in: box}\n");
        y.append("  bag: {name: bag, container: true, in: hall}\n");
        boolean ropeIsActor = (bits & 64) != 0;
        if ((bits & 32) != 0 && !ropeIsActor) {
            y.append("  rope: {name: rope, in: ").append(snug ? "snug" : cellar ? "cellar" : "hall").append("}\n");
        }
        if (snug) {
            y.append("  roach: {name: roach, in: snug, behaviours: [{cockroach: {interval: 1s}}]}\n");
        }
        y.append("actors:\n  butler: {name: Butler, in: ").append(cellar ? "cellar" : "kitchen")
                .append(", behaviours: [{cockroach: {interval: 3s}}]}\n");
        if ((bits & 32) != 0 && ropeIsActor) {
            // the same id as another kind: a rope that walks
            y.append("  rope: {name: Rope, in: hall}\n");
        }
        return y.toString();
    }

    /** The variant's definition, read from a folder that is gone again before this returns. */
    static WorldDefinition definition(int bits) {
        return VARIANTS.computeIfAbsent(bits, b -> {
            try {
                Path dir = Files.createTempDirectory("brass-variant-");
                Path file = dir.resolve("world.yaml");
                try {
                    Files.writeString(file, variant(b));
                    return Worlds.definition(dir);
                } finally {
                    Files.deleteIfExists(file);
                    Files.delete(dir);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    sealed interface Op permits Reload, Take, Go, Drop, PutInBag {
    }

    record Reload(int variant) implements Op {
    }

    record Take(int player, String thing) implements Op {
    }

    record Go(int player, String room) implements Op {
    }

    record Drop(int player) implements Op {
    }

    record PutInBag(int player) implements Op {
    }

    @Provide
    Arbitrary<List<Op>> scripts() {
        Arbitrary<Integer> player = Arbitraries.integers().between(0, 1);
        Arbitrary<Op> op = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 127).map(Reload::new),
                Combinators.combine(player, Arbitraries.of(THINGS)).as(Take::new),
                Combinators.combine(player, Arbitraries.of(THINGS)).as(Take::new),
                Combinators.combine(player, Arbitraries.of(ROOMS)).as(Go::new),
                player.map(Drop::new),
                player.map(PutInBag::new));
        return op.list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 200)
    void reloadsNeverDuplicateOrLoseACarriedThing(@ForAll("scripts") List<Op> script,
                                                  @ForAll("first") int first) {
        play(first, script);
    }

    /**
     * Once shrunk from the property: the files move the coin into the box after the pebble, then
     * give the box a lid and take it away again, and the box, remade, got the coin back first.
     */
    @Test
    void aRemadeBoxHoldsWhatItHeldInTheSameOrder() {
        World world = play(0, List.of(new Reload(16), new Take(0, "box"), new Reload(8), new Drop(0), new Reload(16)));
        assertThat(world.find("box").orElseThrow().contents()).map(Thing::id).containsExactly("pebble", "coin");
    }

    /** Plays {@code script} on variant {@code first}, checking after every step; returns the world it ends with. */
    static World play(int first, List<Op> script) {
        ManualReactor reactor = new ManualReactor();
        WorldDefinition def = definition(first);
        World world = WorldBuilder.build(def);
        Game game = new Game(world, reactor);
        CountingBehaviour counter = new CountingBehaviour();
        Reloader reloader = Reloader.start(game, Path.of("unused"), def, StandardBehaviours.registry().withCode("cockroach", counter),
                new SplittableRandom(3));
        List<Thing> players = List.of(game.enter("alice", new Recorder()).actor(), game.enter("bob", new Recorder()).actor());
        // A reload removes, remakes and re-flags things: the changes taken after each step must
        // still rebuild the whole state (see ChangeTrackingPropertyTest).
        ChangeLedger ledger = new ChangeLedger(game);

        for (Op op : script) {
            if (op instanceof Reload r) {
                reloadAndCheck(reloader, world, players, counter, reactor, definition(r.variant()));
            } else if (op instanceof Take t) {
                world.find(t.thing()).filter(x -> !x.isActor() && !x.isRoom() && !x.isDoor())
                        .filter(x -> Reloader.carrier(x) == null && x.whyCannotMoveTo(players.get(t.player())) == null)
                        .ifPresent(x -> x.moveTo(players.get(t.player())));
            } else if (op instanceof Go g) {
                world.find(g.room()).filter(Thing::isRoom).ifPresent(room -> players.get(g.player()).moveTo(room));
            } else if (op instanceof Drop d) {
                Thing p = players.get(d.player());
                if (!p.contents().isEmpty()) {
                    p.contents().get(0).moveTo(p.room());
                }
            } else if (op instanceof PutInBag b) {
                Thing p = players.get(b.player());
                Thing bag = world.find("bag").orElseThrow();
                if (!p.contents().isEmpty() && p.contents().get(0) != bag
                        && p.contents().get(0).whyCannotMoveTo(bag) == null) {
                    p.contents().get(0).moveTo(bag);
                }
            }
            assertThat(world.problems()).isEmpty();
            ledger.check(op);
        }
        return world;
    }

    private static Map<String, List<String>> contentsOf(World world) {
        Map<String, List<String>> out = new HashMap<>();
        for (Thing t : world.things()) {
            out.put(t.id(), t.contents().stream().map(c -> c.id() + " " + c.kind()).toList());
        }
        return out;
    }

    @Provide
    Arbitrary<Integer> first() {
        return Arbitraries.integers().between(0, 127);
    }

    private static void reloadAndCheck(Reloader reloader, World world, List<Thing> players, CountingBehaviour counter,
                                       ManualReactor reactor, WorldDefinition next) {
        Map<String, Thing> carriedBy = new HashMap<>();
        Map<Thing, String> roomOf = new HashMap<>();
        for (Thing t : world.things()) {
            Thing carrier = Reloader.carrier(t);
            if (carrier != null) {
                carriedBy.put(t.id(), carrier);
            }
        }
        for (Thing p : players) {
            roomOf.put(p, p.room().id());
        }
        Map<String, List<String>> contentsBefore = contentsOf(world);
        WorldDefinition old = reloader.definition();

        reloader.apply(next);

        assertThat(world.problems()).isEmpty();
        // What stays in a place keeps its order there, even a thing the reload had to make again
        // (one that came back as another kind, like the rope that walks, is another thing).
        contentsOf(world).forEach((holder, after) -> {
            List<String> before = contentsBefore.getOrDefault(holder, List.of());
            assertThat(after.stream().filter(before::contains).toList()).as("the order in " + holder)
                    .isEqualTo(before.stream().filter(after::contains).toList());
        });
        carriedBy.forEach((id, carrier) -> {
            if (next.things().containsKey(id)) {
                Thing t = world.find(id).orElseThrow();
                assertThat(Reloader.carrier(t)).as(id + " stays with " + carrier).isSameAs(carrier);
            } else {
                assertThat(world.find(id).filter(t -> !t.isActor() && !t.isRoom()))
                        .as(id + " is gone from the files (or is another kind now)").isEmpty();
                world.find(id).ifPresent(t -> assertThat(Reloader.carrier(t)).isNull());
            }
        });
        for (String id : next.things().keySet()) {
            assertThat(world.find(id)).as(id).isPresent();
        }
        for (String id : old.things().keySet()) {
            if (!next.things().containsKey(id)) {
                assertThat(world.find(id).filter(t -> !t.isActor())).as(id).isEmpty();
            }
        }
        for (String id : next.actors().keySet()) {
            assertThat(world.find(id).map(Thing::isActor)).as(id).contains(true);
        }
        for (Thing p : players) {
            String before = roomOf.get(p);
            assertThat(p.room().id()).isEqualTo(next.rooms().containsKey(before) ? before : next.start());
        }
        long withBehaviours = RunningBehaviours.attached(next).values().stream().mapToLong(List::size).sum();
        assertThat(counter.active()).isEqualTo((int) withBehaviours);
        assertThat(reactor.pendingTimers()).isEqualTo((int) withBehaviours);
    }
}
