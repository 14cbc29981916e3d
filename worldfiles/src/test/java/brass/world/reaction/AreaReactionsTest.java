package brass.world.reaction;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.world.behaviour.standard.StandardBehaviours;
import brass.world.build.WorldBuilder;
import brass.world.build.Worlds;
import brass.world.files.definition.WorldDefinition;
import brass.world.game.Game;
import brass.world.game.PlayerSession;
import brass.world.markup.Markup;
import brass.world.model.Thing;
import brass.world.model.World;
import brass.world.reload.Reloader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An area's own reactions, run as the server runs them (a Reloader, its resets, a manual clock):
 * coming into the area from outside it and leaving it, words said in any of its rooms, its timers
 * in each room where a player is, its start and its reset.
 */
class AreaReactionsTest {

    static final String HOUSE = """
            area: The House
            reset: {every: 1h, mode: always}
            rooms:
              hall:
                description: A hall.
                exits: {east: study, south: garden}
              study:
                description: A study.
                exits: {west: hall}
            reactions:
              - on: enters
                do:
                  - show: The floorboards creak under {player}.
                  - add: {on: player, name: came-in}
              - on: leaves
                do:
                  - add: {on: player, name: went-out}
              - on: {says: fire}
                do:
                  - show: Someone shouts back from upstairs.
              - on: {every: 1m}
                max-catch-up: 2
                do:
                  - add: {on: here, name: ticks}
              - on: start
                do:
                  - add: {on: self, name: started}
              - on: reset
                do:
                  - show: The house creaks and settles.
            """;

    static final String GARDEN = """
            area: The Garden
            rooms:
              garden:
                description: A garden.
                exits: {north: hall}
            """;

    @TempDir
    Path dir;

    private final ManualReactor reactor = new ManualReactor();
    private World world;
    private Reloader reloader;
    private Game game;
    private final List<String> alice = new ArrayList<>();
    private final List<String> bob = new ArrayList<>();
    private PlayerSession aliceSession;

    @BeforeEach
    void start() throws IOException {
        Files.writeString(dir.resolve("world.yaml"), "name: Test\nstart: hall\n");
        Files.writeString(dir.resolve("house.yaml"), HOUSE);
        Files.writeString(dir.resolve("garden.yaml"), GARDEN);
        WorldDefinition definition = Worlds.definition(dir);
        world = WorldBuilder.build(definition);
        game = new Game(world, reactor);
        reloader = Reloader.start(game, dir, definition, StandardBehaviours.registry(), new SplittableRandom(1));
        aliceSession = game.enter("alice", text -> alice.add(Markup.strip(text)));
        reactor.runUntilIdle();
    }

    private long counter(String id, String name) {
        return world.counters().get(world.get(id), name);
    }

    private List<String> alice(String line) {
        alice.clear();
        aliceSession.perform(line);
        reactor.runUntilIdle();
        return List.copyOf(alice);
    }

    private PlayerSession enterBob() {
        PlayerSession s = game.enter("bob", text -> bob.add(Markup.strip(text)));
        reactor.runUntilIdle();
        return s;
    }

    @Test
    void comingInFromOutsideAndGoingOutFireWalkingBetweenItsRoomsDoesNot() {
        String alice = World.playerId("alice");
        // Into the game in the hall is coming in.
        assertThat(counter(alice, "came-in")).isEqualTo(1);
        assertThat(alice("east")).doesNotContain("The floorboards creak under you.");
        alice("west");
        assertThat(counter(alice, "came-in")).isEqualTo(1);
        assertThat(counter(alice, "went-out")).isZero();
        alice("south");
        assertThat(counter(alice, "went-out")).isEqualTo(1);
        assertThat(alice("north")).endsWith("The floorboards creak under you.");
        assertThat(counter(alice, "came-in")).isEqualTo(2);

        bob.clear();
        this.alice.clear();
        enterBob();
        assertThat(bob).endsWith("The floorboards creak under you.");
        assertThat(this.alice).containsExactly("Bob has entered the game.", "The floorboards creak under Bob.");

        // Out of the game is going out.
        alice("quit");
        assertThat(counter(alice, "went-out")).isEqualTo(2);
        assertThat(counter(alice, "came-in")).isEqualTo(2);
    }

    @Test
    void wordsSaidAnywhereInTheAreaAreHeardThereOnly() {
        PlayerSession bobSession = enterBob();
        bob.clear();
        assertThat(alice("say Fire!")).containsExactly("You exclaim, \"Fire!\"", "Someone shouts back from upstairs.");
        assertThat(bob).containsExactly("Alice exclaims, \"Fire!\"", "Someone shouts back from upstairs.");
        alice("east");
        bob.clear();
        assertThat(alice("say fire")).containsExactly("You say, \"fire\"", "Someone shouts back from upstairs.");
        assertThat(bob).isEmpty();
        bobSession.perform("south");
        bob.clear();
        bobSession.perform("say fire");
        assertThat(bob).containsExactly("You say, \"fire\"");
    }

    @Test
    void timersAndResetsRunInEachRoomOfTheAreaWhereAPlayerIsAndStartOnceInItsFirstRoom() {
        assertThat(counter("hall", "started")).isEqualTo(1);
        assertThat(counter("study", "started")).isZero();
        PlayerSession bobSession = enterBob();
        alice("east");
        reactor.advance(Duration.ofMinutes(1));
        assertThat(List.of(counter("hall", "ticks"), counter("study", "ticks"))).containsExactly(1L, 1L);
        // A stall makes up at most two, and only where someone is.
        bobSession.perform("south");
        reactor.advance(Duration.ofMinutes(5));
        assertThat(List.of(counter("hall", "ticks"), counter("study", "ticks"), counter("garden", "ticks")))
                .containsExactly(1L, 3L, 0L);

        alice.clear();
        bob.clear();
        reloader.resets().resetNow("The House");
        assertThat(alice).containsExactly("The house creaks and settles.");
        assertThat(bob).isEmpty();
    }

    @Test
    void aReloadRunsTheAreasReactionsOnceAndDoesNotStartThemAgain() {
        reloader.apply(reloader.definition());
        reloader.apply(reloader.definition());
        reactor.advance(Duration.ofMinutes(1));
        assertThat(counter("hall", "ticks")).isEqualTo(1);
        assertThat(counter("hall", "started")).isEqualTo(1);
        assertThat(alice("say fire")).containsExactly("You say, \"fire\"", "Someone shouts back from upstairs.");
        Thing hall = world.get("hall");
        assertThat(reloader.reactions().size()).isEqualTo(6);
        assertThat(hall.isRemoved()).isFalse();
    }
}
