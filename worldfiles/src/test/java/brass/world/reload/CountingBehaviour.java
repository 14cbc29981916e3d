package brass.world.reload;

import brass.engine.loop.LoopingCall;
import brass.world.behaviour.Behaviour;
import brass.world.behaviour.BehaviourContext;
import brass.world.files.definition.BehaviourDefinition;
import brass.world.model.Thing;

/** A fake behaviour that ticks on a LoopingCall and counts starts, stops and ticks. */
final class CountingBehaviour implements Behaviour.Code {

    int started;
    int stopped;
    int ticks;

    @Override
    public Behaviour.Running start(Thing thing, BehaviourDefinition definition, BehaviourContext context) {
        started++;
        LoopingCall loop = LoopingCall.of(context.reactor(), "count " + thing.id(), () -> ticks++);
        loop.start(definition.duration("interval"), false);
        boolean[] done = {false};
        return () -> {
            if (!done[0]) {
                done[0] = true;
                stopped++;
                loop.stop();
            }
        };
    }

    int active() {
        return started - stopped;
    }
}
