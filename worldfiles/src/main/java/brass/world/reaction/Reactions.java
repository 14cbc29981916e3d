package brass.world.reaction;

import brass.engine.loop.LoopingCall;
import brass.engine.reactor.DelayedCall;
import brass.world.action.Hooks;
import brass.world.action.Movement;
import brass.world.files.definition.WorldDefinition;
import brass.world.game.Game;
import brass.world.language.Event;
import brass.world.model.Thing;
import brass.world.model.World;
import brass.world.parser.Command;
import brass.world.script.ScriptCall;
import brass.world.script.Scripts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A world's reactions, running: it hears what actors do (as the game's {@link Hooks}) and what
 * the world sees (a witness of every event), and fires the reactions written for it; it keeps a
 * count-aware {@link LoopingCall} for each timer, and the delayed rest of each reaction that
 * waits. {@link #stop} undoes all of it, so that a reload can start the new files' reactions
 * exactly once. Everything here runs on the game loop.
 */
public final class Reactions implements Hooks {

    private static final Logger log = LoggerFactory.getLogger(Reactions.class);

    /** How deeply reactions may set each other off (a reaction's effect firing another, and so on). */
    public static final int MAX_DEPTH = 8;

    /** What the roles condition asks: whether a player has a role ({@code builder}, {@code admin}). */
    public interface Roles extends BiPredicate<Thing, String> {
    }

    private final Game game;
    private final WorldDefinition definition;
    private final Scripts scripts;
    private final ReactionEffects effects;
    private final Conditions conditions;
    private final Map<Trigger.Kind, List<Bound>> byKind = new EnumMap<>(Trigger.Kind.class);
    private final Map<Thing, List<Bound>> byHost = new IdentityHashMap<>();
    // The areas' own reactions, by trigger; each room of an area that has some, with its area; the
    // rooms of each such area in file order.
    private final Map<Trigger.Kind, List<AreaBound>> areaByKind = new EnumMap<>(Trigger.Kind.class);
    private final Map<Thing, String> areaOf = new IdentityHashMap<>();
    private final Map<String, List<Thing>> roomsOf = new HashMap<>();
    // The area each mover was last seen leaving a room of, until its arrival is seen: whether it came from outside.
    private final Map<Thing, String> cameFrom = new IdentityHashMap<>();
    private final Consumer<Event> witness = this::witnessed;
    private final List<LoopingCall> loops = new ArrayList<>();
    private final Set<DelayedCall> waiting = new LinkedHashSet<>();
    // Gifts accepted this turn and the reactions that accepted them, run once the give is told.
    private final Map<Thing, List<Bound>> accepted = new IdentityHashMap<>();
    // Arrivals and departures seen, fired once the move that made them has been told.
    private final List<Seen> seen = new ArrayList<>();
    private boolean flushQueued;
    private int depth;
    private boolean stopped;

    /**
     * A reaction and the thing it is written on; an area's reaction is bound, each time it fires,
     * to the room it fires in.
     */
    record Bound(Thing host, Reaction reaction) {
    }

    /** A reaction written on an area, and the area's name. */
    record AreaBound(String area, Reaction reaction) {
    }

    /** A reaction to an arrival or departure, waiting for the move to be told. */
    record Seen(Bound bound, Firing firing) {
    }

    /** One firing: who set it off, where, and what the trigger carried. */
    record Firing(Thing player, Thing room, String text, Thing thing) {
    }

    private Reactions(Game game, WorldDefinition definition, Scripts scripts, RandomGenerator random, Roles roles) {
        this.game = game;
        this.definition = definition;
        this.scripts = scripts;
        this.effects = new ReactionEffects(game, definition::prototypes);
        this.conditions = new Conditions(game.world(), random, roles);
    }

    /**
     * Starts {@code definition}'s reactions in {@code game}: hooks, witness, timers, and (when
     * {@code worldStarting}, not at a reload) the {@code start} reactions. Call on the loop.
     */
    public static Reactions start(Game game, WorldDefinition definition, Scripts scripts, RandomGenerator random,
                                  Roles roles, boolean worldStarting) {
        game.reactor().checkInLoop();
        Reactions r = new Reactions(Objects.requireNonNull(game, "game"), definition, scripts, random, roles);
        World world = game.world();
        definition.reactions().forEach((id, list) -> world.find(id).ifPresent(host -> {
            for (Reaction reaction : list) {
                Bound b = new Bound(host, reaction);
                r.byKind.computeIfAbsent(reaction.trigger().kind(), k -> new ArrayList<>()).add(b);
                r.byHost.computeIfAbsent(host, k -> new ArrayList<>()).add(b);
            }
        }));
        definition.areaReactions().forEach((area, list) -> {
            for (Reaction reaction : list) {
                r.areaByKind.computeIfAbsent(reaction.trigger().kind(), k -> new ArrayList<>())
                        .add(new AreaBound(area, reaction));
            }
            definition.rooms().values().stream().filter(room -> room.area().equals(area))
                    .forEach(room -> world.find(room.id()).ifPresent(t -> {
                        r.areaOf.put(t, area);
                        r.roomsOf.computeIfAbsent(area, a -> new ArrayList<>()).add(t);
                    }));
        });
        game.hooks(r);
        game.addWitness(r.witness);
        for (Bound b : r.byKind.getOrDefault(Trigger.Kind.EVERY, List.of())) {
            r.startTimer(b);
        }
        for (AreaBound a : r.areaByKind.getOrDefault(Trigger.Kind.EVERY, List.of())) {
            r.startAreaTimer(a);
        }
        if (worldStarting) {
            for (Bound b : r.byKind.getOrDefault(Trigger.Kind.START, List.of())) {
                r.fire(b, new Firing(null, b.host.room(), null, null));
            }
            for (AreaBound a : r.areaByKind.getOrDefault(Trigger.Kind.START, List.of())) {
                // Once, in the area's first room.
                r.roomsOf.getOrDefault(a.area, List.of()).stream().findFirst()
                        .ifPresent(room -> r.fire(new Bound(room, a.reaction), new Firing(null, room, null, null)));
            }
        }
        return r;
    }

    /**
     * An area was reset (timed or forced): the counters on what it covers start over, and the
     * reactions written {@code on: reset} on things in its rooms run, in the same turn, then the
     * area's own, once in each of its rooms where a player is. On the loop.
     */
    public void areaReset(String area, Set<String> rooms, Set<String> things) {
        areaReset(rooms, things);
        for (AreaBound a : areaByKind.getOrDefault(Trigger.Kind.RESET, List.of())) {
            if (a.area.equals(area)) {
                inOccupiedRooms(a, 1);
            }
        }
    }

    /**
     * The counters on what an area's reset covers start over, and the reactions written {@code on:
     * reset} on things in its rooms run. On the loop.
     */
    public void areaReset(Set<String> rooms, Set<String> things) {
        if (stopped) {
            return;
        }
        for (String id : things) {
            game.world().find(id).ifPresent(t -> game.world().counters().replace(t, Map.of()));
        }
        for (Bound b : byKind.getOrDefault(Trigger.Kind.RESET, List.of())) {
            Thing room = b.host.room();
            if (room != null && rooms.contains(room.id())) {
                fire(b, new Firing(null, room, null, null));
            }
        }
    }

    /** Stops every timer and every waiting reaction, and stops listening. Call on the loop. */
    public void stop() {
        stopped = true;
        if (game.hooks() == this) {
            game.hooks(Hooks.NONE);
        }
        game.removeWitness(witness);
        loops.forEach(l -> {
            if (l.isRunning()) {
                l.stop();
            }
        });
        waiting.forEach(DelayedCall::cancel);
        waiting.clear();
    }

    /** How many reactions are running, the areas' included. */
    public int size() {
        return byHost.values().stream().mapToInt(List::size).sum()
                + areaByKind.values().stream().mapToInt(List::size).sum();
    }

    /** The checker of conditions these reactions use, which topics share (the same random numbers and roles). */
    public Conditions conditions() {
        return conditions;
    }

    /** The effects reactions and scripts carry out, for a caller that runs a script itself. */
    public ReactionEffects effects() {
        return effects;
    }

    private void startTimer(Bound b) {
        int cap = b.reaction.trigger().maxCatchUp();
        LoopingCall loop = LoopingCall.withCount(game.reactor(), "reaction " + b.reaction.position(), count -> {
            // A stalled loop makes up what it missed, up to the builder's cap, and no more.
            for (long i = 0; i < Math.min(count, cap) && !b.host.isRemoved(); i++) {
                fire(b, new Firing(null, b.host.room(), null, null));
            }
        });
        loop.start(b.reaction.trigger().every(), false);
        loops.add(loop);
    }

    private void startAreaTimer(AreaBound a) {
        int cap = a.reaction.trigger().maxCatchUp();
        LoopingCall loop = LoopingCall.withCount(game.reactor(), "reaction " + a.reaction.position(),
                count -> inOccupiedRooms(a, Math.min(count, cap)));
        loop.start(a.reaction.trigger().every(), false);
        loops.add(loop);
    }

    /** Fires an area's reaction {@code times} times in each of its rooms where a player is, in file order. */
    private void inOccupiedRooms(AreaBound a, long times) {
        for (Thing room : roomsOf.getOrDefault(a.area, List.of())) {
            if (!room.isRemoved() && room.contents().stream().anyMatch(Thing::isPlayer)) {
                for (long i = 0; i < times; i++) {
                    fire(new Bound(room, a.reaction), new Firing(null, room, null, null));
                }
            }
        }
    }

    /**
     * An area's {@code enters} and {@code leaves} reactions that a move sets off: only one into the
     * area from outside it (or from out of the game), or out of it. The mover is already where it
     * went when its departure is seen.
     */
    private void areaMove(Event e, boolean arrival, Thing room, Thing mover) {
        String area = areaOf.get(room);
        if (!arrival) {
            Thing now = mover.room();
            // A player who quits is told of before going to limbo: still in the room, but out of the game.
            boolean inGame = now != null && now != game.world().limbo() && !e.toOthers().endsWith("left the game.");
            if (inGame) {
                cameFrom.put(mover, area == null ? "" : area);
            } else {
                cameFrom.remove(mover);
            }
            if (area == null || inGame && area.equals(areaOf.get(now))) {
                return;
            }
        } else {
            String from = cameFrom.remove(mover);
            if (area == null || area.equals(from)) {
                return;
            }
        }
        Trigger.Kind kind = arrival ? Trigger.Kind.ENTERS : Trigger.Kind.LEAVES;
        for (AreaBound a : areaByKind.getOrDefault(kind, List.of())) {
            if (a.area.equals(area)) {
                seen.add(new Seen(new Bound(room, a.reaction), new Firing(mover, room, null, null)));
            }
        }
    }

    // ---- hearing the world -------------------------------------------------------------------

    private void witnessed(Event e) {
        boolean arrival = Movement.isArrival(e);
        if (!arrival && !Movement.isDeparture(e)) {
            return;
        }
        Trigger.Kind kind = arrival ? Trigger.Kind.ENTERS : Trigger.Kind.LEAVES;
        Thing room = e.place();
        Thing mover = e.actor();
        for (Bound b : byKind.getOrDefault(kind, List.of())) {
            // The room itself, or anything standing in it: those who see the mover come or go.
            if (b.host != mover && (b.host == room || b.host.room() == room)) {
                seen.add(new Seen(b, new Firing(mover, room, null, null)));
            }
        }
        if (!areaOf.isEmpty()) {
            areaMove(e, arrival, room, mover);
        }
        if (!seen.isEmpty() && !flushQueued) {
            // After the rest of the move is told (the walker reads the new room first): at the end of
            // the action that moved it, or, for what moved on its own, in a task of its own.
            flushQueued = true;
            try {
                game.reactor().execute(this::flushSeen);
            } catch (java.util.concurrent.RejectedExecutionException full) {
                flushSeen();
            }
        }
    }

    /** Fires the arrivals and departures seen since the last flush, in the order seen. */
    private void flushSeen() {
        flushQueued = false;
        while (!seen.isEmpty() && !stopped) {
            Seen next = seen.remove(0);
            if (next.bound.host.room() == next.firing.room || next.bound.host == next.firing.room) {
                fire(next.bound, next.firing);
            }
        }
    }

    @Override
    public void acted(Thing actor, Command command, List<Event> events) {
        flushSeen();
        String verb = command.verb().name();
        switch (verb) {
            case "say" -> spoken(actor, command.text(), events);
            case "whisper" -> events.stream().filter(e -> e.actor() == actor && e.target() != null).findFirst()
                    .ifPresent(e -> heard(Trigger.Kind.WHISPERS, e.target(), actor, command.text()));
            case "give" -> gifts(actor, events);
            case "examine", "look" -> {
                if (!command.objects().isEmpty() && command.preposition() == null || "at".equals(command.preposition())) {
                    command.objects().forEach(o -> deed(Trigger.Kind.EXAMINED, o, actor));
                }
            }
            default -> {
                Trigger.Kind kind = switch (verb) {
                    case "take" -> Trigger.Kind.TAKEN;
                    case "drop" -> Trigger.Kind.DROPPED;
                    case "open" -> Trigger.Kind.OPENED;
                    case "close" -> Trigger.Kind.CLOSED;
                    case "lock" -> Trigger.Kind.LOCKED;
                    case "unlock" -> Trigger.Kind.UNLOCKED;
                    case "light" -> Trigger.Kind.LIT;
                    default -> null;
                };
                if (kind != null) {
                    for (Thing o : command.objects()) {
                        if (actedOn(o, events)) {
                            deed(kind, o, actor);
                        }
                    }
                }
            }
        }
    }

    /** Whether an event others can see has {@code o} as its subject: the action did it, not refused it. */
    private static boolean actedOn(Thing o, List<Event> events) {
        for (Event e : events) {
            if (e.subject() == o && !e.isPrivateToActor()) {
                return true;
            }
        }
        return false;
    }

    private void deed(Trigger.Kind kind, Thing thing, Thing actor) {
        for (Bound b : byHost.getOrDefault(thing, List.of())) {
            if (b.reaction.trigger().kind() == kind) {
                fire(b, new Firing(actor, actor.room(), null, thing));
            }
        }
    }

    private void spoken(Thing speaker, String text, List<Event> events) {
        List<Bound> all = byKind.getOrDefault(Trigger.Kind.SAYS, List.of());
        if (text == null || events.stream().allMatch(Event::isPrivateToActor)) {
            return;
        }
        Thing room = speaker.room();
        for (Bound b : all) {
            if (b.host != speaker && (b.host == room || b.host.room() == room) && b.reaction.trigger().matches(text)) {
                fire(b, new Firing(speaker, room, text, null));
            }
        }
        String area = room == null ? null : areaOf.get(room);
        for (AreaBound a : area == null ? List.<AreaBound>of() : areaByKind.getOrDefault(Trigger.Kind.SAYS, List.of())) {
            if (a.area.equals(area) && a.reaction.trigger().matches(text)) {
                fire(new Bound(room, a.reaction), new Firing(speaker, room, text, null));
            }
        }
    }

    private void heard(Trigger.Kind kind, Thing listener, Thing speaker, String text) {
        for (Bound b : byHost.getOrDefault(listener, List.of())) {
            if (b.reaction.trigger().kind() == kind && b.reaction.trigger().matches(text)) {
                fire(b, new Firing(speaker, speaker.room(), text, null));
            }
        }
    }

    @Override
    public boolean accepts(Thing receiver, Thing giver, Thing gift) {
        for (Bound b : byHost.getOrDefault(receiver, List.of())) {
            Trigger t = b.reaction.trigger();
            if (t.kind() == Trigger.Kind.GIVEN && (t.things().isEmpty() || t.things().contains(gift.id()))
                    && holds(b, new Firing(giver, giver.room(), null, gift))) {
                accepted.computeIfAbsent(gift, k -> new ArrayList<>()).add(b);
                return true;
            }
        }
        return false;
    }

    private void gifts(Thing giver, List<Event> events) {
        for (Event e : events) {
            List<Bound> chosen = e.subject() == null ? null : accepted.remove(e.subject());
            if (chosen != null && e.actor() == giver && e.target() != null) {
                for (Bound b : chosen) {
                    run(b, new Firing(giver, giver.room(), null, e.subject()), 0);
                }
            }
        }
        accepted.clear();
    }

    @Override
    public boolean reactsToBeingTaken(Thing actor) {
        return byHost.getOrDefault(actor, List.of()).stream()
                .anyMatch(b -> b.reaction.trigger().kind() == Trigger.Kind.TAKEN);
    }

    @Override
    public boolean asked(Thing asker, Thing actor, String topic) {
        for (Bound b : byHost.getOrDefault(actor, List.of())) {
            if (b.reaction.trigger().kind() == Trigger.Kind.ASKED && b.reaction.trigger().matches(topic)) {
                Firing f = new Firing(asker, asker.room(), topic, null);
                if (holds(b, f)) {
                    // The question is told first and the answer after it: the reaction runs once
                    // the action that asked has been narrated, as a reaction to an arrival does.
                    try {
                        game.reactor().execute(() -> run(b, f, 0));
                    } catch (java.util.concurrent.RejectedExecutionException full) {
                        run(b, f, 0);
                    }
                    return true;
                }
            }
        }
        return false;
    }

    // ---- firing ------------------------------------------------------------------------------

    private void fire(Bound b, Firing f) {
        if (holds(b, f)) {
            run(b, f, 0);
        }
    }

    private boolean holds(Bound b, Firing f) {
        if (b.host.isRemoved()) {
            return false;
        }
        return conditions.hold(b.reaction.conditions(), scene(b, f));
    }

    /** The thing a reference names in this firing, or null when there is none (no player, removed). */
    private Thing resolve(String ref, Bound b, Firing f) {
        return conditions.resolve(ref, scene(b, f));
    }

    private static Conditions.Scene scene(Bound b, Firing f) {
        return new Conditions.Scene(b.host, f.player, f.thing, f.room != null ? f.room : b.host.room());
    }

    /** Runs {@code b}'s effects from {@code from} on; a wait hands the rest to a timer. */
    private void run(Bound b, Firing f, int from) {
        if (depth >= MAX_DEPTH) {
            log.warn("reaction at {} not run: reactions set each other off {} deep", b.reaction.position(), MAX_DEPTH);
            return;
        }
        depth++;
        try {
            List<Effect> list = b.reaction.effects();
            for (int i = from; i < list.size(); i++) {
                if (stopped || b.host.isRemoved()) {
                    return;
                }
                if (list.get(i) instanceof Effect.Wait wait) {
                    int next = i + 1;
                    DelayedCall[] call = new DelayedCall[1];
                    call[0] = game.reactor().callLater(wait.pause(), "reaction " + b.reaction.position(), () -> {
                        waiting.remove(call[0]);
                        run(b, f, next);
                    });
                    waiting.add(call[0]);
                    return;
                }
                try {
                    apply(list.get(i), b, f);
                } catch (RuntimeException e) {
                    // One effect that cannot happen (its thing is gone) does not stop the others.
                    log.warn("reaction at {}: {} failed: {}", b.reaction.position(), list.get(i), e.getMessage());
                }
            }
        } finally {
            depth--;
        }
    }

    private void apply(Effect effect, Bound b, Firing f) {
        Thing self = b.host;
        Thing room = f.room != null ? f.room : self.room();
        if (effect instanceof Effect.Say say) {
            effects.say(self, say.text());
        } else if (effect instanceof Effect.Emote emote) {
            effects.emoteAs(self, f.player, f.thing, emote.text());
        } else if (effect instanceof Effect.Tell tell) {
            if (f.player != null) {
                effects.tellOne(self, f.player, f.thing, tell.text());
            }
        } else if (effect instanceof Effect.Show show) {
            if (show.exceptPlayer() && f.player != null) {
                effects.showOthers(self, f.player, f.thing, room, show.text());
            } else if (room != null) {
                effects.showAll(self, f.player, f.thing, room, show.text());
            }
        } else if (effect instanceof Effect.Move move) {
            effects.move(need(move.thing(), b, f), need(move.to(), b, f));
        } else if (effect instanceof Effect.MovePlayer move) {
            effects.movePlayer(need(Ref.PLAYER, b, f), need(move.room(), b, f));
        } else if (effect instanceof Effect.Give give) {
            effects.give(self, need(give.thing(), b, f), need(give.to(), b, f));
        } else if (effect instanceof Effect.Take take) {
            effects.take(self, need(take.thing(), b, f));
        } else if (effect instanceof Effect.Change change) {
            Thing thing = need(change.thing(), b, f);
            switch (change.verb()) {
                case OPEN -> effects.open(self, thing);
                case CLOSE -> effects.close(self, thing);
                case LOCK -> effects.lock(self, thing);
                case UNLOCK -> effects.unlock(self, thing);
                case LIGHT -> effects.light(self, thing);
                case EXTINGUISH -> effects.extinguish(self, thing);
            }
        } else if (effect instanceof Effect.Create create) {
            effects.create(create.prototype(), need(create.in(), b, f));
        } else if (effect instanceof Effect.Destroy destroy) {
            effects.destroy(need(destroy.thing(), b, f));
        } else if (effect instanceof Effect.Set set) {
            effects.setCounter(need(set.of(), b, f), set.name(), set.value());
        } else if (effect instanceof Effect.Add add) {
            effects.addCounter(need(add.of(), b, f), add.name(), add.by());
        } else if (effect instanceof Effect.Script script) {
            scripts.call(new ScriptCall(script.function(), self, f.player, room, f.text, f.thing), effects);
        }
    }

    private Thing need(String ref, Bound b, Firing f) {
        Thing t = resolve(ref, b, f);
        if (t == null) {
            throw new IllegalStateException("'" + ref + "' is not there");
        }
        return t;
    }
}
