package brass.world.build;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.world.files.definition.WorldDefinition;
import brass.world.model.World;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RunningBehavioursTest {

    @Test
    void startsWhatHasCodeSkipsWhatHasNoneAndStopsEachOnce() {
        WorldDefinition def = Worlds.definition(TestPaths.defaultWorld());
        World world = WorldBuilder.build(def);
        ManualReactor reactor = new ManualReactor();
        List<String> log = new ArrayList<>();
        Behaviour recording = (thing, definition, context) -> {
            log.add("start " + definition.name() + " " + thing.id() + " " + definition.parameters());
            return () -> log.add("stop " + thing.id());
        };
        Behaviour broken = (thing, definition, context) -> {
            throw new IllegalStateException("no");
        };
        // cockroach has code, wander's code is broken, snake-terrarium and door-closes-after have none yet
        Behaviours impls = Behaviours.none().with("cockroach", recording).with("wander", broken);
        RunningBehaviours running = RunningBehaviours.start(world, def, impls,
                new BehaviourContext(reactor, new SplittableRandom(0), e -> { }));

        assertThat(running.size()).isEqualTo(1);
        assertThat(log).containsExactly("start cockroach brass-cockroach {interval=PT4S, leap-chance=0.6, scuttle-chance=0.25}");
        running.stopAll();
        running.stopAll();
        assertThat(log).endsWith("stop brass-cockroach").hasSize(2);
        assertThat(running.isStopped()).isTrue();
        assertThat(WorldBuilder.behaviours(def).keySet())
                .containsExactlyInAnyOrder("front-door", "terrarium", "sprocket", "brass-cockroach");
    }
}
