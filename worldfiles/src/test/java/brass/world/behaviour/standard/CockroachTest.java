package brass.world.behaviour.standard;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.world.behaviour.Behaviour;
import brass.world.behaviour.BehaviourContext;
import brass.world.files.definition.BehaviourDefinition;
import brass.world.files.diagnostic.SourcePosition;
import brass.world.game.Game;
import brass.world.game.PlayerView;
import brass.world.game.PlayerSession;
import brass.world.model.Direction;
import brass.world.model.Thing;
import brass.world.model.World;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The brass cockroach on the manual clock: where it goes, what everyone reads, and that it stays one. */
class CockroachTest {

    ManualReactor reactor;
    World world;
    Game game;
    Thing hall;
    Thing kitchen;
    Thing cellar;
    Thing cellarDoor;
    Thing box;
    Thing roach;
    Recorder aliceOut = new Recorder();
    Recorder bobOut = new Recorder();
    PlayerSession alice;
    PlayerSession bob;

    /** Reads what one player is told. */
    static final class Recorder implements PlayerView {
        final List<String> lines = new ArrayList<>();

        @Override
        public void send(String text) {
            lines.add(text);
        }

        List<String> take() {
            List<String> out = List.copyOf(lines);
            lines.clear();
            return out;
        }
    }

    @BeforeEach
    void build() {
        reactor = new ManualReactor();
        world = new World();
        hall = world.room("hall", "The Hall", "A hall.");
        kitchen = world.room("kitchen", "The Kitchen", "A kitchen.");
        cellar = world.room("cellar", "The Cellar", "A cellar.");
        world.connect(hall, Direction.NORTH, kitchen);
        cellarDoor = world.door("cellar-door", "cellar door");
        world.connect(hall, Direction.DOWN, cellar, cellarDoor);
        box = world.object("box", "box", hall).container(true).openable(true);
        roach = world.object("roach", "brass cockroach", hall).adjectives("brass").synonyms("cockroach", "roach");
        game = new Game(world, reactor);
        alice = game.enter("alice", aliceOut);
        bob = game.enter("bob", bobOut);
        reactor.runUntilIdle();
        aliceOut.take();
        bobOut.take();
    }

    BehaviourDefinition roachDefinition(Duration interval, double leap, double scuttle) {
        return new BehaviourDefinition("cockroach",
                Map.of("interval", interval, "leap-chance", leap, "scuttle-chance", scuttle), SourcePosition.of("test"));
    }

    Behaviour.Running start(double leap, double scuttle, RandomGenerator random) {
        return new Cockroach().start(roach, roachDefinition(Duration.ofSeconds(1), leap, scuttle),
                new BehaviourContext(game, random));
    }

    void assertOneRoach() {
        assertThat(world.problems()).isEmpty();
        long seen = world.things().stream().flatMap(t -> t.contents().stream()).filter(t -> t == roach).count();
        assertThat(seen).isEqualTo(1);
        assertThat(roach.location().contents()).containsOnlyOnce(roach);
    }

    @Test
    void scuttlesThroughTheOnlyOpenExitAnnouncedOnBothSides() {
        // The cellar door is closed, so north is the only way.
        start(1, 1, new SplittableRandom(7));
        reactor.advance(Duration.ofSeconds(1));
        assertThat(roach.location()).isSameAs(kitchen);
        assertThat(aliceOut.take()).containsExactly("The brass cockroach scuttles north.");
        assertThat(bobOut.take()).containsExactly("The brass cockroach scuttles north.");
        alice.perform("north");
        aliceOut.take();
        bobOut.take();
        reactor.advance(Duration.ofSeconds(1));
        assertThat(roach.location()).isSameAs(hall);
        assertThat(aliceOut.take()).containsExactly("The brass cockroach scuttles south.");
        assertThat(bobOut.take()).containsExactly("A brass cockroach scuttles in from the north.");
        assertOneRoach();
    }

    @Test
    void aClosedDoorBlocksAndAnOpenOneLetsItThrough() {
        List.copyOf(kitchen.exits().keySet()).forEach(name -> world.removeExit(kitchen, name));
        world.removeExit(hall, "north");
        start(1, 1, new SplittableRandom(3));
        reactor.advance(Duration.ofSeconds(5));
        assertThat(roach.location()).isSameAs(hall);
        assertThat(aliceOut.take()).isEmpty();
        cellarDoor.open(true);
        reactor.advance(Duration.ofSeconds(1));
        assertThat(roach.location()).isSameAs(cellar);
        assertThat(bobOut.take()).containsExactly("The brass cockroach scuttles down.");
        assertOneRoach();
    }

