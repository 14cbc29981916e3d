package brass.world.reload;

import brass.world.action.Descriptions;
import brass.world.behaviour.BehaviourContext;
import brass.world.behaviour.BehaviourRegistry;
import brass.world.behaviour.RunningBehaviours;
import brass.world.build.WorldBuilder;
import brass.world.files.CheckResult;
import brass.world.files.WorldChecker;
import brass.world.files.definition.ActorDefinition;
import brass.world.files.definition.DoorDefinition;
import brass.world.files.definition.Placement;
import brass.world.files.definition.ExitDefinition;
import brass.world.files.definition.RoomDefinition;
import brass.world.files.definition.ThingDefinition;
import brass.world.files.definition.WorldDefinition;
import brass.world.game.Game;
import brass.world.language.Nouns;
import brass.world.language.Sentences;
import brass.world.model.Flag;
import brass.world.model.Thing;
import brass.world.model.ThingState;
import brass.world.model.World;
import brass.world.reaction.Reactions;
import brass.world.reset.AreaResets;
import brass.world.script.ScriptBudget;
import brass.world.script.ScriptNotices;
import brass.world.script.Scripts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies world files to a running game in place, by id, and owns the world's running
 * behaviours so that a reload can stop every one of them before starting the new set: after any
 * number of reloads each behaviour runs exactly once.
 *
 * <p>The rule (also in {@code docs/WORLD-FILES.md}, "Live reload"):
 * <ul>
 *   <li>Text, flags, locks and keys, darkness, exits and the start room always follow the files.</li>
 *   <li>A thing's states ({@link Flag#states()}: open, locked, lit) are run-time state: kept,
 *       unless the files changed how that thing starts (then every state takes the files' value).</li>
 *   <li>Where a thing is, is run-time state: kept, unless the files changed where it starts;
 *       then it moves there, except that a thing a player carries (however deeply) stays with
 *       the player.</li>
 *   <li>New rooms and things appear where the files put them. A thing that is gone from the
 *       files goes; a player who carried it is told. What it held drops to where it was.</li>
 *   <li>A room that is gone from the files goes; players in it are told and moved to the start
 *       room, and what lay there goes to the start room too.</li>
 *   <li>Only ids from the files are touched: players, limbo and things made at run time stay.</li>
 *   <li>A thing whose files take away a lid, a lock or a flame is remade with the same id,
 *       where it was, holding what it held in the order it held it: the model can add those
 *       capabilities but not remove them. An id that becomes another kind of thing (a thing becoming an actor or a room) is
 *       removed and added anew.</li>
 *   <li>Flags and counters on things and players are run-time state and always stay, a remade
 *       thing's too: the files do not declare them. Reactions are stopped (their timers and waits)
 *       and the new files' started once; {@code start} reactions do not run again.</li>
 *   <li>Scripts ({@code scripts/*.js}) are loaded afresh, in the same {@link Scripts} object: their
 *       top-level variables start over.</li>
 * </ul>
 * Everything here runs on the game loop, except the file reading of {@link #reload()}.
 */
public final class Reloader {

    private static final Logger log = LoggerFactory.getLogger(Reloader.class);

    private final Game game;
    private final Path folder;
    private final Function<Path, CheckResult> checker;
    private final BehaviourRegistry behaviours;
    private final BehaviourContext context;
    private WorldDefinition current;
    private RunningBehaviours running;
    private final Scripts scripts;
    private final RandomGenerator random;
    private Reactions reactions;
    private Reactions.Roles roles = (player, role) -> false;
    private final AreaResets resets;
    private boolean reloading;

    /**
     * Takes charge of {@code game}'s world, which must have been built from {@code current}, and
     * starts its behaviours. Call on the loop.
     *
     * @param behaviours the registry {@code current} was checked against, and every reload is
     * @param checker reads and checks a folder against {@code behaviours} (normally
     *     {@code new WorldChecker(behaviours)::checkFolder}, as {@link #start} gives); runs off the loop
     */
    public Reloader(Game game, Path folder, WorldDefinition current, BehaviourRegistry behaviours,
                    RandomGenerator random, Function<Path, CheckResult> checker) {
        this.game = Objects.requireNonNull(game, "game");
        this.folder = Objects.requireNonNull(folder, "folder");
        this.current = Objects.requireNonNull(current, "current");
        this.behaviours = Objects.requireNonNull(behaviours, "behaviours");
        this.checker = Objects.requireNonNull(checker, "checker");
        this.context = new BehaviourContext(game, random);
        game.reactor().checkInLoop();
        // Until told who the builders are (ReloadCommand.install), script failures go to the log.
        this.scripts = new Scripts(ScriptBudget.DEFAULT, random, Scripts.gameThreadTime(), new ScriptNotices(game, actor -> false));
        scripts.load(current.scripts());
        game.socials(current.socials());
        this.running = RunningBehaviours.start(game.world(), current, behaviours, context);
        this.random = random;
        this.resets = AreaResets.start(game, current);
        this.reactions = Reactions.start(game, current, scripts, random, (player, role) -> roles.test(player, role),
                true);
        // Reactions are remade by a reload; the hook asks for the ones running at the time.
        resets.addHook(outcome -> reactions.areaReset(outcome.area(), outcome.rooms(), outcome.things()));
    }

    /** Who has which role, for reactions' {@code role:} conditions (until told, nobody is a builder). */
    public void roles(Reactions.Roles value) {
        this.roles = Objects.requireNonNull(value, "roles");
    }

    /** The reactions now running. */
    public Reactions reactions() {
        return reactions;
    }

    /** A reloader that checks {@code folder} against {@code behaviours} and runs what they start. */
    public static Reloader start(Game game, Path folder, WorldDefinition current, BehaviourRegistry behaviours,
                                 RandomGenerator random) {
        return new Reloader(game, folder, current, behaviours, random, new WorldChecker(behaviours)::checkFolder);
    }

    public Path folder() {
        return folder;
    }

    /** The definition the world now follows. */
    public WorldDefinition definition() {
        return current;
    }

    /** The behaviours now running. */
    public RunningBehaviours behaviours() {
        return running;
    }

    /**
     * The world's scripts: always this object, loaded with the scripts of the definition the world
     * follows (a reload loads the new files' scripts into it before it starts their behaviours).
     */
    public Scripts scripts() {
        return scripts;
    }

    /** The areas' resets: always this object, following the definition the world follows. */
    public AreaResets resets() {
        return resets;
    }

    /** True while a {@link #reload()} is reading files. */
    public boolean isReloading() {
        return reloading;
    }

    /**
     * Reads and checks the folder off the loop ({@code reactor.offload}), then applies it on the
     * loop. The future completes on the loop with what happened; a world with errors is not
     * applied, and the report carries every error. Call on the loop.
     */
    public CompletableFuture<ReloadReport> reload() {
        game.reactor().checkInLoop();
        reloading = true;
        return game.reactor().offload("check world " + folder, () -> checker.apply(folder))
                .handle((result, error) -> {
                    reloading = false;
                    if (error != null) {
                        throw new IllegalStateException("reading " + folder + " failed: " + error.getMessage(), error);
                    }
                    return apply(result);
                });
    }

    /** Applies a check's result: its definition if it has no errors, else nothing. Call on the loop. */
    public ReloadReport apply(CheckResult result) {
        if (result.world().isEmpty()) {
            return ReloadReport.refused(result);
        }
        return apply(result.world().get(), Optional.of(result));
    }

    /**
     * Applies a checked definition to the running world. Call on the loop.
     *
     * @throws IllegalArgumentException, changing nothing, if {@code next} names a behaviour this
     *     reloader's registry does not hold
     */
    public ReloadReport apply(WorldDefinition next) {
        return apply(next, Optional.empty());
    }

    private ReloadReport apply(WorldDefinition next, Optional<CheckResult> check) {
        game.reactor().checkInLoop();
        RunningBehaviours.requireRegistered(next, behaviours);
        int stopped = running.size();
        running.stopAll();
        reactions.stop();
        Change change = new Change(game.world(), current, next);
        try {
            change.run();
        } finally {
            // Whatever happened, the world runs the new files' scripts and behaviours, once.
            current = next;
            scripts.load(next.scripts());
            game.socials(next.socials());
            running = RunningBehaviours.start(game.world(), next, behaviours, context);
            reactions = Reactions.start(game, next, scripts, random, (player, role) -> roles.test(player, role), false);
            resets.follow(next);
        }
        return new ReloadReport(check, true, change.added, change.removed, change.replaced, stopped, running.size());
    }

    /** One reload's work, step by step; the order matters and is explained at each step. */
    private final class Change {

        private final World w;
        private final WorldDefinition old;
        private final WorldDefinition next;
        final List<String> added = new ArrayList<>();
        final List<String> removed = new ArrayList<>();
        final List<String> replaced = new ArrayList<>();
        // ids made new in this reload (added or replaced): they take their starting state
        private final Set<String> fresh = new LinkedHashSet<>();
        // for replaced things, by id: where they were and what they held, each with when it
        // arrived there, so that every place lists its contents in the order it did
        private final Map<String, ThingState> formerPlace = new HashMap<>();
        private final Map<String, List<ThingState>> formerContents = new HashMap<>();
        // for replaced things, by id: their flags and counters, which the remade thing keeps
        private final Map<String, Map<String, Long>> formerCounters = new HashMap<>();

        Change(World w, WorldDefinition old, WorldDefinition next) {
            this.w = w;
            this.old = old;
            this.next = next;
        }

        void run() {
            WorldBuilder.applySettings(w, next);
            forgetDestroyedThatChanged();
            removeOrSetAsideThings();
            Thing start = makeRooms();
            removeRooms(start);
            makeAndUpdateThings();
            place();
            updateMadeThings();
            formerCounters.forEach((id, counters) -> w.find(id).ifPresent(t -> w.counters().replace(t, counters)));
            // Exits are remade only where they changed: a large world's rooms are mostly as they
            // were, and remaking 400,000 exits held the game loop for half a second.
            for (RoomDefinition r : next.rooms().values()) {
                RoomDefinition before = old.rooms().get(r.id());
                if (before == null || !sameExits(before, r) || throughRemadeDoor(r)) {
                    WorldBuilder.connectExits(w, r);
                }
            }
        }

        /** Whether one of the room's exits goes through a door made anew in this reload (a new Thing). */
        private boolean throughRemadeDoor(RoomDefinition r) {
            for (ExitDefinition e : r.exits()) {
                if (e.door().isPresent() && fresh.contains(e.door().get())) {
                    return true;
                }
            }
            return false;
        }

        // 0. A destroyed thing stays destroyed while the files make it as before (a reset makes it
        //    again); one the files no longer make, or make as another kind of thing, is forgotten.
        private void forgetDestroyedThatChanged() {
            for (String id : List.copyOf(w.destroyed())) {
                Thing.Kind wanted = kind(next, id);
                if (wanted == null || wanted != kind(old, id)) {
                    w.forgetDestroyed(id);
                }
            }
        }

        private boolean destroyed(String id) {
            return w.destroyed().contains(id);
        }

        // 6. Things made at run time stay, where they are and as they are; their text follows
        //    their prototype. One whose prototype is gone from the files goes, and the log says so.
        private void updateMadeThings() {
            for (Thing t : List.copyOf(w.things())) {
                String prototype = w.madeFrom(t).orElse(null);
                if (prototype == null) {
                    continue;
                }
                ThingDefinition d = next.prototypes().get(prototype);
                if (d == null) {
                    log.info("'{}' was made from the prototype '{}', which the world files no longer have; removed",
                            t.id(), prototype);
                    tellCarrier(t);
                    w.remove(t);
                    removed.add(t.id());
                } else if (!WorldBuilder.losesCapability(t, d.flags())) {
                    WorldBuilder.applyThing(t, d, false);
                }
            }
        }

        // 1. Things, doors and actors that go, or must be remade, go first, so their ids are free.
        private void removeOrSetAsideThings() {
            // Rooms are not among these: those that go are removed in step 3.
            for (String id : thingIds(old)) {
                Thing t = w.find(id).orElse(null);
                if (t == null || t.isRoom() || t.isPlayer()) {
                    continue;
                }
                Thing.Kind wanted = kind(next, id);
                if (wanted == null) {
                    tellCarrier(t);
                    w.remove(t);
                    removed.add(id);
                } else if (wanted != t.kind()) {
                    // Another kind of thing under the same id: the old one goes, the new one is added.
                    tellCarrier(t);
                    w.remove(t);
                    removed.add(id);
                } else if (losesCapability(t, id)) {
                    replaced.add(id);
                    if (t.location() != null) {
                        formerPlace.put(id, ThingState.of(t));
                    }
                    formerContents.put(id, t.contents().stream().map(ThingState::of).toList());
                    formerCounters.put(id, w.counters().of(t));
                    w.remove(t);
                }
            }
        }

        private boolean losesCapability(Thing t, String id) {
            if (t.isDoor()) {
                return WorldBuilder.losesCapability(t, next.doors().get(id).flags());
            }
            ThingDefinition d = next.things().get(id);
            return d != null && WorldBuilder.losesCapability(t, d.flags());
        }

        // 2. New rooms, text of all rooms, and the start room: before any room goes, so that
        //    those in a room that goes have somewhere to go.
        private Thing makeRooms() {
            for (RoomDefinition r : next.rooms().values()) {
                Thing room = w.find(r.id()).orElse(null);
                if (room == null) {
                    room = w.room(r.id(), r.name(), r.description());
                    added.add(r.id());
                }
                WorldBuilder.applyRoom(room, r);
            }
            Thing start = w.get(next.start());
            w.startRoom(start);
            return start;
        }

        // 3. Rooms that go: players are told and moved to the start room; what lay there follows.
        private void removeRooms(Thing start) {
            for (String id : old.rooms().keySet()) {
                if (next.rooms().containsKey(id)) {
                    continue;
                }
                Thing room = w.find(id).orElse(null);
                if (room == null || !room.isRoom()) {
                    continue;
                }
                List<Thing> players = room.contents().stream().filter(Thing::isPlayer).toList();
                for (Thing p : players) {
                    p.moveTo(start);
                }
                w.remove(room);
                removed.add(id);
                for (Thing p : players) {
                    game.session(p).ifPresent(s -> {
                        s.send(Sentences.capitalise(room.name()) + " fades away around you, and you find yourself elsewhere.");
                        s.send(Descriptions.room(start, p));
                    });
                }
            }
        }

        // 4. Doors, actors and things: made (in limbo) if new, then brought up to date.
        private void makeAndUpdateThings() {
            for (DoorDefinition d : next.doors().values()) {
                if (destroyed(d.id())) {
                    continue;
                }
                Thing door = w.find(d.id()).orElse(null);
                boolean isNew = door == null;
                if (isNew) {
                    door = w.door(d.id(), d.name());
                    made(d.id());
                }
                WorldBuilder.applyDoor(door, d, isNew || old.door(d.id()).map(o -> o.state() != d.state()).orElse(true));
            }
            for (ActorDefinition a : next.actors().values()) {
                if (destroyed(a.id())) {
                    continue;
                }
                Thing actor = w.find(a.id()).orElse(null);
                if (actor == null) {
                    actor = w.actor(a.id(), a.name(), w.limbo());
                    made(a.id());
                }
                WorldBuilder.applyActor(actor, a);
            }
            for (ThingDefinition t : next.things().values()) {
                if (destroyed(t.id())) {
                    continue;
                }
                Thing thing = w.find(t.id()).orElse(null);
                boolean isNew = thing == null;
                if (isNew) {
                    thing = w.object(t.id(), t.name(), w.limbo());
                    made(t.id());
                }
                WorldBuilder.applyThing(thing, t, isNew || old.thing(t.id()).map(o -> !state(o).equals(state(t))).orElse(true));
            }
        }

        private void made(String id) {
            fresh.add(id);
            if (!replaced.contains(id)) {
                added.add(id);
            }
        }

        // 5. Places: new things go where the files say, remade things back where they were with
        //    what they held, and things whose starting place changed move, unless a player has them.
        private void place() {
            for (ActorDefinition a : next.actors().values()) {
                if (destroyed(a.id())) {
                    continue;
                }
                Thing actor = w.get(a.id());
                Thing room = w.get(a.room());
                Optional<Thing> former = former(a.id()).filter(Thing::isRoom);
                if (former.isPresent()) {
                    putBack(actor, former.get());
                } else if (fresh.contains(a.id()) || old.actor(a.id()).map(o -> !o.room().equals(a.room())).orElse(true)) {
                    actor.moveTo(room);
                }
            }
            for (ThingDefinition t : next.things().values()) {
                if (destroyed(t.id()) || t.placement().map(p -> destroyed(p.target())).orElse(false)) {
                    // Gone, or starting in something gone: it stays where it is.
                    continue;
                }
                Thing thing = w.get(t.id());
                Thing target = WorldBuilder.startPlace(w, t);
                Optional<Thing> former = former(t.id()).filter(p -> thing.whyCannotMoveTo(p) == null);
                if (former.isPresent()) {
                    putBack(thing, former.get());
                } else if (fresh.contains(t.id()) || placementChanged(t) && carrier(thing) == null) {
                    moveIfAllowed(thing, target);
                    WorldBuilder.dress(thing, t);
                }
            }
            // What a remade holder held goes back in when it arrived there, not as it comes in
            // this loop: a thing the files moved into the holder above may already be back in.
            for (Map.Entry<String, List<ThingState>> e : formerContents.entrySet()) {
                Thing holder = w.find(e.getKey()).orElse(null);
                if (holder == null) {
                    continue;
                }
                List<ThingState> back = new ArrayList<>();
                for (ThingState held : e.getValue()) {
                    w.find(held.id()).filter(c -> c.whyCannotMoveTo(holder) == null && !placementChangedAway(c, holder))
                            .ifPresent(c -> back.add(arrivedAt(c, holder, held.arrival())));
                }
                w.restore(back);
            }
        }

        // A thing that once was inside a remade holder goes back in, unless the files now start it elsewhere.
        private boolean placementChangedAway(Thing c, Thing holder) {
            return next.thing(c.id()).map(d -> placementChanged(d) && !d.placement().map(Placement::target)
                    .orElse("").equals(holder.id())).orElse(false);
        }

        private Optional<Thing> former(String id) {
            return Optional.ofNullable(formerPlace.get(id)).map(ThingState::location).flatMap(w::find);
        }

        // A remade thing goes back where it was, and where it came in that place's contents.
        private void putBack(Thing thing, Thing place) {
            w.restore(List.of(arrivedAt(thing, place, formerPlace.get(thing.id()).arrival())));
        }

        // The thing in that place since that arrival, its states as they are now.
        private static ThingState arrivedAt(Thing thing, Thing place, long arrival) {
            return new ThingState(thing.id(), place.id(), arrival, thing.states(), thing.world().counters().of(thing));
        }

        private boolean placementChanged(ThingDefinition t) {
            return old.thing(t.id()).map(o -> !where(o).equals(where(t))).orElse(true);
        }

        private void moveIfAllowed(Thing thing, Thing target) {
            if (thing.whyCannotMoveTo(target) == null) {
                thing.moveTo(target);
            }
        }

        private void tellCarrier(Thing t) {
            Thing carrier = carrier(t);
            if (carrier != null) {
                game.session(carrier).ifPresent(s -> s.send(Sentences.capitalise(Nouns.definite(t))
                        + " vanishes from your hands: it is no longer part of this world."));
            }
        }
    }

    /** The player who carries {@code t}, however deeply, or null. */
    static Thing carrier(Thing t) {
        for (Thing x = t.location(); x != null; x = x.location()) {
            if (x.isPlayer()) {
                return x;
            }
        }
        return null;
    }

    /** Whether two definitions of a room give it the same exits; where they are written does not count. */
    static boolean sameExits(RoomDefinition a, RoomDefinition b) {
        List<ExitDefinition> x = a.exits();
        List<ExitDefinition> y = b.exits();
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            ExitDefinition e = x.get(i);
            ExitDefinition f = y.get(i);
            if (!e.name().equals(f.name()) || !e.direction().equals(f.direction()) || !e.to().equals(f.to())
                    || !e.door().equals(f.door()) || e.oneWay() != f.oneWay() || !e.description().equals(f.description())
                    || !e.synonyms().equals(f.synonyms())) {
                return false;
            }
        }
        return true;
    }

    private static String where(ThingDefinition t) {
        return t.placement().map(p -> p.kind() + " " + p.target()).orElse("");
    }

    private static Set<Flag> state(ThingDefinition t) {
        return Flag.statesIn(t.flags());
    }

    private static List<String> thingIds(WorldDefinition d) {
        List<String> ids = new ArrayList<>();
        ids.addAll(d.things().keySet());
        ids.addAll(d.actors().keySet());
        ids.addAll(d.doors().keySet());
        return ids;
    }

    private static Thing.Kind kind(WorldDefinition d, String id) {
        if (d.rooms().containsKey(id)) {
            return Thing.Kind.ROOM;
        }
        if (d.doors().containsKey(id)) {
            return Thing.Kind.DOOR;
        }
        if (d.actors().containsKey(id)) {
            return Thing.Kind.ACTOR;
        }
        return d.things().containsKey(id) ? Thing.Kind.OBJECT : null;
    }
}
