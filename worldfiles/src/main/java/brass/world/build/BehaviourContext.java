package brass.world.build;

import brass.engine.reactor.Reactor;
import brass.world.language.Event;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * What a running behaviour may use besides its thing: the reactor for timers, a random generator
 * (seeded in tests and transcripts, so runs replay exactly; the model itself has no randomness),
 * and a way to tell players what happened ({@code game::deliver} in a running game).
 */
public record BehaviourContext(Reactor reactor, RandomGenerator random, Consumer<Event> events) {

    public BehaviourContext {
        Objects.requireNonNull(reactor, "reactor");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(events, "events");
    }
}
