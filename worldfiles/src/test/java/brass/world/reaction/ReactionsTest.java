package brass.world.reaction;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.world.action.Hooks;
import brass.world.build.WorldBuilder;
import brass.world.files.WorldChecker;
import brass.world.files.definition.WorldDefinition;
import brass.world.game.Game;
import brass.world.markup.Markup;
import brass.world.model.Thing;
import brass.world.model.World;
import brass.world.script.ScriptBudget;
import brass.world.script.Scripts;
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
 * Reactions running in a game on a manual clock: what the transcripts cannot reach (the "asked
 * about" hook other commands call, roles a transcript's builders always have, stopping for a
 * reload), with exact text.
 */
class ReactionsTest {

    @TempDir
    Path dir;

    private ManualReactor reactor;
    private Game game;
    private Reactions reactions;
    private final List<String> alice = new ArrayList<>();
    private Thing aliceThing;

    @BeforeEach
    void setUp() throws IOException {
        Files.writeString(dir.resolve("world.yaml"), """
                name: Test
                start: hall
                rooms:
                  hall:
                    description: A hall.
                things:
                  lamp: {name: lamp, in: hall}
                actors:
                  pembrook:
                    name: Pembrook
                    proper-name: true
                    in: hall
                    reactions:
                      - on: {asked: [heart, clockwork]}
                        do:
                          - say: Below stairs.
                          - add: {on: player, name: asked}
                      - on: {says: secret}
                        if:
                          - not: {role: builder}
                        do:
                          - say: Builders only, I'm afraid.
                      - on: {every: 10s}
                        max-catch-up: 2
                        do:
                          - add: {on: self, name: ticks}
                """);
        WorldDefinition definition = WorldChecker.check(dir).world().orElseThrow();
        reactor = new ManualReactor();
        World world = WorldBuilder.build(definition);
        game = new Game(world, reactor);
        Scripts scripts = new Scripts(ScriptBudget.DEFAULT, new SplittableRandom(1), reactor.clock()::nanoTime,
                failure -> { });
        reactions = Reactions.start(game, definition, scripts, new SplittableRandom(1),
                (player, role) -> player.name().equals("Bob"), true);
        game.enter("alice", text -> alice.add(Markup.strip(text)));
        aliceThing = world.get(World.playerId("alice"));
        alice.clear();
    }

    @Test
    void askingAboutATopicRunsTheReactionThatMatchesAndSaysWhetherOneDid() {
        Thing pembrook = game.world().get("pembrook");
        assertThat(game.hooks().asked(aliceThing, pembrook, "the clockwork heart")).isTrue();
        // The answer comes after the question has been told: once the asking action is done.
        assertThat(alice).isEmpty();
        reactor.runUntilIdle();
        assertThat(alice).containsExactly("Pembrook says, \"Below stairs.\"");
        assertThat(game.world().counters().get(aliceThing, "asked")).isEqualTo(1);
        alice.clear();
        assertThat(game.hooks().asked(aliceThing, pembrook, "the weather")).isFalse();
        assertThat(alice).isEmpty();
    }

    @Test
    void aRoleConditionAsksWhoHasTheRole() {
        game.perform(aliceThing, "say the secret");
        assertThat(alice).containsExactly("You say, \"the secret\"", "Pembrook says, \"Builders only, I'm afraid.\"");
        List<String> bob = new ArrayList<>();
        Thing bobThing = game.enter("bob", text -> bob.add(Markup.strip(text))).actor();
        bob.clear();
        game.perform(bobThing, "say the secret");
        assertThat(bob).containsExactly("You say, \"the secret\"");
    }

    @Test
    void aStalledTimerMakesUpAtMostItsCap() {
        Thing pembrook = game.world().get("pembrook");
        reactor.advance(Duration.ofSeconds(10));
        assertThat(game.world().counters().get(pembrook, "ticks")).isEqualTo(1);
        reactor.advance(Duration.ofSeconds(60));
        assertThat(game.world().counters().get(pembrook, "ticks")).isEqualTo(3);
        reactor.advance(Duration.ofSeconds(20));
        assertThat(game.world().counters().get(pembrook, "ticks")).isEqualTo(5);
    }

    @Test
    void stoppingLeavesNothingRunning() {
        reactions.stop();
        assertThat(game.hooks()).isSameAs(Hooks.NONE);
        reactor.advance(Duration.ofMinutes(5));
        assertThat(game.world().counters().get(game.world().get("pembrook"), "ticks")).isZero();
        game.perform(aliceThing, "say the secret");
        assertThat(alice).containsExactly("You say, \"the secret\"");
    }

    @Test
    void anActorWithNoReactionThatAcceptsAGiftDeclinesItAndTheGiverKeepsIt() {
        game.perform(aliceThing, "take lamp");
        alice.clear();
        game.perform(aliceThing, "give lamp to pembrook");
        assertThat(alice).containsExactly("Pembrook politely declines the lamp.");
        assertThat(game.world().get("lamp").location()).isSameAs(aliceThing);
    }
}
