package brass.world.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brass.engine.reactor.ManualReactor;
import brass.world.behaviour.standard.Cockroach;
import brass.world.behaviour.standard.DoorClosesAfter;
import brass.world.behaviour.standard.SnakeTerrarium;
import brass.world.behaviour.standard.StandardBehaviours;
import brass.world.build.TestPaths;
import brass.world.build.WorldBuilder;
import brass.world.build.Worlds;
import brass.world.files.definition.WorldDefinition;
import brass.world.game.Game;
import brass.world.model.World;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RunningBehavioursTest {

    final WorldDefinition def = Worlds.definition(TestPaths.defaultWorld());
    final World world = WorldBuilder.build(def);
    final BehaviourContext context = new BehaviourContext(new Game(world, new ManualReactor()), new SplittableRandom(0));
    final List<String> log = new ArrayList<>();

    Behaviour.Code recording() {
        return (thing, definition, ctx) -> {
            log.add("start " + definition.name() + " " + thing.id() + " " + definition.parameters());
            return () -> log.add("stop " + thing.id());
        };
    }

    @Test
    void startsEveryBehaviourTheFilesAttachWithTheCodeRegisteredForItAndStopsEachOnce() {
        Behaviour.Code broken = (thing, definition, ctx) -> {
            throw new IllegalStateException("no");
        };
        BehaviourRegistry registry = StandardBehaviours.registry().withCode("cockroach", recording())
                .withCode("snake-terrarium", recording()).withCode("door-closes-after", recording())
                .withCode("wander", broken);
        RunningBehaviours running = RunningBehaviours.start(world, def, registry, context);

        // wander's code is broken: logged, and the rest still run
        assertThat(running.size()).isEqualTo(3);
        assertThat(log).containsExactly(
                "start door-closes-after front-door {delay=PT20S}",
                "start snake-terrarium terrarium {width=48, height=12, max-snakes=6, snakes=3, frame-rate=12.0}",
                "start cockroach brass-cockroach {interval=PT4S, leap-chance=0.6, scuttle-chance=0.25}");
        running.stopAll();
        running.stopAll();
        assertThat(log).endsWith("stop front-door", "stop terrarium", "stop brass-cockroach").hasSize(6);
        assertThat(running.isStopped()).isTrue();
        assertThat(RunningBehaviours.attached(def).keySet())
                .containsExactly("front-door", "sprocket", "terrarium", "brass-cockroach");
    }

    /** A world checked against one registry cannot be run with another that lacks one of its behaviours. */
    @Test
    void aWorldNamingABehaviourTheRegistryLacksIsRefusedBeforeAnythingStarts() {
        BehaviourRegistry withoutWander = BehaviourRegistry.of(new Behaviour(Cockroach.SPEC, recording()),
                new Behaviour(SnakeTerrarium.SPEC, recording()), new Behaviour(DoorClosesAfter.SPEC, recording()));
        assertThatThrownBy(() -> RunningBehaviours.start(world, def, withoutWander, context))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("behaviour 'wander' of sprocket (")
                .hasMessageEndingWith("inn/ground-floor.yaml:369:9) is not registered here: the world was checked "
                        + "against another behaviour registry");
        assertThat(log).isEmpty();
    }
}
