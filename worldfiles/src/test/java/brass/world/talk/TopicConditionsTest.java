package brass.world.talk;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.world.build.WorldBuilder;
import brass.world.files.WorldChecker;
import brass.world.files.definition.WorldDefinition;
import brass.world.game.Game;
import brass.world.markup.Markup;
import brass.world.model.Thing;
import brass.world.model.World;
import brass.world.reaction.Reactions;
import brass.world.script.ScriptBudget;
import brass.world.script.Scripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Topics open on the reactions' own conditions, held by the same evaluator: what the asker wears,
 * what the actor wears ({@code self}), a thing's state, and the asker's role, which a transcript
 * cannot show (its players are all builders).
 */
class TopicConditionsTest {

    @TempDir
    Path dir;

    private Game game;
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
                  hat: {name: straw hat, wearable: true, worn-on: head, in: hall}
                  cap: {name: cap, wearable: true, worn-on: head, worn: true, carried-by: butler}
                  box: {name: box, container: true, openable: true, in: hall}
                actors:
                  butler:
                    name: Butler
                    proper-name: true
                    in: hall
                    topics:
                      hat:
                        keywords: [hat]
                        reply: A fine straw hat.
                        when: [player-wears: hat]
                      cap:
                        keywords: [cap]
                        reply: My own cap.
                        when: {self-wears: cap}
                      box:
                        keywords: [box]
                        reply: The box is open.
                        when: {state: {thing: box, is: open}}
                      secret:
                        keywords: [secret]
                        reply: Builders only.
                        when: [role: builder]
                """);
        WorldDefinition definition = WorldChecker.check(dir).world().orElseThrow();
        ManualReactor reactor = new ManualReactor();
        World world = WorldBuilder.build(definition);
        game = new Game(world, reactor);
        Scripts scripts = new Scripts(ScriptBudget.DEFAULT, new SplittableRandom(1), reactor.clock()::nanoTime,
                failure -> { });
        Reactions reactions = Reactions.start(game, definition, scripts, new SplittableRandom(1),
                (player, role) -> player.name().equals("Bob"), true);
        TalkCommands.install(game, () -> definition, reactions::conditions);
        game.enter("alice", text -> alice.add(Markup.strip(text)));
        aliceThing = world.get(World.playerId("alice"));
        alice.clear();
    }

    private List<String> does(String line) {
        alice.clear();
        game.perform(aliceThing, line);
        return List.copyOf(alice);
    }

    @Test
    void whatTheAskerWearsOpensATopic() {
        assertThat(does("talk to butler")).containsExactly("You could ask Butler about cap.");
        assertThat(does("ask butler about the hat")).containsExactly("Butler has nothing to say about that.");
        does("wear hat");
        assertThat(does("talk to butler")).containsExactly("You could ask Butler about hat or cap.");
        assertThat(does("ask butler about the hat")).containsExactly("A fine straw hat.");
        does("remove hat");
        assertThat(does("ask butler about the hat")).containsExactly("Butler has nothing to say about that.");
    }

    @Test
    void whatTheActorWearsAndAThingsStateOpenTopics() {
        assertThat(does("ask butler about his cap")).containsExactly("My own cap.");
        game.world().get("cap").moveTo(game.world().get("hall"));
        assertThat(does("ask butler about his cap")).containsExactly("Butler has nothing to say about that.");
        does("open box");
        assertThat(does("ask butler about the box")).containsExactly("The box is open.");
    }

    @Test
    void theAskersRoleOpensATopic() {
        assertThat(does("ask butler about the secret")).containsExactly("Butler has nothing to say about that.");
        List<String> bob = new ArrayList<>();
        Thing bobThing = game.enter("bob", text -> bob.add(Markup.strip(text))).actor();
        bob.clear();
        game.perform(bobThing, "ask butler about the secret");
        assertThat(bob).containsExactly("Builders only.");
    }
}
