package brass.world.reaction;

import brass.world.action.Descriptions;
import brass.world.build.WorldBuilder;
import brass.world.files.definition.ThingDefinition;
import brass.world.game.Game;
import brass.world.game.TurnResult;
import brass.world.language.Event;
import brass.world.model.Thing;
import brass.world.model.World;
import brass.world.script.ScriptEffects;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The effects of reactions and scripts, carried out on the running game. An actor's deed (say,
 * give, take, open, lock, light) is the verb's own action ({@link Game#perform(Thing, String,
 * List, String, Thing, String)} with the things already chosen), so everyone reads it as they
 * read a player doing it and the action's rules hold (a locked chest needs its key); a room or a
 * thing that is not an actor changes the state itself and the room is told. Messages are events,
 * read per observer. Runs on the game loop.
 */
public final class ReactionEffects implements ScriptEffects {

    private static final Logger log = LoggerFactory.getLogger(ReactionEffects.class);

    private final Game game;
    private final Supplier<Map<String, ThingDefinition>> prototypes;

    /** Effects on {@code game}, making things from the prototypes {@code prototypes} gives now. */
    public ReactionEffects(Game game, Supplier<Map<String, ThingDefinition>> prototypes) {
        this.game = Objects.requireNonNull(game, "game");
        this.prototypes = Objects.requireNonNull(prototypes, "prototypes");
    }

    /**
     * A builder's text as an event template: {@code {self}}, {@code {player}} and {@code {thing}}
     * (with the usual forms, {@code {player.name}}, {@code {self.they}}) name the one reacting,
     * the player and the thing, each as its observer should read it.
     */
    static String template(String text) {
        return text.replace("{self", "{actor").replace("{player", "{target").replace("{thing", "{subject");
    }

    /** Everyone in {@code room} reads {@code text} (a template), {@code player} included. */
    void showAll(Thing self, Thing player, Thing thing, Thing room, String text) {
        String t = template(text);
        game.deliver(new Event(self, player, null, thing, room, t, t, t, null));
    }

    /** Only {@code player} reads {@code text} (a template). */
    void tellOne(Thing self, Thing player, Thing thing, String text) {
        game.deliver(new Event(self, player, null, thing, null, null, template(text), null, null));
    }

    /** Everyone in {@code room} but {@code player} reads {@code text} (a template). */
    void showOthers(Thing self, Thing player, Thing thing, Thing room, String text) {
        // The player is the event's actor, who is told nothing; so the template's roles swap.
        String t = text.replace("{self", "{target").replace("{player", "{actor").replace("{thing", "{subject");
        game.deliver(new Event(player, self, null, thing, room, null, t, t, null));
    }

    /** {@code self} is seen doing {@code text} (a template): "Sprocket wriggles free of you." */
    void emoteAs(Thing self, Thing player, Thing thing, String text) {
        String t = "{actor.named} " + template(text);
        game.deliver(new Event(self, player, null, thing, self.room(), t, t, t, null));
    }

    @Override
    public void say(Thing speaker, String text) {
        if (speaker.isActor()) {
            perform(speaker, "say", List.of(), null, null, text);
        } else {
            game.deliver(Event.everyone(speaker, speaker.room(), "{actor} says, \"{text}\"").withText(text));
        }
    }

    @Override
    public void emote(Thing actor, String text) {
        emoteAs(actor, null, null, text);
    }

    @Override
    public void tell(Thing player, String text) {
        game.deliver(Event.reply(player, text));
    }

    @Override
    public void show(Thing room, String text, Thing except) {
        game.deliver(new Event(except, null, null, null, room, null, null, "{text}", null).withText(text));
    }

    @Override
    public void move(Thing thing, Thing place) {
        String why = thing.whyCannotMoveTo(place);
        if (why != null) {
            throw new IllegalArgumentException("'" + thing.id() + "' cannot go into '" + place.id() + "': " + why);
        }
        Thing was = thing.room();
        thing.moveTo(place);
        if (thing.isActor() && was != thing.room()) {
            // Seen to go and to come, as a walker is, so those watching doorways react to it.
            if (was != null) {
                game.deliver(new Event(thing, null, null, null, was, null, null, "{actor} leaves.", null));
            }
            if (thing.room() != null) {
                game.deliver(new Event(thing, null, null, null, thing.room(), null, null, "{actor} arrives.", null));
            }
        }
    }

    @Override
    public void movePlayer(Thing player, Thing room) {
        if (!room.isRoom()) {
            throw new IllegalArgumentException("'" + room.id() + "' is not a room");
        }
        move(player, room);
        game.session(player).ifPresent(s -> s.send(Descriptions.room(room, player)));
    }

