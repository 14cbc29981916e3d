package brass.world.script;

import brass.world.action.Descriptions;
import brass.world.game.Game;
import brass.world.language.Event;
import brass.world.model.Thing;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The script effects carried out on the real model, for tests: what an actor does goes through
 * the verb's own action ({@code game.perform}), so observers read "Pembrook gives you the brass
 * key." and "Pembrook gives the brass key to Alice."; messages go out as events; counters exist
 * once declared. The reactions' effect code will implement {@link ScriptEffects} the same way,
 * with commands resolved by id rather than by name.
 */
public final class ModelEffects implements ScriptEffects {

    private final Game game;
    private final Map<String, String> prototypes;
    private final Map<Thing, Map<String, Long>> counters = new IdentityHashMap<>();
    private final Map<String, Integer> made = new HashMap<>();
    /** Runs after each effect: how a test sets off a reaction from inside a script. */
    Consumer<String> afterEffect = effect -> { };

    /** Effects on {@code game}'s world; {@code prototypes} by id, each the name of what it makes. */
    public ModelEffects(Game game, Map<String, String> prototypes) {
        this.game = game;
        this.prototypes = prototypes;
    }

    /** Gives {@code thing} the counter {@code name}, at {@code value}. */
    void declare(Thing thing, String name, long value) {
        counters.computeIfAbsent(thing, t -> new HashMap<>()).put(name, value);
    }

    private void perform(Thing actor, String line) {
        game.perform(actor, line);
        afterEffect.accept(line);
    }

    @Override
    public void say(Thing speaker, String text) {
        perform(speaker, "say " + text);
    }

    @Override
    public void emote(Thing actor, String text) {
        perform(actor, "emote " + text);
    }

    @Override
    public void tell(Thing player, String text) {
        game.deliver(Event.reply(player, text));
    }

    @Override
    public void show(Thing room, String text, Thing except) {
        // The one left out is the event's actor, who is told nothing.
        game.deliver(new Event(except, null, null, null, room, null, null, text, null));
    }

    @Override
    public void move(Thing thing, Thing place) {
        if (thing.whyCannotMoveTo(place) != null) {
            throw new IllegalArgumentException("'" + thing.id() + "' cannot go into '" + place.id() + "'");
        }
        thing.moveTo(place);
    }

    @Override
    public void movePlayer(Thing player, Thing room) {
        player.moveTo(room);
        game.session(player).ifPresent(s -> s.send(Descriptions.room(room, player)));
    }

    @Override
    public void give(Thing giver, Thing thing, Thing receiver) {
        perform(giver, "give " + thing.name() + " to " + receiver.name());
    }

    @Override
    public void take(Thing taker, Thing thing) {
        perform(taker, "take " + thing.name());
    }

    @Override
    public void open(Thing by, Thing thing) {
        perform(by, "open " + thing.name());
    }

    @Override
    public void close(Thing by, Thing thing) {
        perform(by, "close " + thing.name());
    }

    @Override
    public void lock(Thing by, Thing thing) {
        perform(by, "lock " + thing.name());
    }

    @Override
    public void unlock(Thing by, Thing thing) {
        perform(by, "unlock " + thing.name());
    }

    @Override
    public void light(Thing by, Thing thing) {
        perform(by, "light " + thing.name());
    }

    @Override
    public void extinguish(Thing by, Thing thing) {
        perform(by, "extinguish " + thing.name());
    }

    @Override
    public Thing create(String prototype, Thing place) {
        String name = prototypes.get(prototype);
        if (name == null) {
            throw new IllegalArgumentException("there is no prototype '" + prototype + "'");
        }
        int n = made.merge(prototype, 1, Integer::sum);
        return game.world().object(prototype + "-" + n, name, place);
    }

    @Override
    public void destroy(Thing thing) {
        game.world().remove(thing);
    }

    @Override
    public long counter(Thing thing, String name) {
        return values(thing, name).get(name);
    }

    @Override
    public void setCounter(Thing thing, String name, long value) {
        values(thing, name).put(name, value);
    }

    @Override
    public long addCounter(Thing thing, String name, long by) {
        return values(thing, name).merge(name, by, Long::sum);
    }

    private Map<String, Long> values(Thing thing, String name) {
        Map<String, Long> values = counters.get(thing);
        if (values == null || !values.containsKey(name)) {
            throw new IllegalArgumentException("'" + thing.id() + "' has no flag or counter '" + name + "'");
        }
        return values;
    }
}
