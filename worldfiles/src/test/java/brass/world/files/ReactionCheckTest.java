package brass.world.files;

import static brass.world.files.TestWorlds.WORLD;
import static org.assertj.core.api.Assertions.assertThat;

import brass.world.files.definition.WorldDefinition;
import brass.world.reaction.Condition;
import brass.world.reaction.Effect;
import brass.world.reaction.Reaction;
import brass.world.reaction.Trigger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code bin/brass check} says about reactions: a misspelt trigger, condition, effect, id,
 * prototype or script function, each at its file:line:column with the nearest right word; and the
 * definition it makes of reactions written right.
 */
class ReactionCheckTest {

    static final String ENTRIES = WORLD + """
            rooms:
              hall:
                description: A hall.
            things:
              lamp: {name: lamp, in: hall}
            prototypes:
              flower: {name: flower}
            actors:
              pembrook: {name: Pembrook, in: hall}
            """;

    static final String SCRIPT = """
            function greet(actor, player, room, event) {
              actor.say('Good evening.');
            }
            """;

    @TempDir
    Path dir;

    private static void expect(List<String> actual, String... expected) {
        assertThat(String.join("\n", actual)).isEqualTo(String.join("\n", expected));
    }

    @Test
    void misspeltWordsIdsAndFunctionsAreReportedWhereTheyAreWithTheNearestRightOne() {
        expect(TestWorlds.check(dir, "world.yaml", ENTRIES, "scripts/butler.js", SCRIPT, "more.yaml", """
                things:
                  vase:
                    name: vase
                    in: hall
                    reactions:
                      - on: takn
                        do:
                          - say: Careful.
                      - on: dropped
                        if:
                          - player-carry: lamp
                          - where: {thing: lmap, in: hall}
                        do:
                          - shout: Crash.
                          - give: {thing: lamp, to: pembrok}
                          - script: butler.greeet
                          - create: {prototype: flowr}
                          - wait: soon
                      - on: {every: 10ms}
                        do:
                          - say: tick
                      - on: {says: "/[unclosed/"}
                        do:
                          - tell: hm
                      - on: enters
                      - on: given
                        do:
                          - say: thanks
                """),
                "more.yaml:6:13: error: unknown trigger 'takn' in reaction 1 of thing 'vase'; did you mean 'taken'?",
                "more.yaml:11:13: error: unknown condition 'player-carry' in a condition of reaction 2 of thing 'vase';"
                        + " did you mean 'player-carries'?",
                "more.yaml:12:28: error: 'where' in a condition of reaction 2 of thing 'vase' names 'lmap', which does"
                        + " not exist; did you mean 'lamp'?",
                "more.yaml:14:13: error: unknown effect 'shout' in an effect of reaction 2 of thing 'vase';"
                        + " did you mean 'show'?",
                "more.yaml:15:37: error: 'give' in an effect of reaction 2 of thing 'vase' names 'pembrok', which does"
                        + " not exist; did you mean 'pembrook'?",
                "more.yaml:16:21: error: 'script' in an effect of reaction 2 of thing 'vase' names the script function"
                        + " 'butler.greeet', which does not exist; did you mean 'butler.greet'?",
                "more.yaml:17:33: error: 'create' in an effect of reaction 2 of thing 'vase' names 'flowr', which is"
                        + " not a prototype; did you mean 'flower'?",
                "more.yaml:18:19: error: 'wait' in an effect of reaction 2 of thing 'vase' must be a duration such as"
                        + " 2s, found 'soon'",
                "more.yaml:19:21: error: trigger 'every' of reaction 3 of thing 'vase' is too often: at least every"
                        + " 100ms",
                "more.yaml:22:20: error: trigger 'says' of reaction 4 of thing 'vase' has a pattern that does not"
                        + " read: Unclosed character class",
                "more.yaml:25:9: error: reaction 5 of thing 'vase' does nothing; add 'do:' with a list of effects,"
                        + " such as '- say: Hello.'",
                "more.yaml:26:13: error: trigger 'given' of reaction 6 of thing 'vase' cannot happen to thing 'vase';"
                        + " write it on an actor",
                "world.yaml:9:3: warning: prototype 'flower' is never used; write like: flower in a thing, or remove it");
    }

