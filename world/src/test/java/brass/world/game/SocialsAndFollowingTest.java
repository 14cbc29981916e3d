package brass.world.game;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.language.Event;
import brass.world.model.Thing;
import brass.world.parser.Verb;
import brass.world.social.Social;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Socials, {@code reply}, tells to players away, and following, in the demo world. */
class SocialsAndFollowingTest {

    private static final Social BOW = new Social("bow", Optional.of(Social.Texts.of("You bow.", "{actor} bows.")),
            Optional.of(new Social.Texts("You bow to {target}.", "{actor} bows to you.", "{actor} bows to {target}.")),
            Optional.empty());
    private static final Social NOD = new Social("nod", Optional.empty(),
            Optional.of(new Social.Texts("You nod to {target}.", "{actor} nods to you.", "{actor} nods to {target}.")),
            Optional.of(Social.Texts.of("You nod to yourself.", "{actor} nods to {actor.them}self.")));

    private Table table;
    private Table.Seat alice;
    private Table.Seat carol;
    private Table.Seat bob;

    @BeforeEach
    void setUp() {
        table = new Table();
        table.game.socials(List.of(BOW, NOD));
        alice = table.join("alice");
        carol = table.join("carol");
        bob = table.puppet("bob");
        alice.heard();
    }

    // ---- socials ------------------------------------------------------------------------------

    @Test
    void aSocialReadsRightForTheActorTheTargetAndTheOthers() {
        Table.Seat dave = table.join("dave");
        alice.heard();
        carol.heard();
        assertThat(alice.does("bow to carol")).isEqualTo("You bow to Carol.");
        assertThat(carol.heard()).isEqualTo("Alice bows to you.");
        assertThat(dave.heard()).isEqualTo("Alice bows to Carol.");
        assertThat(carol.does("bow")).isEqualTo("You bow.");
        assertThat(alice.heard()).isEqualTo("Carol bows.");
        alice.does("north");
        carol.does("north");
        alice.heard();
        bob.heard();
        assertThat(carol.does("bow bob")).isEqualTo("You bow to Bob.");
        assertThat(bob.heard()).isEqualTo("Carol bows to you.");
        assertThat(alice.heard()).isEqualTo("Carol bows to Bob.");
    }

    @Test
    void aSocialWithoutAFormSaysWhatItNeeds() {
        assertThat(alice.does("nod")).isEqualTo("Who do you want to nod?");
        assertThat(alice.does("nod at me")).isEqualTo("You nod to yourself.");
        assertThat(carol.heard()).isEqualTo("Alice nods to themselves.".replace("themselves", "themself"));
        assertThat(alice.does("bow to myself")).isEqualTo("You can't do that to yourself.");
        assertThat(alice.does("bow to the lamp")).isEqualTo("The brass lamp takes no notice.");
        assertThat(carol.heard()).isEmpty();
    }

    @Test
    void theGamesOwnVerbsOutrankSocials() {
        table.game.socials(List.of(new Social("look", BOW.alone(), Optional.empty(), Optional.empty()), NOD));
        assertThat(table.game.socials()).containsExactly(NOD);
        assertThat(alice.does("look")).startsWith("Foyer");
        table.game.register(Verb.simple("nod", "nod: a verb of the game's own."),
                (c, t) -> List.of(Event.reply(t.actor(), "The game's own nod.")));
        assertThat(table.game.socials()).isEmpty();
        assertThat(alice.does("nod")).isEqualTo("The game's own nod.");
    }

    @Test
    void newSocialsReplaceTheOldOnes() {
        table.game.socials(List.of(NOD));
        assertThat(alice.does("bow")).startsWith("I don't know the verb 'bow'");
        assertThat(alice.does("nod to carol")).isEqualTo("You nod to Carol.");
    }

    // ---- reply and tells to players away ------------------------------------------------------

    @Test
    void replyAnswersTheLastTeller() {
        assertThat(alice.does("reply hello")).isEqualTo("Nobody has told you anything to reply to.");
        carol.does("tell alice psst");
        assertThat(alice.heard()).isEqualTo("Carol tells you, \"psst\"");
        assertThat(alice.does("reply what?")).isEqualTo("You tell Carol, \"what?\"");
        assertThat(carol.heard()).isEqualTo("Alice tells you, \"what?\"");
        assertThat(alice.does("reply")).isEqualTo("Tell Carol what?");
    }

    @Test
    void aTellToAPlayerAwayGoesToThePostbox() {
        List<String> posted = new ArrayList<>();
        table.game.postbox((from, to, text) -> {
            posted.add(from.name() + " > " + to.name() + ": " + text);
            return Optional.of(to.name() + " will read it later.");
        });
        carol.does("tell alice back soon");
        carol.does("quit");
        alice.heard();
        assertThat(alice.does("reply  See you. ")).isEqualTo("Carol will read it later.");
        assertThat(alice.does("tell carol {red}hi")).isEqualTo("Carol will read it later.");
        assertThat(alice.does("tell nobody hi")).isEqualTo("There is no player called 'nobody' in the game.");
        assertThat(alice.does("tell bob hi")).isEqualTo("There is no player called 'bob' in the game.");
        assertThat(posted).containsExactly("Alice > Carol: See you.", "Alice > Carol: {red}hi");
    }

    @Test
    void withoutAPostboxATellToAPlayerAwaySaysSo() {
        carol.does("quit");
        assertThat(alice.does("tell carol hi")).isEqualTo("Carol is not in the game.");
    }

    // ---- following ----------------------------------------------------------------------------

    @Test
    void followersFollowTheirLeaderInAChain() {
        Table.Seat dave = table.join("dave");
        carol.does("follow alice");
        dave.does("follow carol");
        alice.heard();
        carol.heard();
        String aliceRead = alice.does("north");
        Thing hall = table.thing("hall");
        assertThat(carol.actor().room()).isSameAs(hall);
        assertThat(dave.actor().room()).isSameAs(hall);
        assertThat(carol.heard()).startsWith("Alice goes north.\nYou follow Alice north.\nHall");
        assertThat(dave.heard()).startsWith("Alice goes north.\nCarol goes north.\nYou follow Carol north.\nHall");
        assertThat(aliceRead).endsWith("Carol arrives from the south.\nDave arrives from the south.");
        assertThat(table.game.following().leaderOf(dave.actor())).contains(carol.actor());
    }

    @Test
    void aFollowerLeftBehindStaysAndLoseShakesFollowersOff() {
        carol.does("follow alice");
        carol.heard();
        carol.session.brief(true);
        alice.does("lose carol");
        assertThat(carol.heard()).isEqualTo("You stop following Alice.");
        assertThat(alice.does("lose")).isEqualTo("Nobody is following you.");
        alice.does("follow carol");
        assertThat(alice.does("lose")).isEqualTo("You stop following Carol.");
        assertThat(alice.does("lose carol")).isEqualTo("Carol isn't following you.");
        assertThat(alice.does("follow lamp")).isEqualTo("You can't follow the brass lamp.");
        alice.does("north");
        assertThat(alice.does("follow bob")).isEqualTo("You can only follow other players.");
    }

    @Test
    void aLeaderLeavingTheGameEndsTheFollowing() {
        carol.does("follow alice");
        carol.heard();
        alice.does("quit");
        assertThat(carol.heard()).isEqualTo("Alice has left the game.\nYou stop following Alice.");
        assertThat(table.game.following().leaderOf(carol.actor())).isEmpty();
    }
}
