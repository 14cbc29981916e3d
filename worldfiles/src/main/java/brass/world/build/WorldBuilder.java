package brass.world.build;

import brass.world.files.definition.ActorDefinition;
import brass.world.files.definition.DoorDefinition;
import brass.world.files.definition.ExitDefinition;
import brass.world.files.definition.Placement;
import brass.world.files.definition.RoomDefinition;
import brass.world.files.definition.ThingDefinition;
import brass.world.files.definition.WorldDefinition;
import brass.world.model.Exit;
import brass.world.model.Flag;
import brass.world.model.Wearing;
import brass.world.model.Thing;
import brass.world.model.World;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a live {@link World} from a checked {@link WorldDefinition}: rooms, doors shared by
 * both their exits, things with every flag, non-player actors, placements, exits and the start
 * room. Text is copied as written, colour markup included: rendering is the adapters' job.
 *
 * <p>The steps are public so that a reload can apply one definition to one existing thing in
 * exactly the way a fresh build would; that is what makes "reload" and "restart" agree.
 *
 * <p>Flags are copied by one step for every kind ({@link #applyFlags}): a new {@link Flag} needs
 * nothing here.
 */
public final class WorldBuilder {

    private WorldBuilder() {
    }

    /** A fresh world, built in definition order so that the result is the same on every run. */
    public static World build(WorldDefinition definition) {
        World world = new World();
        for (RoomDefinition r : definition.rooms().values()) {
            applyRoom(world.room(r.id(), r.name(), r.description()), r);
        }
        for (DoorDefinition d : definition.doors().values()) {
            applyDoor(world.door(d.id(), d.name()), d, true);
        }
        // Everything is made (in limbo) before anything is placed, because a thing may be placed
        // in a container that is defined after it.
        for (ActorDefinition a : definition.actors().values()) {
            applyActor(world.actor(a.id(), a.name(), world.limbo()), a);
        }
        for (ThingDefinition t : definition.things().values()) {
            applyThing(world.object(t.id(), t.name(), world.limbo()), t, true);
        }
        for (ActorDefinition a : definition.actors().values()) {
            world.get(a.id()).moveTo(world.get(a.room()));
        }
        for (ThingDefinition t : definition.things().values()) {
            world.get(t.id()).moveTo(startPlace(world, t));
            dress(world.get(t.id()), t);
        }
        for (RoomDefinition r : definition.rooms().values()) {
            connectExits(world, r);
        }
        world.startRoom(world.get(definition.start()));
        applySettings(world, definition);
        return world;
    }

    /**
     * Copies what the model keeps of world.yaml's settings (the message of the day), the help
     * entries, and every room's {@code crowd:}.
     */
    public static void applySettings(World world, WorldDefinition definition) {
        world.motd(definition.settings().getOrDefault(WorldDefinition.MOTD, ""));
        world.crowds().set(definition.crowds().world(), definition.crowds().rooms());
        world.help(definition.help());
    }

    // ---- one thing at a time: shared with reload ---------------------------------------------

    /** Copies a room's text and flags. */
    public static void applyRoom(Thing room, RoomDefinition r) {
        room.name(r.name()).description(r.description());
        applyFlags(room, r.flags(), true);
    }

    /** Copies an actor's words, pronouns and flags. Where it stands is not touched. */
    public static void applyActor(Thing actor, ActorDefinition a) {
        actor.name(a.name())
                .adjectives(a.adjectives().toArray(String[]::new))
                .synonyms(a.synonyms().toArray(String[]::new))
                .description(a.description())
                .gender(a.gender());
        applyFlags(actor, a.flags(), true);
    }

    /**
     * Copies a door's words, lock and key. Its open/locked state is set from the definition when
     * {@code resetState}, and otherwise kept as it is now.
     */
    public static void applyDoor(Thing door, DoorDefinition d, boolean resetState) {
        door.name(d.name())
                .adjectives(d.adjectives().toArray(String[]::new))
                .synonyms(d.synonyms().toArray(String[]::new))
                .description(d.description())
                .keyId(d.key().orElse(null));
        applyFlags(door, d.flags(), resetState);
    }

    /**
     * Copies a thing's words, flags and key. Its run-time states (open, locked, lit) are set
     * from the definition when {@code resetState}, and otherwise kept as they are now. Where it
     * is is not touched.
     */
    public static void applyThing(Thing thing, ThingDefinition t, boolean resetState) {
        String wornOn = t.wornOn().orElse(Wearing.DEFAULT_PLACE);
        if (!thing.wornOn().equals(wornOn)) {
            thing.set(Flag.WORN, false); // worn where the files no longer put it: off, so no place holds two
        }
        thing.name(t.name())
                .adjectives(t.adjectives().toArray(String[]::new))
                .synonyms(t.synonyms().toArray(String[]::new))
                .description(t.description())
                .gender(t.gender())
                .keyId(t.is(Flag.LOCKABLE) ? t.key().orElse(null) : null)
                .wornOn(wornOn);
        applyFlags(thing, t.flags(), resetState);
    }

    /**
     * Puts on a thing the files say its carrier starts wearing ({@code worn: true}), once it is in
     * their hands: only what is carried can be worn, and a thing is made in limbo.
     */
    public static void dress(Thing thing, ThingDefinition t) {
        if (t.is(Flag.WORN) && !thing.is(Flag.WORN)) {
            Set<Flag> states = EnumSet.of(Flag.WORN);
            states.addAll(thing.states());
            thing.states(states);
        }
    }

    /**
     * Gives {@code thing} the flags {@code written} says, for every flag its kind is written with:
     * each capability follows the files, except that one carrying a state is only ever given (a
     * thing that loses one is remade, see {@link #losesCapability}); the states are the files'
     * when {@code resetState}, and otherwise stay as they read before.
     */
    private static void applyFlags(Thing thing, Set<Flag> written, boolean resetState) {
        Set<Flag> states = resetState ? written : thing.states();
        for (Flag flag : Flag.writtenOn(thing.kind())) {
            if (!flag.isState() && (written.contains(flag) || !flag.carriesState())) {
                thing.set(flag, written.contains(flag));
            }
        }
        thing.states(states);
    }

    /**
     * True when {@code thing} has a capability that carries a state (a lid, a lock, a flame) and
     * the flags of its new definition ({@code written}) lack it. The model gives these but never
     * takes them away, so a reload replaces such a thing with a fresh one of the same id.
     */
    public static boolean losesCapability(Thing thing, Set<Flag> written) {
        for (Flag flag : Flag.writtenOn(thing.kind())) {
            if (flag.carriesState() && thing.is(flag) && !written.contains(flag)) {
                return true;
            }
        }
        return false;
    }

    /** Where a thing starts: its placement's target, or limbo for a thing placed nowhere. */
    /**
     * A thing made at run time from the prototype {@code prototype} ({@code made}), with the id
     * {@code id}, waiting in limbo: by a reaction or script, or again at a restart from the checkpoint.
     */
    public static Thing make(World world, String id, String prototype, ThingDefinition made) {
        Thing thing = world.made(id, prototype, made.name(), world.limbo());
        applyThing(thing, made, true);
        return thing;
    }

    public static Thing startPlace(World world, ThingDefinition t) {
        Optional<Placement> p = t.placement();
        return p.isPresent() ? world.get(p.get().target()) : world.limbo();
    }

    /**
     * Replaces every exit of a room with the ones its definition gives, synonyms and description
     * included. Exits are values, so a reload that changes an exit's words or text replaces it
     * whole, and players see the change at once.
     */
    public static void connectExits(World world, RoomDefinition r) {
        Thing room = world.get(r.id());
        for (String name : new ArrayList<>(room.exits().keySet())) {
            world.removeExit(room, name);
        }
        for (ExitDefinition e : r.exits()) {
            Thing door = e.door().flatMap(world::find).orElse(null);
            if (e.door().isPresent() && door == null) {
                // Through a door that was destroyed: the way went with it, until a reset makes the door again.
                continue;
            }
            world.exit(room, new Exit(e.name(), e.direction().orElse(null), world.get(e.to()), door, e.synonyms(),
                    e.description()));
        }
    }
}
