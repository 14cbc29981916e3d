package brass.world.behaviour.standard;

import brass.engine.loop.LoopingCall;
import brass.world.behaviour.Behaviour;
import brass.world.behaviour.BehaviourContext;
import brass.world.files.behaviour.BehaviourSpec;
import brass.world.files.behaviour.Host;
import brass.world.files.behaviour.ParameterSpec;
import brass.world.files.definition.BehaviourDefinition;
import brass.world.model.Thing;
import brass.world.terrarium.Terrarium;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code snake-terrarium} behaviour: gives a thing a {@link Terrarium} and keeps its snakes
 * moving on a count-aware LoopingCall at the tank's {@code frame-rate}, advancing the model by
 * {@code count} ticks per call, so after a stall the snakes jump to where they should be instead
 * of slowing down.
 *
 * <p>One instance serves every tank in the world and is also how the {@code watch} verb finds a
 * tank: {@link #find(Thing)}. Create one, register its {@link #behaviour()} (or hand it to
 * {@code registry.withCode("snake-terrarium", tanks)}), and hand the same instance to the watch
 * verb. A tank lives as long as its behaviour runs; a reload stops it and starts a fresh one.
 */
public final class SnakeTerrarium implements Behaviour.Code {

    public static final BehaviourSpec SPEC = new BehaviourSpec("snake-terrarium",
            "A glass tank of animated ASCII snakes that players can watch.", Set.of(Host.THING),
            List.of(ParameterSpec.integer("width", 40L, 10, 200, "columns of the tank"),
                    ParameterSpec.integer("height", 12L, 4, 60, "rows of the tank"),
                    ParameterSpec.integer("max-snakes", 8L, 1, 50, "most snakes the tank holds"),
                    ParameterSpec.integer("snakes", 3L, 0, 50, "snakes in the tank at start"),
                    ParameterSpec.decimal("frame-rate", 10.0, 1, 60, "frames drawn per second")),
            List.of(values -> (Long) values.get("snakes") > (Long) values.get("max-snakes")
                    ? Optional.of("snakes (" + values.get("snakes") + ") must not exceed max-snakes ("
                            + values.get("max-snakes") + ")")
                    : Optional.empty()));

    /** A running tank: its model and how often the model ticks. */
    public record Tank(Thing thing, Terrarium terrarium, Duration tick) {
    }

    private final Map<String, Tank> tanks = new HashMap<>();

    @Override
    public Behaviour.Running start(Thing thing, BehaviourDefinition definition, BehaviourContext context) {
        Terrarium terrarium = new Terrarium((int) definition.integer("width"), (int) definition.integer("height"),
                (int) definition.integer("max-snakes"), context.random());
        for (long i = 0; i < definition.integer("snakes"); i++) {
            terrarium.spawn();
        }
        Duration tick = Duration.ofNanos(Math.round(1e9 / definition.decimal("frame-rate")));
        Tank tank = new Tank(thing, terrarium, tick);
        tanks.put(thing.id(), tank);
        LoopingCall loop = LoopingCall.withCount(context.reactor(), "terrarium " + thing.id(), terrarium::advance);
        loop.start(tick, false);
        return () -> {
            if (loop.isRunning()) {
                loop.stop();
            }
            tanks.remove(thing.id(), tank);
        };
    }

    /** This instance's tanks, registered under {@code snake-terrarium}. */
    public Behaviour behaviour() {
        return new Behaviour(SPEC, this);
    }

    /** The running tank of {@code thing}, if it is a terrarium. */
    public Optional<Tank> find(Thing thing) {
        return Optional.ofNullable(tanks.get(thing.id()));
    }

    /** The running tank of the thing with this id. */
    public Optional<Tank> find(String thingId) {
        return Optional.ofNullable(tanks.get(thingId));
    }

    /** How many tanks are running. */
    public int size() {
        return tanks.size();
    }
}
