package brass.world.behaviour.standard;

import brass.engine.loop.LoopingCall;
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
import brass.world.model.World;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The brass cockroach: a wind-up toy that will not stay put. Every {@code interval} it stirs:
 *
 * <ul>
 *   <li>held by someone, it leaps out of their hands onto the floor ({@code leap-chance});</li>
 *   <li>shut in a closed container, it scrabbles, heard by everyone in the room;</li>
 *   <li>on a surface or in an open container, it climbs down to the floor ({@code scuttle-chance});</li>
 *   <li>on the floor, it scuttles through a random exit whose door is open ({@code scuttle-chance}),
 *       seen leaving on one side and arriving on the other.</li>
 * </ul>
 *
 * <p>It runs on a count-aware LoopingCall: after the loop stalls for three intervals it takes
 * three steps, as it would have without the stall, each step looking afresh at where it is. One
 * call takes at most {@link #MAX_STEPS_PER_CALL} steps: after a very long stall (a laptop that
 * slept for an hour) a flood of stale scuttling would only spam the players, and the toy need
 * not be exactly where an unstalled run would have put it. It never moves while its room is
 * limbo (it is in the pocket of a player who left, or nowhere), so it waits with its holder.
 */
public final class Cockroach implements Behaviour.Code {

    /** The most steps one call takes to catch up after a stall; see the class comment. */
    public static final int MAX_STEPS_PER_CALL = 10;

    public static final BehaviourSpec SPEC = new BehaviourSpec("cockroach",
            "A wind-up brass cockroach: leaps out of hands, scuttles between rooms.", Set.of(Host.ACTOR, Host.THING),
            List.of(ParameterSpec.duration("interval", Duration.ofSeconds(3), Duration.ofMillis(100),
                            "how often it stirs"),
                    ParameterSpec.decimal("leap-chance", 0.5, 0, 1,
                            "chance, each time it stirs while held, that it leaps out of the holder's hands"),
                    ParameterSpec.decimal("scuttle-chance", 0.3, 0, 1,
                            "chance, each time it stirs while on the floor, that it scuttles through an exit")));

    /** The cockroach, registered under {@code cockroach}. */
    public static Behaviour behaviour() {
        return new Behaviour(SPEC, new Cockroach());
    }

    @Override
    public Behaviour.Running start(Thing thing, BehaviourDefinition definition, BehaviourContext context) {
        Duration interval = definition.duration("interval");
        Crawl crawl = new Crawl(thing, definition.decimal("leap-chance"), definition.decimal("scuttle-chance"), context);
        LoopingCall loop = LoopingCall.withCount(context.reactor(), "cockroach " + thing.id(), crawl::steps);
        loop.start(interval, false);
        return () -> {
            if (loop.isRunning()) {
                loop.stop();
            }
        };
    }

    /** One cockroach's steps; package-private so tests can drive single steps. */
    static final class Crawl {

        private final Thing roach;
        private final double leapChance;
        private final double scuttleChance;
        private final RandomGenerator random;
        private final BehaviourContext context;

        Crawl(Thing roach, double leapChance, double scuttleChance, BehaviourContext context) {
            this.roach = roach;
            this.leapChance = leapChance;
            this.scuttleChance = scuttleChance;
            this.random = context.random();
            this.context = context;
        }

        void steps(long count) {
            long n = Math.min(count, MAX_STEPS_PER_CALL);
            for (long i = 0; i < n; i++) {
                step();
            }
        }

        void step() {
            if (roach.isRemoved()) {
                return;
            }
            Thing room = roach.room();
            World world = roach.world();
            if (room == null || room == world.limbo()) {
                return;
            }
            Thing closed = innermostClosed(roach);
            Thing holder = roach.location();
            List<Event> events = new ArrayList<>(2);
            if (closed != null) {
                events.add(new Event(null, null, null, closed, room, null, null,
                        "Something scrabbles frantically inside {subject}.", null));
            } else if (holder.isActor()) {
                if (random.nextDouble() < leapChance) {
                    roach.moveTo(room);
                    events.add(new Event(null, holder, null, roach, room, null,
                            "{subject} leaps out of your hands!", "{subject} leaps out of {target}'s hands!", null));
                }
            } else if (!holder.isRoom()) {
                if (random.nextDouble() < scuttleChance) {
                    String how = holder.isSurface() ? "scuttles down from" : "climbs out of";
                    roach.moveTo(room);
                    events.add(new Event(null, null, holder, roach, room, null, null,
                            "{subject} " + how + " {tool}.", null));
                }
            } else if (random.nextDouble() < scuttleChance) {
                List<Exit> open = OpenExits.of(room);
                if (!open.isEmpty()) {
                    Exit way = open.get(random.nextInt(open.size()));
                    Thing there = way.destination();
                    String leaving = way.direction() != null ? "{subject} scuttles " + way.name() + "."
                            : "{subject} scuttles away through the " + way.name() + ".";
                    events.add(new Event(null, null, null, roach, room, null, null, leaving, null));
                    roach.moveTo(there);
                    events.add(new Event(null, null, null, roach, there, null, null,
                            "{subject.a} scuttles in" + Movement.cameFrom(there, room, "through") + ".", null));
                }
            }
            for (Event e : events) {
                context.deliver(e);
            }
        }

        /** The closed container nearest the roach between it and its room, or null. */
        private static Thing innermostClosed(Thing roach) {
            for (Thing t = roach.location(); t != null && !t.isRoom(); t = t.location()) {
                if (!t.isActor() && !t.isOpen()) {
                    return t;
                }
            }
            return null;
        }
    }
}
