package brass.world.files;

import static brass.world.files.TestWorlds.WORLD;
import static brass.world.files.TestWorlds.expect;
import static org.assertj.core.api.Assertions.assertThat;

import brass.world.build.Worlds;
import brass.world.files.definition.WorldDefinition;
import brass.world.model.Flag;
import brass.world.model.Thing;
import brass.world.model.Wearing;
import brass.world.model.World;
import brass.world.reaction.Condition;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the checker makes of wearable things ({@code wearable}, {@code worn-on}) and of the one
 * language of conditions that reactions' {@code if:} and topics' {@code when:} share
 * ({@code player-wears}, {@code state}, and the rest), each mistake at its file:line:column.
 */
class WearingCheckTest {

    @TempDir
    Path dir;

    private static final String HALL = """
            rooms:
              hall:
                description: A hall.
            things:
              hat: {wearable: true, worn-on: head, in: hall}
              coat: {wearable: true, in: hall}
              box: {container: true, openable: true, in: hall}
            """;

    private List<String> check(String... namesAndTexts) {
        return TestWorlds.check(dir, namesAndTexts);
    }

    @Test
    void wearableThingsAreWornOnAPlaceTheBodyByDefault() {
        expect(check("world.yaml", WORLD, "a.yaml", HALL));
        WorldDefinition d = Worlds.definition(dir);
        assertThat(d.things().get("hat").wornOn()).contains("head");
        assertThat(d.things().get("coat").wornOn()).contains("body");
        assertThat(d.things().get("box").wornOn()).isEmpty();
        assertThat(d.things().get("hat").is(Flag.WEARABLE)).isTrue();
    }

    @Test
    void aPlaceThatIsNoneAndWhatCannotBeWornAreReported() {
        expect(check("world.yaml", WORLD, "a.yaml", """
                rooms:
                  hall:
                    description: A hall.
                things:
                  hat: {wearable: true, worn-on: haed, in: hall}
                  vase: {worn-on: head, in: hall}
                  ring: {wearable: true, worn-on: finger, in: hall}
                  cloak: {worn: true, wearable: true, in: hall}
                  lamp: {worn: true, carried-by: butler}
                  cap: {wearable: true, worn-on: head, worn: true, carried-by: butler}
                  bowler: {wearable: true, worn-on: head, worn: true, carried-by: butler}
                actors:
                  butler: {in: hall}
                """),
                "a.yaml:5:34: error: 'worn-on' of thing 'hat' must be one of head, face, neck, shoulders, body, arms, hands, waist, legs, feet, found 'haed'; did you mean 'head'?",
                "a.yaml:6:19: error: 'worn-on' of thing 'vase' is for a thing that can be worn; add wearable: true",
                "a.yaml:7:35: error: 'worn-on' of thing 'ring' must be one of head, face, neck, shoulders, body, arms, hands, waist, legs, feet, found 'finger'",
                "a.yaml:8:17: error: thing 'cloak' is worn, but carried by nobody; add carried-by: with the actor who wears it, or leave out worn",
                "a.yaml:9:16: error: thing 'lamp' is worn but is not wearable; add wearable: true",
                "a.yaml:11:67: error: thing 'bowler' is worn on the head of 'butler', where 'cap' is worn already; one place takes one thing");
    }

    @Test
    void anActorStartsWearingWhatTheFilesSay() {
        expect(check("world.yaml", WORLD, "a.yaml", """
                rooms:
                  hall:
                    description: A hall.
                things:
                  cap: {wearable: true, worn-on: head, worn: true, carried-by: butler}
                  tray: {carried-by: butler}
                actors:
                  butler:
                    in: hall
                    topics:
                      cap:
                        keywords: [cap]
                        reply: My cap.
                        when: [self-wears: cap]
                """));
        WorldDefinition d = Worlds.definition(dir);
        assertThat(d.conversations().get("butler").topics().get(0).when())
                .containsExactly(new Condition.Wears("self", "cap"));
        World world = Worlds.load(dir);
        Thing butler = world.get("butler");
        assertThat(Wearing.worn(butler)).extracting(Thing::id).containsExactly("cap");
        assertThat(Wearing.carried(butler)).extracting(Thing::id)
                .containsExactly("tray");
    }

    @Test
    void reactionsAndTopicsShareOneLanguageOfConditions() {
        expect(check("world.yaml", WORLD, "a.yaml", HALL + """
                actors:
                  butler:
                    in: hall
                    reactions:
                      - on: enters
                        if:
                          - player-wears: hat
                          - state: {thing: box, is: not open}
                        do:
                          - say: A fine hat.
                    topics:
                      hat:
                        keywords: [hat]
                        reply: A fine hat.
                        when:
                          - player-wears: hat
                          - not: {player-carries: coat}
                      box:
                        keywords: [box]
                        reply: Shut it.
                        when: {player-wears: coat, state: {thing: box, is: open}, role: player}
                """));
        WorldDefinition d = Worlds.definition(dir);
        assertThat(d.reactions().get("butler").get(0).conditions()).containsExactly(
                new Condition.Wears("player", "hat"), new Condition.State("box", Flag.OPEN, false));
        var topics = d.conversations().get("butler").topics();
        assertThat(topics.get(0).when()).containsExactly(new Condition.Wears("player", "hat"),
                new Condition.Not(new Condition.Carries("player", "coat")));
        assertThat(topics.get(1).when()).containsExactly(new Condition.Wears("player", "coat"),
                new Condition.State("box", Flag.OPEN, true), new Condition.Role("player"));
    }

    @Test
    void mistakesInConditionsArePointedAtAlikeInReactionsAndTopics() {
        expect(check("world.yaml", WORLD, "a.yaml", HALL + """
                actors:
                  butler:
                    in: hall
                    reactions:
                      - on: enters
                        if:
                          - player-waers: hat
                          - state: {thing: box, is: opne}
                        do:
                          - say: A fine hat.
                    topics:
                      hat:
                        keywords: [hat]
                        reply: A fine hat.
                        when:
                          - player-wears: hta
                      box:
                        keywords: [box]
                        reply: Shut it.
                        when: {player-wear: coat, chance: 150}
                """),
                "a.yaml:14:13: error: unknown condition 'player-waers' in a condition of reaction 1 of actor 'butler'; did you mean 'player-wears'?",
                "a.yaml:15:37: error: 'opne' is not a state a thing can be in; did you mean 'open'?",
                "a.yaml:23:27: error: 'player-wears' in a condition of 'when' of topic 'hat' of actor 'butler' names 'hta', which does not exist; did you mean 'hat'?",
                "a.yaml:27:16: error: unknown condition 'player-wear' in 'when' of topic 'box' of actor 'butler'; did you mean 'player-wears'?",
                "a.yaml:27:43: error: 'chance' in 'when' of topic 'box' of actor 'butler' must be a whole number from 0 to 100, found '150'");
    }
}
