package brass.world.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.world.behaviour.standard.SnakeTerrarium;
import brass.world.behaviour.standard.StandardBehaviours;
import brass.world.build.WorldBuilder;
import brass.world.files.CheckResult;
import brass.world.files.WorldChecker;
import brass.world.files.definition.BehaviourDefinition;
import brass.world.files.definition.WorldDefinition;
import brass.world.game.Game;
import brass.world.game.PlayerSession;
import brass.world.game.Recorder;
import brass.world.model.World;
import brass.world.reload.Reloader;
import brass.world.terrarium.Terrarium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every behaviour the standard registry holds, attached in one world file, accepted by the
 * checker, started by the running world with the same registry, and seen doing what it does
 * after its first interval. A behaviour registered without a place in this world, or one that
 * passes the checker and then does nothing, fails here.
 */
class EveryBehaviourRunsTest {

    static final String WORLD = """
            name: Every behaviour
            start: roach-a
            rooms:
              roach-a: {description: Where the cockroach starts., exits: {east: roach-b}}
              roach-b: {description: Where it scuttles to., exits: {west: roach-a}}
              conservatory: {description: Where the snakes are.}
              cat-a: {description: Where the cat starts., exits: {east: cat-b}}
              cat-b: {description: Where the cat goes., exits: {west: cat-a}}
              hall: {description: Inside the gate.}
              yard: {description: Outside the gate.}
            doors:
              gate:
                name: gate
                sides: {hall: south, yard: north}
                behaviours: [{door-closes-after: {delay: 1s}}]
            things:
              roach:
                name: brass cockroach
                in: roach-a
                behaviours: [{cockroach: {interval: 1s, scuttle-chance: 1}}]
              tank: {name: terrarium, fixed: true, in: conservatory, behaviours: [{snake-terrarium: {frame-rate: 10}}]}
            actors:
              cat: {name: Tibbles, proper-name: true, in: cat-a, behaviours: [{wander: {interval: 1s}}]}
            """;

    @TempDir
    Path dir;

    final ManualReactor reactor = new ManualReactor();

    @Test
    void everyRegisteredBehaviourIsAcceptedStartedAndSeenAtWork() throws IOException {
        BehaviourRegistry registry = StandardBehaviours.registry();
        Files.writeString(dir.resolve("world.yaml"), WORLD);
        CheckResult check = new WorldChecker(registry).checkFolder(dir);
        assertThat(check.errorCount()).as(check.report()).isZero();
        WorldDefinition definition = check.world().orElseThrow();
        assertThat(RunningBehaviours.attached(definition).values().stream().flatMap(List::stream)
                .map(BehaviourDefinition::name)).as("this world attaches every registered behaviour")
                .containsExactlyInAnyOrderElementsOf(registry.names());

        World world = WorldBuilder.build(definition);
        Game game = new Game(world, reactor);
        Reloader reloader = Reloader.start(game, dir, definition, registry, new SplittableRandom(3));
        assertThat(reloader.behaviours().entries()).extracting(RunningBehaviours.Entry::behaviour)
                .containsExactlyInAnyOrderElementsOf(registry.names());

        Recorder roachWatcher = new Recorder();
        Recorder catWatcher = new Recorder();
        Recorder inside = new Recorder();
        Recorder outside = new Recorder();
        player(game, "ann", "roach-b", roachWatcher);
        player(game, "cyd", "cat-b", catWatcher);
        PlayerSession hal = player(game, "hal", "hall", inside);
        player(game, "yan", "yard", outside);
        Terrarium tank = ((SnakeTerrarium) registry.find("snake-terrarium").orElseThrow().code())
                .find("tank").orElseThrow().terrarium();
        var snakesAtStart = tank.states();
        hal.perform("open gate");
        inside.take();
        outside.take();

        Map<String, Runnable> atWork = new LinkedHashMap<>();
        atWork.put("cockroach", () -> {
            assertThat(world.get("roach").location().id()).isEqualTo("roach-b");
            assertThat(roachWatcher.take()).isEqualTo("A brass cockroach scuttles in from the west.");
        });
        atWork.put("snake-terrarium", () -> {
            assertThat(tank.ticks()).isEqualTo(10);
            assertThat(tank.states()).isNotEqualTo(snakesAtStart);
        });
        atWork.put("wander", () -> {
            assertThat(world.get("cat").location().id()).isEqualTo("cat-b");
            assertThat(catWatcher.take()).isEqualTo("Tibbles arrives from the west.");
        });
        atWork.put("door-closes-after", () -> {
            assertThat(world.get("gate").isOpen()).isFalse();
            assertThat(inside.take()).isEqualTo("The gate swings shut.");
            assertThat(outside.take()).isEqualTo("The gate swings shut.");
        });
        assertThat(atWork.keySet()).as("what each registered behaviour is seen doing")
                .containsExactlyInAnyOrderElementsOf(registry.names());

        reactor.advance(Duration.ofSeconds(1));
        atWork.values().forEach(Runnable::run);
        assertThat(world.problems()).isEmpty();
        reloader.behaviours().stopAll();
        assertThat(reactor.pendingTimers()).isZero();
    }

    private static PlayerSession player(Game game, String name, String room, Recorder out) {
        PlayerSession session = game.enter(name, out);
        session.actor().moveTo(game.world().get(room));
        out.take();
        return session;
    }
}