    @Test
    void reactionsWrittenRightBecomeTheirDefinition() {
        CheckResult result = WorldChecker.check(TestWorlds.write(dir, "world.yaml", ENTRIES, "scripts/butler.js",
                SCRIPT, "more.yaml", """
                actors:
                  clerk:
                    name: clerk
                    in: hall
                    reactions:
                      - on: {given: lamp}
                        if:
                          - not: {flag: {on: player, name: paid}}
                          - counter: {name: visits, at-least: 2}
                          - chance: 30%
                          - role: builder
                          - players-here: 2
                        do:
                          - say: Thank you.
                          - add: {on: player, name: visits, by: 2}
                          - wait: 1s
                          - create: flower
                          - script: butler.greet
                      - on: {every: 30s}
                        max-catch-up: 5
                        do:
                          - set: {on: lamp, name: lit-hours, value: 7}
                """));
        assertThat(result.report()).doesNotContain("error");
        WorldDefinition world = result.world().orElseThrow();
        List<Reaction> reactions = world.reactionsOf("clerk");
        assertThat(reactions).hasSize(2);
        Reaction given = reactions.get(0);
        assertThat(given.trigger()).isEqualTo(new Trigger(Trigger.Kind.GIVEN, List.of(), Optional.empty(),
                List.of("lamp"), Duration.ZERO, 0));
        assertThat(given.conditions()).containsExactly(
                new Condition.Not(new Condition.Counter("player", "paid", 1, 1)),
                new Condition.Counter("self", "visits", 2, Long.MAX_VALUE),
                new Condition.Chance(30), new Condition.Role("builder"), new Condition.Players(2, Integer.MAX_VALUE));
        assertThat(given.effects()).containsExactly(new Effect.Say("Thank you."), new Effect.Add("player", "visits", 2),
                new Effect.Wait(Duration.ofSeconds(1)), new Effect.Create("flower", "here"),
                new Effect.Script("butler.greet"));
        assertThat(reactions.get(1).trigger().every()).isEqualTo(Duration.ofSeconds(30));
        assertThat(reactions.get(1).trigger().maxCatchUp()).isEqualTo(5);
        assertThat(reactions.get(1).effects()).containsExactly(new Effect.Set("lamp", "lit-hours", 7));
        assertThat(world.prototypes()).containsOnlyKeys("flower");
    }

    @Test
    void anAreasReactionsAreCheckedLikeTheOthersAndOnlyWithTriggersAnAreaCanHear() {
        expect(TestWorlds.check(dir, "world.yaml", ENTRIES, "town.yaml", """
                area: The Town
                rooms:
                  lane:
                    description: A lane.
                    exits: {north: hall}
                reactions:
                  - on: entrs
                    do:
                      - say: Welcome.
                  - on: taken
                    do:
                      - show: Thief!
                  - on: given
                    do:
                      - show: Thanks.
                  - on: enters
                    if:
                      - flag: {on: playr, name: known}
                    do:
                      - shw: Hello.
                """, "more.yaml", """
                area: The Town
                reactions: {on: enters}
                """),
                "more.yaml:2:12: error: 'reactions' of area 'The Town' must be a list of reactions, found a map;"
                        + " write '- on: enters' and its 'do:' under it",
                "town.yaml:3:3: warning: room 'lane' cannot be reached from the start room 'hall'; add an exit leading"
                        + " to it",
                "town.yaml:5:13: warning: exit 'north' of room 'lane' leads to 'hall', which has no exit back; add an"
                        + " exit from 'hall' to 'lane', or mark this exit one-way: true",
                "town.yaml:7:9: error: unknown trigger 'entrs' in reaction 1 of area 'The Town'; did you mean 'enters'?",
                "town.yaml:10:9: error: trigger 'taken' of reaction 2 of area 'The Town' cannot be written on an area;"
                        + " write it on the thing that is taken",
                "town.yaml:13:9: error: trigger 'given' of reaction 3 of area 'The Town' cannot be written on an area;"
                        + " write it on an actor",
                "town.yaml:18:20: error: 'flag' in a condition of reaction 4 of area 'The Town' names 'playr', which"
                        + " does not exist; did you mean 'player'?",
                "town.yaml:20:9: error: unknown effect 'shw' in an effect of reaction 4 of area 'The Town';"
                        + " did you mean 'show'?",
                "world.yaml:9:3: warning: prototype 'flower' is never used; write like: flower in a thing, or remove it");
    }

    @Test
    void anAreasReactionsFromAllItsFilesBecomeItsDefinition() {
        CheckResult result = WorldChecker.check(TestWorlds.write(dir, "world.yaml", ENTRIES, "town.yaml", """
                area: The Town
                rooms:
                  lane:
                    description: A lane.
                    exits: {north: hall}
                reactions:
                  - on: enters
                    do:
                      - tell: The town bustles.
                """, "town2.yaml", """
                area: The Town
                reactions:
                  - on: {says: fire}
                    do:
                      - show: Shutters bang open.
                  - on: {every: 1m}
                    do:
                      - create: flower
                """));
        assertThat(result.report()).doesNotContain("error:");
        WorldDefinition world = result.world().orElseThrow();
        List<Reaction> town = world.areaReactions().get("The Town");
        assertThat(town).extracting(r -> r.trigger().kind())
                .containsExactly(Trigger.Kind.ENTERS, Trigger.Kind.SAYS, Trigger.Kind.EVERY);
        assertThat(town).extracting(Reaction::host).containsOnly("The Town");
        assertThat(town.get(2).effects()).containsExactly(new Effect.Create("flower", "here"));
        assertThat(world.areaReactions()).containsOnlyKeys("The Town");
        assertThat(world.prototypes()).containsOnlyKeys("flower");
    }
}