    @Test
    void leapsOutOfTheHoldersHandsOntoTheFloor() {
        alice.perform("take cockroach");
        assertThat(roach.location()).isSameAs(alice.actor());
        aliceOut.take();
        bobOut.take();
        start(1, 0, new SplittableRandom(1));
        reactor.advance(Duration.ofSeconds(1));
        assertThat(roach.location()).isSameAs(hall);
        assertThat(aliceOut.take()).containsExactly("The brass cockroach leaps out of your hands!");
        assertThat(bobOut.take()).containsExactly("The brass cockroach leaps out of Alice's hands!");
        assertOneRoach();
    }

    @Test
    void scrabblesInAClosedContainerAndIsHeardInItsRoom() {
        alice.perform("take cockroach");
        alice.perform("put cockroach in box");
        alice.perform("close box");
        aliceOut.take();
        bobOut.take();
        start(1, 1, new SplittableRandom(1));
        reactor.advance(Duration.ofSeconds(1));
        assertThat(roach.location()).isSameAs(box);
        assertThat(bobOut.take()).containsExactly("Something scrabbles frantically inside the box.");
        alice.perform("open box");
        aliceOut.take();
        reactor.advance(Duration.ofSeconds(1));
        assertThat(roach.location()).isSameAs(hall);
        assertThat(aliceOut.take()).containsExactly("The brass cockroach climbs out of the box.");
        assertOneRoach();
    }

    @Test
    void afterAStallItCatchesUpByExactlyTheElapsedIntervals() {
        List<Long> counts = new ArrayList<>();
        // A counting random: every step asks for one double, so the calls count the steps.
        RandomGenerator counting = new RandomGenerator() {
            final SplittableRandom inner = new SplittableRandom(5);

            @Override
            public long nextLong() {
                return inner.nextLong();
            }

            @Override
            public double nextDouble() {
                counts.add(1L);
                return 0.99; // never scuttles: only the steps are counted
            }
        };
        start(0.5, 0.5, counting);
        reactor.advance(Duration.ofSeconds(1));
        assertThat(counts).hasSize(1);
        // The loop stalls: the clock moves 3.5 intervals without running anything.
        reactor.manualClock().advanceNanos(Duration.ofMillis(3_500).toNanos());
        reactor.runUntilIdle();
        assertThat(counts).hasSize(1 + 3);
        reactor.advance(Duration.ofMillis(500));
        assertThat(counts).hasSize(1 + 3 + 1);
        // A very long stall is capped.
        reactor.manualClock().advanceNanos(Duration.ofMinutes(10).toNanos());
        reactor.runUntilIdle();
        assertThat(counts).hasSize(5 + Cockroach.MAX_STEPS_PER_CALL);
    }

    @Test
    void aStalledRunEndsWhereAnUnstalledRunWithTheSameSeedEnds() {
        Behaviour.Running r = start(0.5, 0.7, new SplittableRandom(42));
        List<String> smooth = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            reactor.advance(Duration.ofSeconds(1));
            smooth.add(roach.location().id());
        }
        r.stop();
        roach.moveTo(hall);
        start(0.5, 0.7, new SplittableRandom(42));
        reactor.manualClock().advanceNanos(Duration.ofSeconds(6).toNanos());
        reactor.runUntilIdle();
        assertThat(roach.location().id()).isEqualTo(smooth.get(5));
        assertOneRoach();
    }

    @Test
    void stoppingLeavesNoTimer() {
        Behaviour.Running r = start(1, 1, new SplittableRandom(1));
        assertThat(reactor.pendingTimers()).isEqualTo(1);
        r.stop();
        r.stop();
        assertThat(reactor.pendingTimers()).isZero();
        reactor.advance(Duration.ofSeconds(10));
        assertThat(roach.location()).isSameAs(hall);
    }

    @Test
    void aReloadLeavesExactlyOneTimerPerBehaviour() {
        ReloadableWorld inn = ReloadableWorld.defaultWorld(1);
        // the cockroach, the terrarium, the wandering cat, the belfry's bells (a reaction's timer) and
        // the three areas' resets; the front door is shut, so it waits untimed
        assertThat(inn.reactor.pendingTimers()).isEqualTo(7);
        inn.reactor.advance(Duration.ofSeconds(30));
        inn.reloadUnchanged();
        inn.reloadUnchanged();
        inn.reactor.runUntilIdle();
        assertThat(inn.reactor.pendingTimers()).isEqualTo(7);
        inn.reactor.advance(Duration.ofMinutes(5));
        assertThat(inn.world.problems()).isEmpty();
        assertThat(inn.world.things().stream().filter(t -> t.id().equals("brass-cockroach")).count()).isEqualTo(1);
    }
}
