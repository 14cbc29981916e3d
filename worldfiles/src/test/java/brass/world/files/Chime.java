package brass.world.files;

import brass.engine.loop.LoopingCall;
import brass.world.behaviour.Behaviour;
import brass.world.files.behaviour.BehaviourSpec;
import brass.world.files.behaviour.Host;
import brass.world.files.behaviour.ParameterSpec;
import brass.world.language.Event;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** A behaviour registered by code, as a plug-in would: a clock that chimes its sound every so often. */
final class Chime {

    static final BehaviourSpec SPEC = new BehaviourSpec("chime", "Rings on the hour.", Set.of(Host.THING), List.of(
            ParameterSpec.text("sound", null, "what it sounds like"),
            ParameterSpec.duration("every", Duration.ofHours(1), Duration.ofSeconds(1), "how often"),
            ParameterSpec.bool("loud", false, "heard in nearby rooms")));

    private Chime() {
    }

    static Behaviour behaviour() {
        return new Behaviour(SPEC, (thing, definition, context) -> {
            LoopingCall loop = LoopingCall.of(context.reactor(), "chime " + thing.id(), () -> context.deliver(
                    new Event(null, null, null, thing, thing.room(), null, null, "{subject} chimes: {text}.",
                            definition.text("sound"))));
            loop.start(definition.duration("every"), false);
            return loop::stop;
        });
    }
}
