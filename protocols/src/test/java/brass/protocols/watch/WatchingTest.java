package brass.protocols.watch;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.clock.ManualClock;
import brass.engine.reactor.ManualReactor;
import brass.protocols.account.InMemoryAccountStore;
import brass.protocols.account.PasswordHasher;
import brass.protocols.play.Lobby;
import brass.protocols.play.PlaySettings;
import brass.protocols.render.ColourLevel;
import brass.protocols.session.ClientCapabilities;
import brass.world.behaviour.BehaviourContext;
import brass.world.behaviour.standard.SnakeTerrarium;
import brass.world.files.definition.BehaviourDefinition;
import brass.world.files.diagnostic.SourcePosition;
import brass.world.game.Game;
import brass.world.model.Thing;
import brass.world.model.World;
import brass.world.screen.FrameDiff;
import brass.world.terrarium.Terrarium;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The watch verb and its draw loops, on the manual clock. */
class WatchingTest {

    ManualReactor reactor = new ManualReactor();
    World world = new World();
    Game game;
    Lobby lobby;
    SnakeTerrarium tanks = new SnakeTerrarium();
    Watching watching;
    Terrarium terrarium;
    List<Long> hiccups = new ArrayList<>();

    @BeforeEach
    void build() {
        Thing room = world.room("conservatory", "The Conservatory", "Leaves everywhere.");
        Thing thing = world.object("terrarium", "terrarium", room).adjectives("glass").synonyms("tank").fixed(true);
        game = new Game(world, reactor);
        lobby = new Lobby(game, new InMemoryAccountStore(), new PasswordHasher(1_000), PlaySettings.defaults());
        tanks.start(thing, new BehaviourDefinition("snake-terrarium",
                        Map.of("width", 30L, "height", 6L, "max-snakes", 3L, "snakes", 2L, "frame-rate", 10.0),
                        SourcePosition.of("test")),
                new BehaviourContext(game, new SplittableRandom(4)));
        terrarium = tanks.find(thing).orElseThrow().terrarium();
        // The hiccup moves the manual clock, as a blocked loop sees real time move.
        watching = new Watching(lobby, tanks, Watching.Settings.defaults(), new SplittableRandom(8), nanos -> {
            hiccups.add(nanos);
            reactor.manualClock().advanceNanos(nanos);
        });
    }

    ScreenConnection player(String name, boolean canDraw) {
        ScreenConnection c = new ScreenConnection(canDraw);
        c.listener = lobby.accept(c);
        reactor.runUntilIdle();
        for (String line : List.of(name, "yes", "secret12", "secret12")) {
            c.type(line);
            reactor.runUntilIdle();
        }
        assertThat(c.text()).contains("Welcome, ");
        return c;
    }

    /** Lets time pass in small steps, as a real loop sees it: advance() jumps, then runs what is due. */
    void pass(Duration total) {
        for (long t = 0; t < total.toMillis(); t += 10) {
            reactor.advance(Duration.ofMillis(10));
        }
    }

    void type(ScreenConnection c, String line) {
        c.type(line);
        reactor.runUntilIdle();
    }

    @Test
    void aClientThatCannotDrawIsToldSoPlainly() {
        ScreenConnection c = player("Alice", false);
        type(c, "watch terrarium");
        assertThat(c.text()).contains("Your client cannot show the animation").contains("2 snakes");
        assertThat(c.frames).isEmpty();
        assertThat(watching.watches()).isEmpty();
    }

