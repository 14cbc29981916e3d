package brass.world.terrarium;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.world.behaviour.BehaviourContext;
import brass.world.behaviour.standard.SnakeTerrarium;
import brass.world.files.definition.BehaviourDefinition;
import brass.world.files.diagnostic.SourcePosition;
import brass.world.game.Game;
import brass.world.model.Thing;
import brass.world.model.World;
import brass.world.screen.Frame;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class TerrariumTest {

    static Terrarium tank(long seed, int snakes) {
        Terrarium t = new Terrarium(30, 8, 10, new SplittableRandom(seed));
        for (int i = 0; i < snakes; i++) {
            t.spawn();
        }
        return t;
    }

    @Property(tries = 1000)
    void advancingByCountEqualsAdvancingOneTickAtATime(@ForAll @IntRange(max = 1000) long seed,
                                                       @ForAll @Size(max = 20) List<@IntRange(min = 1, max = 200) Integer> counts) {
        Terrarium jumping = tank(seed, 5);
        Terrarium ticking = tank(seed, 5);
        for (int c : counts) {
            jumping.advance(c);
            for (int i = 0; i < c; i++) {
                ticking.advance(1);
            }
            assertThat(jumping.states()).isEqualTo(ticking.states());
        }
    }

    @Test
    void snakesTurnAtTheGlassAndStayInside() {
        Terrarium t = tank(3, 6);
        for (int tick = 0; tick < 500; tick++) {
            for (Snake s : t.snakes()) {
                assertThat(s.x()).isBetween(0, t.width() - s.picture().length());
                assertThat(s.row()).isBetween(0, t.height() - 1);
            }
            t.advance(1);
        }
        // A speed-1 snake heading right from the left wall reaches the right wall and turns.
        Snake s = new Snake(99, Sprite.snake(), 0, 22, 1, 0, 0);
        s.advance(21);
        assertThat(s.x()).isEqualTo(21);
        assertThat(s.facingRight()).isTrue();
        s.advance(1);
        assertThat(s.x()).isEqualTo(22);
        assertThat(s.facingRight()).isFalse();
        s.advance(1);
        assertThat(s.x()).isEqualTo(21);
        assertThat(s.picture()).startsWith("<:");
    }

    @Test
    void framesCycleByCount() {
        Snake s = new Snake(1, Sprite.snake(), 0, 20, 1, 0, 0);
        s.advance(3);
        assertThat(s.frame()).isEqualTo(3);
        s.advance(13);
        assertThat(s.frame()).isEqualTo((3 + 13) % 8);
    }

    @Test
    void theCapHolds() {
        Terrarium t = new Terrarium(20, 4, 2, new SplittableRandom(1));
        assertThat(t.spawn()).isPresent();
        assertThat(t.spawn()).isPresent();
        assertThat(t.spawn()).isEmpty();
        assertThat(t.snakes()).hasSize(2);
    }

    @Test
    void drawsGlassAndSnakes() {
        Terrarium t = new Terrarium(10, 1, 1, new SplittableRandom(1));
        Snake s = t.spawn().orElseThrow();
        Frame f = new Frame(t.frameWidth(), t.frameHeight());
        t.draw(f, 0, 0);
        assertThat(f.row(0)).isEqualTo("+----------+");
        assertThat(f.row(2)).isEqualTo("+----------+");
        assertThat(f.row(1)).startsWith("|").endsWith("|").contains(s.picture());
    }

    /** The behaviour on the manual clock: a stall of 0.75 s lands every snake where a smooth run puts it. */
    @Test
    void afterAStallTheSnakesAreWhereAnUnstalledRunPutsThem() {
        List<List<Snake.State>> smooth = run(false);
        List<List<Snake.State>> stalled = run(true);
        assertThat(stalled.get(stalled.size() - 1)).isEqualTo(smooth.get(smooth.size() - 1));
        assertThat(smooth.get(0)).isNotEqualTo(smooth.get(smooth.size() - 1));
    }

    private static List<List<Snake.State>> run(boolean stall) {
        ManualReactor reactor = new ManualReactor();
        World world = new World();
        Thing room = world.room("conservatory", "Conservatory", "Leaves.");
        Thing thing = world.object("terrarium", "terrarium", room);
        SnakeTerrarium behaviour = new SnakeTerrarium();
        behaviour.start(thing, new BehaviourDefinition("snake-terrarium",
                        Map.of("width", 40L, "height", 10L, "max-snakes", 8L, "snakes", 4L, "frame-rate", 20.0),
                        SourcePosition.of("test")),
                new BehaviourContext(new Game(world, reactor), new SplittableRandom(9)));
        Terrarium t = behaviour.find(thing).orElseThrow().terrarium();
        List<List<Snake.State>> seen = new ArrayList<>();
        seen.add(t.states());
        reactor.advance(Duration.ofMillis(500));
        if (stall) {
            reactor.manualClock().advanceNanos(Duration.ofMillis(750).toNanos());
            reactor.runUntilIdle();
        } else {
            for (int i = 0; i < 15; i++) {
                reactor.advance(Duration.ofMillis(50));
            }
        }
        seen.add(t.states());
        assertThat(t.ticks()).isEqualTo(25);
        return seen;
    }
}
