package brass.world.build;

import brass.world.files.definition.BehaviourDefinition;
import brass.world.model.Thing;

/**
 * The code behind a behaviour name in the world files ({@code cockroach}, {@code wander}). One
 * instance serves every thing that names it: {@link #start} is called once per thing, and what
 * it returns is the only handle by which the world stops it again (on removal or reload). A
 * behaviour must do all its work through the context's reactor (timers, LoopingCalls) so that
 * stopping it leaves no timer behind.
 */
@FunctionalInterface
public interface Behaviour {

    /**
     * Starts this behaviour on {@code thing}, on the game loop.
     *
     * @param definition the behaviour's name and every parameter, defaults filled in by the checker
     * @return the running behaviour; {@link Running#stop()} must cancel every timer it made
     */
    Running start(Thing thing, BehaviourDefinition definition, BehaviourContext context);

    /** A started behaviour. Stopping twice is harmless. */
    @FunctionalInterface
    interface Running {
        void stop();
    }
}
