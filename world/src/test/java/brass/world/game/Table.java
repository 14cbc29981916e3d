package brass.world.game;

import brass.engine.reactor.ManualReactor;
import brass.world.demo.DemoWorld;
import brass.world.model.Thing;
import brass.world.model.World;

/** A game of the demo world on a manual reactor, with helpers to play it as several people. */
public final class Table {

    public final ManualReactor reactor = new ManualReactor();
    public final World world;
    public final Game game;

    public Table() {
        this(DemoWorld.create());
    }

    public Table(World world) {
        this.world = world;
        this.game = new Game(world, reactor);
    }

    /** A player joins (and the turn ends: others read of it); their welcome is discarded. */
    public Seat join(String name) {
        Recorder r = new Recorder();
        PlayerSession s = game.enter(name, r);
        reactor.runUntilIdle();
        r.take();
        return new Seat(s, r);
    }

    /** Puppets a non-player actor so tests can see what it sees. */
    public Seat puppet(String id) {
        Recorder r = new Recorder();
        PlayerSession s = game.enter(world.get(id), r);
        reactor.runUntilIdle();
        r.take();
        return new Seat(s, r);
    }

    public Thing thing(String id) {
        return world.get(id);
    }

    /** One player at the table. */
    public final class Seat {
        public final PlayerSession session;
        public final Recorder out;

        Seat(PlayerSession session, Recorder out) {
            this.session = session;
            this.out = out;
        }

        /** Types a line and returns what this player then read. Other seats keep theirs. */
        public String does(String line) {
            out.take();
            session.perform(line);
            reactor.runUntilIdle();
            return out.take();
        }

        /** What this player has read since last asked, once the turn has ended. */
        public String heard() {
            reactor.runUntilIdle();
            return out.take();
        }

        public Thing actor() {
            return session.actor();
        }
    }
}
