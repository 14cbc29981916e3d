/**
 * The things of the world and where they are. A {@link brass.world.model.World} owns every
 * {@link brass.world.model.Thing} by a stable string id; rooms, doors, objects and actors are
 * all things, told apart by their {@link brass.world.model.Thing.Kind}; what a thing is and can do
 * (a container, openable, wearable) and the states play changes (open, locked, lit, worn) are its
 * {@link brass.world.model.Flag}s; {@link brass.world.model.Wearing} says who wears what, where. Containment is kept
 * consistent by construction: {@link brass.world.model.Thing#moveTo} is the only way to change
 * where a thing is, and it refuses cycles. Nothing here does I/O or knows about players'
 * connections; all state lives on the game loop.
 */
package brass.world.model;
