package brass.world.game;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.world.model.Direction;
import brass.world.model.Thing;
import brass.world.model.World;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Players entering, leaving, falling asleep and waking in a crowd, on the manual clock: two thousand
 * log in in one turn, then a thousand connections drop in one turn. Observers read one line per
 * room and turn for each kind, exactly; nothing reaches the link-dead; and the work is counted, not
 * timed: one delivery per connected observer and one rendering per distinct line.
 */
class ComingsAndGoingsTest {

    private final ManualReactor reactor = new ManualReactor();
    private World world;
    private Game game;
    private Thing hall;

    /** A view that counts what it is sent and keeps the texts, by identity too. */
    private static final class Reader implements PlayerView {
        final List<String> read = new ArrayList<>();

        @Override
        public void send(String text) {
            read.add(text);
        }

        String take() {
            String all = String.join("\n", read);
            read.clear();
            return all;
        }
    }

    private final List<Reader> readers = new ArrayList<>();
    private final List<PlayerSession> sessions = new ArrayList<>();

    @BeforeEach
    void setUp() {
        world = new World();
        hall = world.room("hall", "The Hall", "A long hall.");
        Thing nook = world.room("nook", "The Nook", "A small nook.");
        world.connect(hall, Direction.NORTH, nook);
        world.startRoom(hall);
        game = new Game(world, reactor);
    }

    private PlayerSession enter(String name) {
        Reader r = new Reader();
        PlayerSession s = game.enter(name, r);
        readers.add(r);
        sessions.add(s);
        return s;
    }

    private static String name(int i) {
        return i == 0 ? "Alice" : i == 1 ? "Bob" : String.format("Guest%04d", i);
    }

    private void clearAll() {
        readers.forEach(Reader::take);
    }

    /** How many texts were sent in all, and how many distinct String objects they were (renderings). */
    private record Work(int deliveries, int renderings) {
    }

