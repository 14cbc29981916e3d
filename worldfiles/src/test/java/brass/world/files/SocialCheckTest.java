package brass.world.files;

import static brass.world.files.TestWorlds.HALL;
import static brass.world.files.TestWorlds.WORLD;
import static org.assertj.core.api.Assertions.assertThat;

import brass.world.files.definition.WorldDefinition;
import brass.world.social.Social;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker on a world's socials: what it reads, and every mistake it reports, where it is written. */
class SocialCheckTest {

    @TempDir
    Path dir;

    private static void expect(List<String> actual, String... expected) {
        assertThat(String.join("\n", actual)).isEqualTo(String.join("\n", expected));
    }

    @Test
    void aSocialIsReadWithEachFormAndEachObserversText() {
        expect(TestWorlds.check(dir, "world.yaml", WORLD, "a.yaml", HALL, "socials.yaml", """
                socials:
                  bow:
                    alone:
                      actor: You bow.
                      others: "{actor} bows."
                    someone:
                      actor: You bow to {target}.
                      target: "{actor} bows to you."
                      others: "{actor} bows to {target}."
                    self:
                      actor: You bow to yourself.
                      others: "{actor} bows to {actor.them}self."
                  poke:
                    someone: {actor: "You poke {target}.", target: "{actor} pokes you.", others: "{actor} pokes {target}."}
                """));
        WorldDefinition world = WorldChecker.check(dir).world().orElseThrow();
        assertThat(world.socials()).containsExactly(
                new Social("bow", Optional.of(Social.Texts.of("You bow.", "{actor} bows.")),
                        Optional.of(new Social.Texts("You bow to {target}.", "{actor} bows to you.",
                                "{actor} bows to {target}.")),
                        Optional.of(Social.Texts.of("You bow to yourself.", "{actor} bows to {actor.them}self."))),
                new Social("poke", Optional.empty(),
                        Optional.of(new Social.Texts("You poke {target}.", "{actor} pokes you.", "{actor} pokes {target}.")),
                        Optional.empty()));
    }

    @Test
    void unknownFieldsMissingTextsUnknownPlaceholdersAndClashesAreReportedWhereWritten() {
        expect(TestWorlds.check(dir, "world.yaml", WORLD, "a.yaml", HALL, "socials.yaml", """
                socials:
                  look:
                    alone: {actor: You look., others: "{actor} looks."}
                  nod:
                    alone:
                      actor: You nod.
                      other: "{actor} nods."
                    someon:
                      actor: x
                  smile:
                    alone:
                      actor: You smile at {target}.
                      others: "{actr} smiles."
                  shrug:
                    colour: red
                  Wave:
                    alone: {actor: You wave., others: "{actor} waves."}
                  north:
                    alone: {actor: x, others: y}
                """, "b.yaml", """
                socials:
                  smile:
                    alone: {actor: You smile., others: "{actor} smiles."}
                """),
                "socials.yaml:2:3: error: social 'look' clashes with the verb 'look': players typing it would never reach the social; give the social another name",
                "socials.yaml:5:5: error: 'alone' of social 'nod' has no 'others' text; add others: what everyone else in the room reads",
                "socials.yaml:7:7: error: unknown field 'other' in 'alone' of social 'nod'; did you mean 'others'?",
                "socials.yaml:8:5: error: unknown field 'someon' in social 'nod'; did you mean 'someone'?",
                "socials.yaml:10:3: error: the social 'smile' is written twice (first at b.yaml:2:3); keep one of them",
                "socials.yaml:12:27: error: unknown placeholder '{target}' in 'actor' of 'alone' of social 'smile'; only 'someone' texts have a target",
                "socials.yaml:13:16: error: unknown placeholder '{actr}' in 'others' of 'alone' of social 'smile'; did you mean '{actor}'?",
                "socials.yaml:14:3: error: social 'shrug' has neither 'alone' nor 'someone' texts; add alone: (what doing it on your own shows) or someone: (what doing it to someone shows)",
                "socials.yaml:15:5: error: unknown field 'colour' in social 'shrug'",
                "socials.yaml:16:3: error: a social's name is one word of small letters (a to z, or -), found 'Wave'; write 'wave'",
                "socials.yaml:18:3: error: social 'north' clashes with a direction: players typing it would never reach the social; give the social another name");
    }
}