    @Override
    public void give(Thing giver, Thing thing, Thing receiver) {
        if (!giver.isActor()) {
            // A room or a thing cannot hand anything over: what it gives appears in the receiver's hands.
            move(thing, receiver);
            game.deliver(new Event(null, receiver, null, thing, receiver.room(), null, "You receive {subject}.",
                    "{target} receives {subject}.", null));
            return;
        }
        perform(giver, "give", List.of(thing), "to", receiver, null);
    }

    @Override
    public void take(Thing taker, Thing thing) {
        if (!taker.isActor()) {
            move(thing, taker);
            return;
        }
        perform(taker, "take", List.of(thing), null, null, null);
    }

    @Override
    public void open(Thing by, Thing thing) {
        change(by, thing, "open", () -> thing.open(true), "{subject} opens.");
    }

    @Override
    public void close(Thing by, Thing thing) {
        change(by, thing, "close", () -> thing.open(false), "{subject} closes.");
    }

    @Override
    public void lock(Thing by, Thing thing) {
        change(by, thing, "lock", () -> thing.open(false).locked(true), "{subject} locks with a click.");
    }

    @Override
    public void unlock(Thing by, Thing thing) {
        change(by, thing, "unlock", () -> thing.locked(false), "{subject} unlocks with a click.");
    }

    @Override
    public void light(Thing by, Thing thing) {
        change(by, thing, "light", () -> thing.lit(true), "{subject} lights up.");
    }

    @Override
    public void extinguish(Thing by, Thing thing) {
        change(by, thing, "extinguish", () -> thing.lit(false), "{subject} goes out.");
    }

    /**
     * An actor does it with the verb's action; anything else makes it so, when the thing can be so,
     * and the rooms it stands in see it happen.
     */
    private void change(Thing by, Thing thing, String verb, Runnable set, String seen) {
        if (by.isActor()) {
            perform(by, verb, List.of(thing), null, null, null);
            return;
        }
        boolean can = switch (verb) {
            case "open" -> thing.isOpenable() && !thing.isOpen() && !thing.isLocked();
            case "close" -> thing.isOpenable() && thing.isOpen();
            case "lock" -> thing.isLockable() && !thing.isLocked();
            case "unlock" -> thing.isLockable() && thing.isLocked();
            case "light" -> thing.isLightSource() && !thing.isLit();
            default -> thing.isLightSource() && thing.isLit();
        };
        if (!can) {
            log.debug("{} cannot {} {}", by.id(), verb, thing.id());
            return;
        }
        set.run();
        List<Thing> rooms = thing.isDoor() ? thing.world().sides(thing) : thing.room() == null ? List.of()
                : List.of(thing.room());
        for (Thing room : rooms) {
            game.deliver(new Event(null, null, null, thing, room, null, null, seen, null));
        }
    }

    @Override
    public Thing create(String prototype, Thing place) {
        ThingDefinition made = prototypes.get().get(prototype);
        if (made == null) {
            throw new IllegalArgumentException("there is no prototype '" + prototype + "' that things are made from");
        }
        World world = game.world();
        Thing thing = WorldBuilder.make(world, world.nextMadeId(prototype), prototype, made);
        // Quietly: the reaction or script that makes it says how it comes to be there.
        thing.moveTo(place);
        return thing;
    }

    @Override
    public void destroy(Thing thing) {
        if (thing.isPlayer() || thing.isRoom()) {
            throw new IllegalArgumentException("'" + thing.id() + "' is a " + (thing.isRoom() ? "room" : "player")
                    + " and cannot be destroyed");
        }
        // Quietly, as create: the reaction or script says how it goes. A thing of the files stays
        // destroyed, across restarts too, until its area's reset makes it again.
        game.world().destroy(thing);
    }

    @Override
    public long counter(Thing thing, String name) {
        return game.world().counters().get(thing, name);
    }

    @Override
    public void setCounter(Thing thing, String name, long value) {
        game.world().counters().set(thing, name, value);
    }

    @Override
    public long addCounter(Thing thing, String name, long by) {
        return game.world().counters().add(thing, name, by);
    }

    private void perform(Thing actor, String verb, List<Thing> objects, String preposition, Thing second, String text) {
        TurnResult done = game.perform(actor, verb, objects, preposition, second, text);
        if (!done.happened() && done.reply().isPresent()) {
            // Refused, as a player would be: the builder finds out why in the log.
            log.info("{} could not {}: {}", actor.id(), verb, done.reply().get());
        }
    }
}