    @Test
    void aMudClientGetsAPictureEverySecondAsLinesAndQStops() {
        ScreenConnection alice = player("Alice", false);
        // What TinTin++ says of itself: MTTS 271 claims VT100, but its scrollback shows no alternate screen.
        alice.caps = new ClientCapabilities(80, 24, "XTERM-256COLOR", "TINTIN++", ColourLevel.ANSI256, true, 271,
                false, Set.of(), false, false, true, false, true, false);
        assertThat(alice.caps.cursorAddressing()).isTrue();
        assertThat(alice.caps.fullScreenAnimation()).isFalse();
        alice.text();
        type(alice, "watch terrarium");
        String tank = "+" + "-".repeat(30) + "+";
        String first = alice.text();
        assertThat(first).startsWith("You watch the terrarium: a picture every second.\n" + Watch.LINE_HELP + "\n"
                + tank + "\n|");
        assertThat(first.lines().filter(tank::equals)).hasSize(2);
        assertThat(first.lines().filter(l -> l.startsWith("|"))).hasSize(6).allMatch(l -> l.length() <= 32);
        assertThat(alice.frames).isEmpty();
        assertThat(alice.fullScreen).isFalse();
        pass(Duration.ofMillis(990));
        assertThat(alice.text()).isEmpty();
        pass(Duration.ofMillis(10));
        String second = alice.text();
        assertThat(second).startsWith(tank + "\n|").endsWith(tank + "\n" + Watch.LINE_HELP);
        assertThat(second.lines()).hasSize(9);
        // Keys are lines: s spawns at once and says so; anything else tells how to stop.
        type(alice, "s");
        assertThat(alice.text()).isEqualTo("A new snake slithers out from under a stone.");
        assertThat(terrarium.snakes()).hasSize(3);
        type(alice, "look");
        assertThat(alice.text()).isEqualTo(Watch.LINE_HELP);
        type(alice, "q");
        assertThat(alice.text()).startsWith("The Conservatory");
        assertThat(watching.watches()).isEmpty();
        pass(Duration.ofSeconds(3));
        assertThat(alice.text()).isEmpty();
        assertThat(alice.frames).isEmpty();
    }

    @Test
    void aWindowTooSmallShowsWhatFitsAndSaysSo() {
        ScreenConnection alice = player("Alice", true);
        alice.caps = ClientCapabilities.DEFAULT.withSize(40, 8);
        type(alice, "watch terrarium");
        String first = alice.frames.get(0);
        // The picture needs 75 columns (the title) and 11 rows (title, 8 of tank, status, cursor).
        assertThat(first).contains("\u001b[1;1H" + Watch.tooSmall(75, 11) + "\u001b[2;1H+" + "-".repeat(30) + "+")
                .endsWith("\u001b[8;1H").doesNotContain("\u001b[9;").doesNotContain(Watch.HELP);
        for (String row : first.split("\u001b\\[\\d+;\\d+H")) {
            assertThat(row.replace(Watch.ENTER, "").replace(FrameDiff.CLEAR, "").length()).isLessThanOrEqualTo(40);
        }
        // Made big enough, the next picture is whole again, and the screen cleared first.
        alice.caps = ClientCapabilities.DEFAULT.withSize(80, 24);
        pass(Duration.ofMillis(50));
        String whole = alice.frames.get(alice.frames.size() - 1);
        assertThat(whole).startsWith(FrameDiff.CLEAR).contains("\u001b[1;1HWatching the terrarium (" + Watch.HELP)
                .contains("\u001b[10;1H" + Watch.HELP);
        type(alice, "q");
    }

    @Test
    void watchingDrawsOnlyChangedCellsAndQReturnsToTheRoom() {
        ScreenConnection alice = player("Alice", true);
        ScreenConnection bob = player("Bobby", true);
        bob.text();
        alice.text();
        type(alice, "watch terrarium");
        assertThat(alice.fullScreen).isTrue();
        assertThat(bob.text()).contains("Alice bends over the terrarium, watching intently.");
        assertThat(alice.frames).hasSize(1);
        String first = alice.frames.get(0);
        assertThat(first).startsWith(Watch.ENTER).contains(FrameDiff.CLEAR).contains("+------------------------------+");
        pass(Duration.ofMillis(150));
        assertThat(alice.frames).hasSizeGreaterThan(1);
        String second = alice.frames.get(alice.frames.size() - 1);
        assertThat(second).doesNotContain(FrameDiff.CLEAR).doesNotContain("+---");
        assertThat(second.length()).isLessThan(first.length() / 3);
        // Text said meanwhile is held back, not drawn over the picture.
        bob.type("say look at them go");
        reactor.runUntilIdle();
        assertThat(alice.text()).isEmpty();
        type(alice, "q");
        assertThat(alice.fullScreen).isFalse();
        assertThat(alice.frames.get(alice.frames.size() - 1)).isEqualTo(Watch.LEAVE);
        assertThat(alice.text()).contains("The Conservatory");
        int frames = alice.frames.size();
        pass(Duration.ofSeconds(2));
        assertThat(alice.frames).hasSize(frames);
        type(alice, "look");
        assertThat(alice.text()).contains("The Conservatory");
    }

