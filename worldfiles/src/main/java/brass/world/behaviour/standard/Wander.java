package brass.world.behaviour.standard;

import brass.engine.loop.LoopingCall;
import brass.engine.reactor.DelayedCall;
import brass.world.action.Movement;
import brass.world.behaviour.Behaviour;
import brass.world.behaviour.BehaviourContext;
import brass.world.files.behaviour.BehaviourSpec;
import brass.world.files.behaviour.Host;
import brass.world.files.behaviour.ParameterSpec;
import brass.world.files.definition.BehaviourDefinition;
import brass.world.language.Event;
import brass.world.model.Exit;
import brass.world.model.Thing;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The {@code wander} behaviour: every {@code interval} an actor (or a thing lying loose in a
 * room) goes through one of the room's open exits, chosen at random, and is seen leaving and
 * arriving in the same words as a player who walks ("Sprocket goes north." / "Sprocket arrives
 * from the south."). It never passes a closed door; where every way is closed it stays. A thing
 * that is held, or in or on something, stays where it is, and so does anything in limbo.
 *
 * <p>Unless {@code stagger: false}, the first step comes at a moment within the first interval
 * that depends on the thing's id, and the rest follow every interval from there, so that many wanderers started in the
 * same turn do not all move in the same turn.
 *
 * <p>It runs on a count-aware LoopingCall: after a stall of several intervals it takes as many
 * steps, each from where the last one ended, but at most {@link #MAX_STEPS_PER_CALL} in one
 * call, so that a long stall does not make a cat sprint through the house.
 */
public final class Wander implements Behaviour.Code {

    /** The most steps one call takes to catch up after a stall. */
    public static final int MAX_STEPS_PER_CALL = 3;

    public static final BehaviourSpec SPEC = new BehaviourSpec("wander",
            "Moves an actor or thing through a random open exit now and then.", Set.of(Host.ACTOR, Host.THING),
            List.of(ParameterSpec.duration("interval", Duration.ofSeconds(30), Duration.ofSeconds(1),
                    "how often it moves"),
                    ParameterSpec.bool("stagger", true,
                            "take the first step at a moment of its own (from its id) within the first interval, not in step with every other wanderer")));

    /** Wandering, registered under {@code wander}. */
    public static Behaviour behaviour() {
        return new Behaviour(SPEC, new Wander());
    }

    @Override
    public Behaviour.Running start(Thing thing, BehaviourDefinition definition, BehaviourContext context) {
        LoopingCall loop = LoopingCall.withCount(context.reactor(), "wander " + thing.id(), count -> {
            for (long i = 0; i < Math.min(count, MAX_STEPS_PER_CALL); i++) {
                step(thing, context);
            }
        });
        Duration interval = definition.duration("interval");
        if (!definition.bool("stagger")) {
            loop.start(interval, false);
            return stopper(loop, null);
        }
        // A world starts all its wanderers in the same turn; without a phase of their own, a
        // thousand of them would all step in one turn every interval and stall the loop for it.
        // The phase comes from the thing's id, not the world's random stream: the same wanderer
        // keeps the same rhythm from run to run, and starting one draws nothing from the stream
        // other behaviours' choices come from.
        long phase = 1 + Math.floorMod(mix(thing.id()), interval.toNanos());
        DelayedCall first = context.reactor().callLaterNanos(phase, "wander " + thing.id(),
                () -> loop.start(interval, true));
        return stopper(loop, first);
    }

    private static long mix(String id) {
        long h = id.hashCode() * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    private static Behaviour.Running stopper(LoopingCall loop, DelayedCall first) {
        return () -> {
            if (first != null && first.isActive()) {
                first.cancel();
            }
            if (loop.isRunning()) {
                loop.stop();
            }
        };
    }

    /** One step: through a random open exit of the room {@code walker} stands in, if it stands in one. */
    static void step(Thing walker, BehaviourContext context) {
        Thing here = walker.location();
        if (walker.isRemoved() || here == null || !here.isRoom() || here == walker.world().limbo()) {
            return;
        }
        List<Exit> open = OpenExits.of(here);
        if (open.isEmpty()) {
            return;
        }
        for (Event e : Movement.through(walker, open.get(context.random().nextInt(open.size())))) {
            context.deliver(e);
        }
    }
}
