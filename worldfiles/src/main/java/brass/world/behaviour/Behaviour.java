package brass.world.behaviour;

import brass.world.files.behaviour.BehaviourSpec;
import brass.world.files.definition.BehaviourDefinition;
import brass.world.model.Thing;
import java.util.Objects;

/**
 * One behaviour world files may name, registered once: its spec (what the checker reads: name,
 * what it may be attached to, parameters) and its code (what the running world starts on each
 * thing that names it). There is no way to register one half without the other, so a behaviour
 * the checker accepts is always one the world can start.
 */
public record Behaviour(BehaviourSpec spec, Code code) {

    public Behaviour {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(code, "code");
    }

    /** The name world files use. */
    public String name() {
        return spec.name();
    }

    /**
     * The code behind a behaviour. One instance serves every thing that names it: {@link #start}
     * is called once per thing, and what it returns is the only handle by which the world stops
     * it again (on reload or shutdown). It must do all its work through the context (timers on
     * its reactor, witnesses on its game), so that stopping it leaves nothing behind.
     */
    @FunctionalInterface
    public interface Code {

        /**
         * Starts the behaviour on {@code thing}, on the game loop.
         *
         * @param definition the behaviour's name and every parameter, defaults filled in by the checker
         * @return the running behaviour; {@link Running#stop()} must cancel every timer it made
         */
        Running start(Thing thing, BehaviourDefinition definition, BehaviourContext context);
    }

    /** A started behaviour. Stopping twice is harmless. */
    @FunctionalInterface
    public interface Running {
        void stop();
    }
}
