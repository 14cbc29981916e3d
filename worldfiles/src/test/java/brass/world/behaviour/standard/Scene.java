package brass.world.behaviour.standard;

import brass.engine.reactor.ManualReactor;
import brass.world.behaviour.Behaviour;
import brass.world.behaviour.BehaviourContext;
import brass.world.files.definition.BehaviourDefinition;
import brass.world.files.diagnostic.SourcePosition;
import brass.world.game.Game;
import brass.world.game.PlayerSession;
import brass.world.game.Recorder;
import brass.world.model.Thing;
import brass.world.model.World;
import java.util.Map;
import java.util.SplittableRandom;

/** A hand-built world on the manual clock, players who read what happens, and behaviours started on its things. */
final class Scene {

    final ManualReactor reactor = new ManualReactor();
    final World world = new World();
    final Game game = new Game(world, reactor);
    final BehaviourContext context = new BehaviourContext(game, new SplittableRandom(7));

    /** A player standing in {@code room}, whose recorder has been emptied. */
    PlayerSession player(String name, Thing room, Recorder out) {
        PlayerSession session = game.enter(name, out);
        reactor.runUntilIdle(); // the turn of their login ends: the first room hears of it
        session.actor().moveTo(room);
        out.take();
        return session;
    }

    /** Starts {@code behaviour}'s code on {@code thing} with these parameters, as the checker would pass them. */
    Behaviour.Running start(Behaviour behaviour, Thing thing, Map<String, Object> parameters) {
        return behaviour.code().start(thing, new BehaviourDefinition(behaviour.name(), parameters,
                SourcePosition.of("test")), context);
    }
}
