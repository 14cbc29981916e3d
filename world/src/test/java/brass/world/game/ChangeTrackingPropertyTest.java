package brass.world.game;

import brass.world.demo.DemoWorld;
import brass.world.model.Thing;
import brass.world.model.ThingState;
import brass.world.model.World;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The world's record of what changed is enough to keep a copy of its state: whatever several
 * players type, and whatever the model is told directly (a thing removed, an old snapshot
 * restored, a player's return room set), applying the changes taken after each step to the state
 * before it gives exactly the state taken whole. A mutation path that forgot to mark its thing
 * fails this; it is what lets a checkpoint write only what changed.
 */
class ChangeTrackingPropertyTest {

    sealed interface Op permits Type, Remove, Restore, SetReturn {
    }

    record Type(int who, String line) implements Op {
    }

    record Remove(String id) implements Op {
    }

    record Restore(int which) implements Op {
    }

    record SetReturn(int who, String room) implements Op {
    }

    static final List<String> NAMES = List.of("alice", "carol", "dave");
    // Anything but actors (a session's actor stays) and limbo (which can't go).
    static final List<String> REMOVABLE = List.of("brass-lamp", "box", "red-key", "blue-key", "iron-key", "table", "desk",
            "oak-door", "brass-cockroach", "water", "rose", "cellar", "study", "hall", "garden", "foyer");
    static final List<String> ROOMS = List.of("hall", "cellar", "study", "garden", "foyer", "limbo", "nowhere");

    @Provide
    Arbitrary<List<Op>> scripts() {
        Arbitrary<Op> typed = new InvariantPropertyTest().scripts().map(steps -> steps.get(0))
                .map(s -> new Type(s.who(), s.line()));
        Arbitrary<Op> op = Arbitraries.frequencyOf(
                Tuple.of(20, typed),
                Tuple.of(1, Arbitraries.of(REMOVABLE).map(Remove::new)),
                Tuple.of(1, Arbitraries.integers().between(0, 1000).map(Restore::new)),
                Tuple.of(1, Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.of(ROOMS))
                        .as(SetReturn::new)));
        return op.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 200)
    void changesTakenAfterEveryStepRebuildTheWholeState(@ForAll("scripts") List<Op> script) {
        Table table = new Table(DemoWorld.create());
        World world = table.world;
        List<Table.Seat> seats = new ArrayList<>();
        for (String n : NAMES) {
            seats.add(table.join(n));
        }
        seats.add(table.puppet("bob"));
        table.thing("box").open(true);
        ChangeLedger ledger = new ChangeLedger(table.game);
        List<List<ThingState>> snapshots = new ArrayList<>();
        snapshots.add(world.snapshot());

        for (Op op : script) {
            if (op instanceof Type t) {
                Table.Seat seat = seats.get(t.who());
                if (!seat.session.isOpen()) {
                    seat = t.who() < NAMES.size() ? table.join(NAMES.get(t.who())) : table.puppet("bob");
                    seats.set(t.who(), seat);
                }
                seat.does(t.line());
            } else if (op instanceof Remove r) {
                world.find(r.id()).ifPresent(world::remove);
            } else if (op instanceof Restore r) {
                world.restore(snapshots.get(r.which() % snapshots.size()));
            } else if (op instanceof SetReturn s) {
                Thing player = world.get(World.playerId(NAMES.get(s.who())));
                table.game.setReturnRoom(player, world.find(s.room()).orElse(null));
            }
            ledger.check(op);
            snapshots.add(world.snapshot());
        }
    }
}