    @Test
    void theWatchsKeysTypedJustAfterQAreNotTakenAsCommands() {
        ScreenConnection alice = player("Alice", true);
        type(alice, "watch terrarium");
        type(alice, "q");
        alice.text();
        // Typed before the room could be seen: "s" would walk south, "q" would quit the game.
        type(alice, "s");
        type(alice, "q");
        assertThat(alice.text()).contains("ignored").doesNotContain("can't go");
        assertThat(alice.open).isTrue();
        // Anything else is a command at once, and once the moment has passed so are s and q.
        type(alice, "look");
        assertThat(alice.text()).contains("The Conservatory").doesNotContain("ignored");
        pass(Lobby.STRAY_WINDOW);
        type(alice, "s");
        assertThat(alice.text()).contains("can't go").doesNotContain("ignored");
    }

    @Test
    void overSshEveryKeyTypedJustAfterQIsTheViewsNotTheGames() {
        Thing attic = world.room("attic", "The Attic", "Dust.");
        world.connect(world.get("conservatory"), brass.world.model.Direction.UP, attic);
        ScreenConnection alice = player("Alice", true);
        alice.sendsKeys = true;
        type(alice, "watch terrarium");
        // "quit" typed in the view arrives as q, u, i, t: q ends the watch, u must not climb.
        for (String key : List.of("q", "u", "i", "t")) {
            type(alice, key);
        }
        assertThat(alice.text()).contains("The Conservatory").contains("ignored").doesNotContain("The Attic");
        pass(Lobby.STRAY_WINDOW);
        type(alice, "u");
        assertThat(alice.text()).contains("The Attic");
    }

    @Test
    void aSlowClientSkipsFramesAndDrawsNeverOverlap() {
        ScreenConnection alice = player("Alice", true);
        alice.slow = true;
        type(alice, "watch terrarium");
        assertThat(alice.frames).hasSize(1);
        // A whole second at 20 frames a second, and the first frame is still being written.
        for (int i = 0; i < 20; i++) {
            pass(Duration.ofMillis(50));
        }
        assertThat(alice.frames).hasSize(1);
        alice.catchUp();
        reactor.runUntilIdle();
        pass(Duration.ofMillis(50));
        // One new frame, showing the snakes where they are now: the nineteen in between were skipped.
        assertThat(alice.frames).hasSize(2);
        assertThat(watching.watches().get(0).isWatching()).isTrue();
        alice.slow = false;
        alice.catchUp();
        pass(Duration.ofMillis(500));
        assertThat(alice.frames.size()).isBetween(6, 12);
    }

    @Test
    void aSnakeOneViewerSpawnsAppearsForAllAndTheCapHolds() {
        ScreenConnection alice = player("Alice", true);
        ScreenConnection bob = player("Bobby", true);
        type(alice, "watch tank");
        type(bob, "watch terrarium");
        assertThat(watching.watches()).hasSize(2);
        type(alice, "s");
        assertThat(terrarium.snakes()).hasSize(3);
        pass(Duration.ofMillis(50));
        assertThat(alice.frames.get(alice.frames.size() - 1)).contains("A new snake slithers out");
        type(bob, "s");
        pass(Duration.ofMillis(50));
        assertThat(bob.frames.get(bob.frames.size() - 1)).contains("The terrarium is full: 3 snakes.");
        // Both screens are drawn from the one tank.
        assertThat(watching.watches()).allMatch(Watch::isWatching);
    }

    @Test
    void aHiccupStallsTheLoopAndTheSnakesJumpToWhereTheyShouldBe() {
        ScreenConnection alice = player("Alice", true);
        type(alice, "watch terrarium");
        long before = terrarium.ticks();
        int sent = alice.frames.size();
        type(alice, "h");
        assertThat(hiccups).hasSize(1);
        long stalledTicks = (reactor.now() / 100_000_000L) - before;
        reactor.runUntilIdle();
        assertThat(terrarium.ticks()).isEqualTo(reactor.now() / 100_000_000L);
        assertThat(stalledTicks).isGreaterThanOrEqualTo(0);
        pass(Duration.ofMillis(50));
        assertThat(alice.frames.subList(sent, alice.frames.size())).anyMatch(f -> f.contains("Hiccup!"));
    }