    private Work work() {
        int deliveries = 0;
        Set<String> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Reader r : readers) {
            deliveries += r.read.size();
            distinct.addAll(r.read);
        }
        return new Work(deliveries, distinct.size());
    }

    /** Two thousand enter in one turn, watched by one who was there before. */
    private PlayerSession storm(int n) {
        PlayerSession watcher = enter("Watcher");
        reactor.runUntilIdle();
        clearAll();
        for (int i = 0; i < n; i++) {
            enter(name(i));
        }
        reactor.runUntilIdle();
        return watcher;
    }

    @Test
    void aLoginStormIsOneLineForEachReaderAndNobodyHearsOfThoseBeforeThem() {
        storm(2000);
        // The watcher hears of all 2,000; each newcomer of those after them, never of themselves.
        assertThat(readers.get(0).take()).isEqualTo("Alice, Bob, and 1998 others have entered the game.");
        String welcome = "The Hall\nA long hall.\nExits: north.\n";
        assertThat(readers.get(1).take()).startsWith(welcome + "Watcher is here.\n")
                .endsWith("\nBob, Guest0002, and 1997 others have entered the game.");
        assertThat(readers.get(1998).take()).endsWith("\nGuest1998 and Guest1999 have entered the game.");
        assertThat(readers.get(1999).take()).endsWith("\nGuest1999 has entered the game.");
        assertThat(readers.get(2000).take()).endsWith("\nWatcher, Alice, and 1998 others are here.")
                .doesNotContain("entered");
    }

    @Test
    void aThousandConnectionsDroppingInOneTurnAreOneLineToEachPlayerStillConnected() {
        storm(2000);
        clearAll();
        for (int i = 0; i < 1000; i++) {
            sessions.get(1 + i).linkLost();
        }
        assertThat(work().deliveries()).as("nothing before the turn ends").isZero();
        reactor.runUntilIdle();
        // One delivery to each of the 1,001 still connected (the watcher and Guest1000 to Guest1999),
        // one rendering shared by them all, and nothing for the thousand asleep.
        assertThat(work()).isEqualTo(new Work(1001, 1));
        String line = "Alice, Bob, and 998 others stare blankly, lost in thought.";
        assertThat(readers.get(0).take()).isEqualTo(line);
        assertThat(readers.get(1001).take()).isEqualTo(line);
        assertThat(readers.get(2000).take()).isEqualTo(line);
        assertThat(readers.get(1).take()).isEmpty();
        assertThat(world.audience().count(hall)).isEqualTo(1001);

        // What the room hears from now on costs the awake alone: a say reaches 1,000, the sleepers none.
        clearAll();
        sessions.get(0).perform("say Hello.");
        reactor.runUntilIdle();
        assertThat(work()).isEqualTo(new Work(1001, 2));
        assertThat(readers.get(2000).take()).isEqualTo("Watcher says, \"Hello.\"");
        assertThat(readers.get(1000).take()).isEmpty();

        // One alone reads as it always did; a few are all named; past the crowd, two and a count.
        clearAll();
        sessions.get(1001).linkLost();
        reactor.runUntilIdle();
        assertThat(readers.get(0).take()).isEqualTo("Guest1000 stares blankly, lost in thought.");
        sessions.get(1002).linkLost();
        sessions.get(1003).linkLost();
        reactor.runUntilIdle();
        assertThat(readers.get(0).take()).isEqualTo("Guest1001 and Guest1002 stare blankly, lost in thought.");
        for (int i = 1004; i <= 1013; i++) {
            sessions.get(i).linkLost();
        }
        reactor.runUntilIdle();
        assertThat(readers.get(0).take()).isEqualTo("Guest1003, Guest1004, Guest1005, Guest1006, Guest1007, Guest1008, "
                + "Guest1009, Guest1010, Guest1011, and Guest1012 stare blankly, lost in thought.");
        for (int i = 1014; i <= 1024; i++) {
            sessions.get(i).linkLost();
        }
        reactor.runUntilIdle();
        assertThat(readers.get(0).take()).isEqualTo("Guest1013, Guest1014, and nine others stare blankly, lost in thought.");
    }

    @Test
    void theWorkOfADropGrowsWithTheConnectedNotWithTheRoom() {
        storm(2000);
        for (int i = 1; i <= 1990; i++) {
            sessions.get(i).linkLost();
        }
        reactor.runUntilIdle();
        clearAll();
        // Ten connected among 2,001 in the hall: a drop, a say and a wake each cost about ten.
        assertThat(world.audience().count(hall)).isEqualTo(11);
        sessions.get(1991).linkLost();
        reactor.runUntilIdle();
        assertThat(work()).isEqualTo(new Work(10, 1));
        clearAll();
        Reader back = new Reader();
        readers.add(back);
        game.enter(name(5), back);
        reactor.runUntilIdle();
        assertThat(back.take()).isEqualTo("Welcome back.\nThe Hall\nA long hall.\nExits: north.\n"
                + "Watcher, Alice, and 1998 others are here.");
        // Besides what the one who woke read: one line, for the ten others.
        assertThat(work()).isEqualTo(new Work(10, 1));
        assertThat(readers.get(0).take()).isEqualTo("Guest0005 wakes up.");
    }

    @Test
    void theyWhoWakeTogetherHearOfThoseAfterThemAndThoseWhoLeaveAreOneLine() {
        PlayerSession watcher = storm(3);
        for (int i = 1; i <= 3; i++) {
            sessions.get(i).linkLost();
        }
        reactor.runUntilIdle();
        clearAll();
        Reader alice = new Reader();
        Reader bob = new Reader();
        game.enter("Alice", alice);
        game.enter("Bob", bob);
        reactor.runUntilIdle();
        assertThat(readers.get(0).take()).isEqualTo("Alice and Bob wake up.");
        assertThat(alice.take()).endsWith("\nBob wakes up.");
        assertThat(bob.take()).doesNotContain("wake");

        // Leaving, then speaking, in one turn: the room reads them in that order.
        game.session(world.get(World.playerId("Alice"))).orElseThrow().perform("quit");
        game.session(world.get(World.playerId("Bob"))).orElseThrow().perform("quit");
        watcher.perform("say Bye.");
        reactor.runUntilIdle();
        assertThat(readers.get(0).take()).isEqualTo("Alice and Bob have left the game.\nYou say, \"Bye.\"");
    }

    @Test
    void wordsToSomeoneAsleepWaitAsMailInsteadOfBeingLost() {
        storm(2);
        sessions.get(2).linkLost();
        reactor.runUntilIdle();
        clearAll();
        assertThat(reply(sessions.get(1), "tell bob Are you there?"))
                .isEqualTo("Bob is lost in thought (their connection dropped) and can't hear you.");
        List<String> posted = new ArrayList<>();
        game.postbox((from, to, text) -> {
            posted.add(from.name() + " to " + to.name() + ": " + text);
            return java.util.Optional.of("(kept)");
        });
        assertThat(reply(sessions.get(1), "tell bob Are you there?"))
                .isEqualTo("Bob is lost in thought (their connection dropped); your message will wait for them.");
        assertThat(posted).containsExactly("Alice to Bob: Are you there?");
        assertThat(readers.get(2).read).isEmpty();
    }

    private String reply(PlayerSession s, String line) {
        s.perform(line);
        reactor.runUntilIdle();
        return readers.get(sessions.indexOf(s)).take();
    }

    @Test
    void inTheDarkACrowdIsCounted() {
        storm(4);
        hall.set(brass.world.model.Flag.DARK, true);
        clearAll();
        for (int i = 1; i <= 3; i++) {
            sessions.get(i).linkLost();
        }
        reactor.runUntilIdle();
        assertThat(readers.get(0).take()).isEqualTo("Three people stare blankly, lost in thought.");
    }
}
