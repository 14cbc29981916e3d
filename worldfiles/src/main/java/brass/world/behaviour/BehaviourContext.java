package brass.world.behaviour;

import brass.engine.reactor.Reactor;
import brass.world.game.Game;
import brass.world.language.Event;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * What a running behaviour may use besides its thing: the game it runs in (its reactor for
 * timers, its witnesses to hear what happens, delivery to tell players what the behaviour did)
 * and a random generator (seeded in tests and transcripts, so runs replay exactly; the model
 * itself has no randomness).
 */
public record BehaviourContext(Game game, RandomGenerator random) {

    public BehaviourContext {
        Objects.requireNonNull(game, "game");
        Objects.requireNonNull(random, "random");
    }

    public Reactor reactor() {
        return game.reactor();
    }

    /** Shows {@code event} to everyone who can see it, as a player's action would. */
    public void deliver(Event event) {
        game.deliver(event);
    }

    /**
     * Lets {@code witness} hear every event delivered in the game from now on, until the returned
     * handle is stopped (which the behaviour's own {@link Behaviour.Running#stop} must do).
     */
    public Behaviour.Running witness(Consumer<Event> witness) {
        game.addWitness(witness);
        return () -> game.removeWitness(witness);
    }
}
