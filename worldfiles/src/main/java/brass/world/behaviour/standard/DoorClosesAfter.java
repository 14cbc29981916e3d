package brass.world.behaviour.standard;

import brass.engine.reactor.DelayedCall;
import brass.world.behaviour.Behaviour;
import brass.world.behaviour.BehaviourContext;
import brass.world.files.behaviour.BehaviourSpec;
import brass.world.files.behaviour.Host;
import brass.world.files.behaviour.ParameterSpec;
import brass.world.files.definition.BehaviourDefinition;
import brass.world.language.Event;
import brass.world.model.Thing;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The {@code door-closes-after} behaviour: a door (or a thing that opens) that has stood open
 * for {@code delay} closes itself, seen on both sides of a door ("The front door swings
 * shut."). Closed by someone before then, it forgets the timer; opened again, it counts the
 * whole delay afresh.
 *
 * <p>It learns that the door opened by witnessing the game's events: after each one it looks at
 * the door, and arms one timer when it finds it open, cancels it when it finds it closed. It looks
 * once more when it starts, so a door left open by a checkpoint or kept open through a reload
 * closes {@code delay} after the world (re)started; a reload stops the old behaviour, timer and
 * all, before the new one starts, so there is never a stale or a second timer. A stalled loop
 * only makes the door close late, once.
 */
public final class DoorClosesAfter implements Behaviour.Code {

    public static final BehaviourSpec SPEC = new BehaviourSpec("door-closes-after",
            "Closes a door (or a thing that opens) again some time after it was opened.",
            Set.of(Host.DOOR, Host.OPENABLE_THING),
            List.of(ParameterSpec.duration("delay", Duration.ofSeconds(10), Duration.ofMillis(100),
                    "how long it stays open")));

    /** Self-closing doors, registered under {@code door-closes-after}. */
    public static Behaviour behaviour() {
        return new Behaviour(SPEC, new DoorClosesAfter());
    }

    @Override
    public Behaviour.Running start(Thing thing, BehaviourDefinition definition, BehaviourContext context) {
        Closer closer = new Closer(thing, definition.duration("delay"), context);
        Behaviour.Running witness = context.witness(event -> closer.look());
        closer.look();
        return () -> {
            witness.stop();
            closer.disarm();
        };
    }

    /** One door's timer: armed exactly while the door was last seen open. */
    private static final class Closer {

        private final Thing door;
        private final Duration delay;
        private final BehaviourContext context;
        private DelayedCall pending;

        Closer(Thing door, Duration delay, BehaviourContext context) {
            this.door = door;
            this.delay = delay;
            this.context = context;
        }

        void look() {
            boolean open = !door.isRemoved() && door.isOpenable() && door.isOpen();
            if (open && pending == null) {
                pending = context.reactor().callLater(delay, "door-closes-after " + door.id(), this::close);
            } else if (!open) {
                disarm();
            }
        }

        void disarm() {
            if (pending != null) {
                pending.cancel();
                pending = null;
            }
        }

        private void close() {
            pending = null;
            if (door.isRemoved() || !door.isOpenable() || !door.isOpen()) {
                return;
            }
            door.open(false);
            for (Thing place : places()) {
                context.deliver(new Event(null, null, null, door, place, null, null, "{subject} swings shut.", null));
            }
        }

        /** Both rooms of a door; the room a thing that opens is in (none in limbo). */
        private List<Thing> places() {
            if (door.isDoor()) {
                return door.world().sides(door);
            }
            Thing room = door.room();
            return room == null || room == door.world().limbo() ? List.of() : List.of(room);
        }
    }
}