    @Test
    void disconnectingWhileWatchingEndsTheWatchCleanly() {
        ScreenConnection alice = player("Alice", true);
        type(alice, "watch terrarium");
        assertThat(reactor.pendingTimers()).isEqualTo(2); // the tank and alice's draw loop
        alice.open = false;
        alice.listener.onClose("connection reset");
        reactor.runUntilIdle();
        assertThat(watching.watches()).isEmpty();
        int sent = alice.frames.size();
        pass(Duration.ofSeconds(1));
        assertThat(alice.frames).hasSize(sent);
        assertThat(alice.frames).allMatch(f -> !f.equals(Watch.LEAVE));
    }

    @Test
    void aStatusInWideCharactersIsCutToTheFrameInColumns() {
        ScreenConnection c = new ScreenConnection(true);
        String title = "\u89b3\u5bdf: \u73bb\u7483\u7f38 \ud83d\udc0d";
        Watch w = new Watch(reactor, c, title, Duration.ofMillis(50), false, () -> terrarium,
                (t, key) -> "\u72b6\u614b " + "\u5b57".repeat(40), quit -> { });
        w.start();
        reactor.runUntilIdle();
        assertThat(c.frames.get(0)).contains("\u001b[1;1H" + title + "\u001b[2;1H+---");
        w.onLine("x");
        pass(Duration.ofMillis(100));
        String repaint = c.frames.stream().filter(f -> f.contains("\u72b6\u614b")).findFirst().orElseThrow();
        // The frame is as wide as the help text, 50 columns: the status keeps 49 of them, as a
        // 23rd ideograph would straddle the edge.
        int statusRow = terrarium.frameHeight() + 2;
        assertThat(repaint).contains("\u001b[" + statusRow + ";1H\u72b6\u614b " + "\u5b57".repeat(22) + "\u001b[")
                .doesNotContain("\u5b57".repeat(23));
        w.end(true);
    }

    @Test
    void aDrawLoopThatFailsOnTheLoopGivesTheViewerTheGameBack() {
        ScreenConnection c = new ScreenConnection(true);
        int[] draws = {0};
        List<Boolean> ended = new ArrayList<>();
        Watch w = new Watch(reactor, c, "title", Duration.ofMillis(50), false, () -> {
            if (++draws[0] > 2) {
                throw new IllegalStateException("the model broke");
            }
            return terrarium;
        }, (t, key) -> Watch.HELP, ended::add);
        w.start();
        pass(Duration.ofMillis(200));
        assertThat(draws[0]).isEqualTo(3);
        assertThat(ended).containsExactly(true);
        assertThat(w.isWatching()).isFalse();
        assertThat(c.fullScreen).isFalse();
        assertThat(c.frames.get(c.frames.size() - 1)).isEqualTo(Watch.LEAVE);
    }

    @Test
    void aFrameWhoseWriteTheFullLoopRefusedLeavesTheWatchToTheViewersNextKey() throws InterruptedException {
        // A small inbox, so the test can fill it.
        reactor = new ManualReactor(new ManualClock(), 64);
        world = new World();
        tanks = new SnakeTerrarium();
        build();
        ScreenConnection alice = player("Alice", true);
        alice.slow = true;
        type(alice, "watch terrarium");
        alice.text();
        while (true) {
            try {
                reactor.execute(() -> { });
            } catch (RejectedExecutionException full) {
                break;
            }
        }
        // The client reads the frame while the loop's inbox is full: the draw loop cannot resume.
        Thread io = new Thread(alice::catchUp, "test-io");
        io.start();
        io.join();
        reactor.runUntilIdle();
        int frames = alice.frames.size();
        pass(Duration.ofMillis(500));
        assertThat(alice.frames).hasSize(frames);
        // The picture is frozen; whatever key the viewer presses brings the game back.
        type(alice, "s");
        assertThat(terrarium.snakes()).hasSize(2);
        assertThat(watching.watches()).isEmpty();
        assertThat(alice.fullScreen).isFalse();
        assertThat(alice.frames.get(alice.frames.size() - 1)).isEqualTo(Watch.LEAVE);
        assertThat(alice.text()).contains("The Conservatory");
    }
}
