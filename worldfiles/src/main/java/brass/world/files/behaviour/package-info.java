/**
 * What the checker knows of a behaviour: its {@link brass.world.files.behaviour.BehaviourSpec}
 * (name, what it may be attached to, typed parameters with defaults and ranges, rules across
 * parameters) and how builders write durations. A spec is never registered alone: it is half of
 * a {@link brass.world.behaviour.Behaviour}, whose other half is the code that runs it, and the
 * checker and the running world read the same {@link brass.world.behaviour.BehaviourRegistry}.
 */
package brass.world.files.behaviour;
