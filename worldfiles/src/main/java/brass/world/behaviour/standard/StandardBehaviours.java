package brass.world.behaviour.standard;

import brass.world.behaviour.BehaviourRegistry;

/** The behaviours that ship with Brass, in the order documentation lists them. */
public final class StandardBehaviours {

    private StandardBehaviours() {
    }

    /**
     * A registry of {@code cockroach}, {@code snake-terrarium}, {@code wander} and
     * {@code door-closes-after}. Each call makes new instances: a server that lets players watch a
     * terrarium keeps its own {@link SnakeTerrarium} and puts it in with
     * {@code withCode("snake-terrarium", tanks)}, so that the watch verb and the behaviour share
     * their tanks.
     */
    public static BehaviourRegistry registry() {
        return BehaviourRegistry.of(Cockroach.behaviour(), new SnakeTerrarium().behaviour(), Wander.behaviour(),
                DoorClosesAfter.behaviour());
    }
}
