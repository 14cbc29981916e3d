package brass.world.game;

import brass.engine.reactor.Reactor;
import brass.world.action.Action;
import brass.world.action.Descriptions;
import brass.world.action.Hooks;
import brass.world.action.Following;
import brass.world.action.Postbox;
import brass.world.action.StandardActions;
import brass.world.language.Event;
import brass.world.language.Narrator;
import brass.world.model.Exit;
import brass.world.model.Scope;
import brass.world.model.Thing;
import brass.world.model.World;
import brass.world.parser.Command;
import brass.world.parser.Parser;
import brass.world.parser.Verb;
import brass.world.parser.Verbs;
import brass.world.social.Social;
import brass.world.social.SocialAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * One running game: the world, its verbs, and the sessions of those playing it. Everything
 * here runs on the reactor's loop: adapters hand a player's lines over with
 * {@code reactor.execute}, and {@link PlayerSession#perform} runs each one there.
 *
 * <p>Other modules add verbs ({@code reload}, {@code chat}, {@code watch}) with
 * {@link #register}; an action gets the acting player's session through
 * {@link #session(Thing)} when it needs more than events.
 */
public final class Game {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Game.class);

    public static final String PROMPT = "> ";

    private final World world;
    private final Reactor reactor;
    private final Verbs verbs = new Verbs();
    private final Parser parser = new Parser(verbs);
    private final Map<Verb, Action> actions = new HashMap<>();
    private final Map<Thing, PlayerSession> sessions = new LinkedHashMap<>();
    /**
     * The players among {@link #sessions} by lower-case name: {@code tell} finds one among fifty
     * thousand without walking them all. A player's name never changes.
     */
    private final NavigableMap<String, Thing> playersByName = new TreeMap<>();
    // Where a player who left stood, so they come back there.
    private final Map<Thing, Thing> waitingToReturn = new IdentityHashMap<>();
    private final List<Consumer<Event>> witnesses = new CopyOnWriteArrayList<>();
    private Hooks hooks = Hooks.NONE;
    private final Map<Verb, SocialAction> socials = new LinkedHashMap<>();
    private final Following following = new Following();
    private Postbox postbox = Postbox.NONE;
    private final Announcements announcements;

    public Game(World world, Reactor reactor) {
        this.world = world;
        this.reactor = reactor;
        this.announcements = new Announcements(this);
        StandardActions.install(this::register);
    }

    public World world() {
        return world;
    }

    public Reactor reactor() {
        return reactor;
    }

    public Verbs verbs() {
        return verbs;
    }

    Parser parser() {
        return parser;
    }

    /**
     * Adds a verb. Its name and synonyms must be new. Call on the loop (or before the game is
     * shared).
     */
    public void register(Verb verb, Action action) {
        // A verb of the game's own outranks a social of the same word (the checker warns of it).
        socials.keySet().removeIf(social -> {
            boolean clash = verb.name().equalsIgnoreCase(social.name())
                    || verb.synonyms().stream().anyMatch(w -> w.equalsIgnoreCase(social.name()));
            if (clash) {
                verbs.remove(social);
                actions.remove(social);
                log.warn("the verb '{}' takes the place of the social '{}'", verb.name(), social.name());
            }
            return clash;
        });
        verbs.add(verb);
        actions.put(verb, action);
    }

    /**
     * Makes {@code list} the game's socials, in place of any it had (at start and on reload). A
     * social whose word another verb already has is left out, with a log line. Call on the loop.
     */
    public void socials(List<Social> list) {
        for (Verb old : socials.keySet()) {
            verbs.remove(old);
            actions.remove(old);
        }
        socials.clear();
        for (Social social : list) {
            SocialAction action = new SocialAction(social);
            Verb verb = action.verb();
            if (verbs.clashes(verb)) {
                log.warn("the social '{}' is left out: the word is already a verb", social.name());
                continue;
            }
            verbs.add(verb);
            actions.put(verb, action);
            socials.put(verb, action);
        }
    }

    /** The socials now playable, in the order they were given. */
    public List<Social> socials() {
        return socials.values().stream().map(SocialAction::social).toList();
    }

    /** Who follows whom. Loop only. */
    public Following following() {
        return following;
    }

    /** Where tells to players who are away go (the server's mail); {@link Postbox#NONE} until set. */
    public void postbox(Postbox box) {
        postbox = box == null ? Postbox.NONE : box;
    }

    Postbox postbox() {
        return postbox;
    }

    /**
     * Makes the moves a leader's {@code go} set off: each follower still standing where the leader
     * was goes the same way, by its own {@code go} (whose own followers then come too).
     */
    void moveFollowers() {
        for (Optional<Following.Move> next = following.nextMove(); next.isPresent(); next = following.nextMove()) {
            Following.Move move = next.get();
            for (Thing follower : following.followersOf(move.leader())) {
                PlayerSession s = sessions.get(follower);
                if (s == null || follower.location() != move.from()) {
                    continue;
                }
                Exit exit = move.exit();
                s.send("You follow " + move.leader().name() + (exit.direction() != null ? " " : " by the ")
                        + exit.name() + ".");
                following.leading(follower, () -> s.performLed(Parser.GO + " " + move.exit().name()));
            }
        }
    }

    Action action(Verb verb) {
        return actions.get(verb);
    }

    /**
     * Brings the player called {@code name} into the game, making their character on first
     * entry, and returns their session. A second entry under the same name takes over the
     * character: the old session is told and closed. Call on the loop.
     */
    public PlayerSession enter(String name, PlayerView out) {
        reactor.checkInLoop();
        Thing actor = world.find(World.playerId(name)).orElse(null);
        if (actor == null) {
            actor = world.player(name, world.startRoom());
        } else if (!actor.isActor()) {
            throw new IllegalArgumentException(actor.id() + " is not an actor");
        }
        return enter(actor, out);
    }

    /**
     * Attaches a session to any actor, a player or a non-player (so a test or an operator can
     * puppet Bob the butler and see what he sees). A player reads the world's message of the day
     * first. A player coming back to their own link-dead character is welcomed back, and the room
     * sees them wake up; a login that takes over a character still connected says so. Call on
     * the loop.
     */
    public PlayerSession enter(Thing actor, PlayerView out) {
        reactor.checkInLoop();
        PlayerSession old = sessions.remove(actor);
        boolean returning = old != null && old.isLinkLost();
        if (old != null) {
            old.closeQuietly("Someone else has connected as " + actor.name() + "; goodbye.");
        }
        boolean arriving = actor.room() == world.limbo() || old == null && actor.isPlayer();
        if (actor.room() == world.limbo()) {
            Thing back = waitingToReturn.remove(actor);
            // A checkpoint keeps the return room with the player's row.
            world.markChanged(actor);
            actor.moveTo(back != null && !back.isRemoved() ? back : world.startRoom());
        }
        PlayerSession session = new PlayerSession(this, actor, out);
        sessions.put(actor, session);
        world.audience().listen(actor);
        if (actor.isPlayer()) {
            playersByName.put(actor.name().toLowerCase(Locale.ROOT), actor);
        }
        if (actor.isPlayer() && !world.motd().isEmpty()) {
            session.send(world.motd());
        }
        if (arriving && old == null) {
            announcements.announce(Announcements.Kind.ENTERED, actor, actor.room());
        } else if (returning) {
            session.send("Welcome back.");
            announcements.announce(Announcements.Kind.AWAKE, actor, actor.room());
        } else if (old != null) {
            session.send("You take over " + actor.name() + ".");
        }
        session.send(Descriptions.room(actor.room(), actor, false, following));
        session.prompt();
        return session;
    }

    /** Called by a session as it ends: players wait in limbo with what they carry. */
    void left(PlayerSession session) {
        Thing actor = session.actor();
        if (sessions.get(actor) != session) {
            return;
        }
        sessions.remove(actor);
        world.audience().stop(actor);
        playersByName.remove(actor.name().toLowerCase(Locale.ROOT), actor);
        List<Event> unfollowed = following.leftGame(actor);
        if (actor.isPlayer() && actor.room() != world.limbo()) {
            Thing room = actor.room();
            announcements.announce(Announcements.Kind.LEFT, actor, room);
            waitingToReturn.put(actor, room);
            world.markChanged(actor);
            actor.moveTo(world.limbo());
        }
        deliver(unfollowed);
    }

    /**
     * {@code session}'s link dropped: nobody reads its actor now, and the room sees it stare
     * blankly (with any others whose links dropped there in the same turn).
     */
    void linkLost(PlayerSession session) {
        Thing actor = session.actor();
        world.audience().stop(actor);
        announcements.announce(Announcements.Kind.ASLEEP, actor, actor.room());
    }

    /** The session playing {@code actor}, or null. */
    PlayerSession sessionOf(Thing actor) {
        return sessions.get(actor);
    }

    /**
     * Where each player who has left the game will come back to, for checkpoints. Loop only.
     */
    public Map<Thing, Thing> returnRooms() {
        return new IdentityHashMap<>(waitingToReturn);
    }

    /** Where {@code player}, who has left the game, will come back to; null if nowhere recorded. Loop only. */
    public Thing returnRoom(Thing player) {
        return waitingToReturn.get(player);
    }

    /**
     * Records where a player waiting in limbo comes back to, when a checkpoint is restored. A
     * room that no longer exists means the start room.
     */
    public void setReturnRoom(Thing player, Thing room) {
        reactor.checkInLoop();
        if (room == null) {
            waitingToReturn.remove(player);
        } else {
            waitingToReturn.put(player, room);
        }
        world.markChanged(player);
    }

    /** The session playing {@code actor}, if any. */
    public Optional<PlayerSession> session(Thing actor) {
        return Optional.ofNullable(sessions.get(actor));
    }

    /** Every open session, in the order they entered. */
    public List<PlayerSession> sessions() {
        return List.copyOf(sessions.values());
    }

    /** Players in the game, in the order they entered. */
    public List<Thing> players() {
        List<Thing> out = new ArrayList<>(sessions.size());
        for (Thing t : sessions.keySet()) {
            if (t.isPlayer()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * How many players are in the game, link-dead ones included: the count {@code who} shows,
     * and the one every other display of "players online" (the SSH status line, MSSP) uses. Loop only.
     */
    public int playerCount() {
        return playersByName.size();
    }

    Optional<Thing> onlinePlayer(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        Thing exact = playersByName.get(n);
        if (exact != null) {
            return Optional.of(exact);
        }
        // Every name that starts with n sorts between n and n followed by the highest character.
        SortedMap<String, Thing> prefixed = playersByName.subMap(n, n + Character.MAX_VALUE);
        if (prefixed.isEmpty()) {
            return Optional.empty();
        }
        Thing only = prefixed.get(prefixed.firstKey());
        return prefixed.size() == 1 ? Optional.of(only) : Optional.empty();
    }

    /**
     * Lets {@code witness} see every event after it is delivered: how behaviours (a butler who
     * says thank you) and spectator modes hear the world without a session. On the loop.
     */
    public void addWitness(Consumer<Event> witness) {
        witnesses.add(witness);
    }

    public void removeWitness(Consumer<Event> witness) {
        witnesses.remove(witness);
    }

    /**
     * Makes {@code actor} do what {@code line} says, as if typed, with the same actions and the
     * same events: for behaviours that move non-player actors about. If the actor has a session,
     * it is as if its player typed it; otherwise nobody reads its replies, which the result still
     * carries (a refusal such as "The table is fixed in place."). On the loop.
     */
    public TurnResult perform(Thing actor, String line) {
        reactor.checkInLoop();
        PlayerSession s = sessions.get(actor);
        if (s == null) {
            s = new PlayerSession(this, actor, PlayerView.NOBODY);
        }
        return s.perform(line);
    }

    /**
     * Makes {@code actor} do {@code verb} to things already chosen, by the same action and with
     * the same events as a typed line, but without parsing names (a reaction's "give key to
     * player" means that key and that player, whatever they are called). On the loop.
     */
    public TurnResult perform(Thing actor, String verb, List<Thing> objects, String preposition, Thing second,
                              String text) {
        reactor.checkInLoop();
        Verb v = verbs.get(verb);
        if (v == null) {
            throw new IllegalArgumentException("no verb '" + verb + "'");
        }
        PlayerSession s = sessions.get(actor);
        if (s == null) {
            s = new PlayerSession(this, actor, PlayerView.NOBODY);
        }
        return s.act(new Command(v, verb, objects, false, preposition, second, text, null));
    }

    /** The world's reactions, which actions consult; {@link Hooks#NONE} until some are installed. */
    public Hooks hooks() {
        return hooks;
    }

    /** Installs the world's reactions ({@link Hooks#NONE} to remove them). On the loop. */
    public void hooks(Hooks value) {
        hooks = java.util.Objects.requireNonNull(value, "hooks");
    }

    /** Delivers events in order. */
    public void deliver(List<Event> events) {
        for (Event e : events) {
            deliver(e);
        }
    }

    /**
     * Renders {@code event} for each observer someone reads (not the link-dead): everyone in its
     * place, and its actor and target wherever they are. Players' comings and goings that wait
     * for the turn's end in those places go out first.
     */
    public void deliver(Event event) {
        announcements.before(event);
        showAll(event);
        witness(event);
    }

    void witness(Event event) {
        for (Consumer<Event> w : witnesses) {
            w.accept(event);
        }
    }

    private void showAll(Event event) {
        Thing place = event.place();
        Thing actor = event.actor();
        Thing target = event.target();
        if (place != null) {
            // Whether they can see is the same for everyone in one place, and a bystander's text
            // depends only on that: a crowd of a thousand costs one light check and one render.
            // Only those someone reads are walked: a room full of sleepers costs nothing.
            Boolean lit = null;
            String bystanders = null;
            boolean rendered = false;
            for (Thing t : world.audience().in(place)) {
                PlayerSession s = sessions.get(t);
                if (s == null) {
                    continue;
                }
                if (lit == null) {
                    lit = Scope.canSee(t);
                }
                String text;
                if (Narrator.isBystander(event, t)) {
                    if (!rendered) {
                        bystanders = Narrator.render(event, t, lit);
                        rendered = true;
                    }
                    text = bystanders;
                } else {
                    text = Narrator.render(event, t, lit);
                }
                if (text != null) {
                    s.send(text);
                }
            }
        }
        if (actor != null && (place == null || actor.location() != place)) {
            show(event, actor);
        }
        if (target != null && target != actor && target.isActor() && (place == null || target.location() != place)) {
            show(event, target);
        }
    }

    private void show(Event event, Thing observer) {
        PlayerSession s = sessions.get(observer);
        if (s == null || s.isLinkLost()) {
            return;
        }
        String text = Narrator.render(event, observer, Scope.canSee(observer));
        if (text != null) {
            s.send(text);
        }
    }
}
