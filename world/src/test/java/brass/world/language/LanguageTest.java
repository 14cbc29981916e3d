package brass.world.language;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.markup.Markup;
import brass.world.model.Gender;
import brass.world.model.Thing;
import brass.world.model.World;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

    private final World world = new World();
    private final Thing room = world.room("room", "Room", "");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "lamp, a",
        "owl, an",
        "hour, an",
        "unicorn, a",
        "umbrella, an",
        "one-eyed cat, a",
        "brass cockroach, a",
        "iron key, an",
    })
    void indefiniteArticles(String name, String article) {
        assertThat(Nouns.article(name)).isEqualTo(article);
    }

    @Test
    void properNamesAndMassNounsTakeTheirOwnArticles() {
        Thing bob = world.actor("bob", "Bob", room);
        Thing water = world.object("water", "water", room).massNoun(true);
        Thing lamp = world.object("lamp", "lamp", room);
        assertThat(Nouns.indefinite(bob)).isEqualTo("Bob");
        assertThat(Nouns.definite(bob)).isEqualTo("Bob");
        assertThat(Nouns.indefinite(water)).isEqualTo("some water");
        assertThat(Nouns.definite(water)).isEqualTo("the water");
        assertThat(Nouns.indefinite(lamp)).isEqualTo("a lamp");
        assertThat(Nouns.definite(lamp)).isEqualTo("the lamp");
    }

    @Test
    void pluralThingsTakeSomeAndAgree() {
        Thing barrels = world.object("barrels", "oak barrels", room).gender(Gender.PLURAL);
        Thing honey = world.object("honey", "honey", room).massNoun(true);
        Thing lamp = world.object("lamp", "lamp", room);
        Thing guard = world.actor("guard", "guard", room).properName(false);
        assertThat(Nouns.indefinite(barrels)).isEqualTo("some oak barrels");
        assertThat(Nouns.definite(barrels)).isEqualTo("the oak barrels");
        assertThat(Nouns.listIndefinite(List.of(barrels, lamp, honey)))
                .isEqualTo("some oak barrels, a lamp, and some honey");
        assertThat(Nouns.is(barrels, "closed")).isEqualTo("The oak barrels are closed.");
        assertThat(Nouns.is(honey, "sticky")).isEqualTo("The honey is sticky.");
        assertThat(Nouns.agree(barrels, "doesn't", "don't")).isEqualTo("don't");
        assertThat(Nouns.be(List.of(honey))).isEqualTo("is");
        assertThat(Nouns.be(List.of(lamp, honey))).isEqualTo("are");
        // An actor's plural gender is the singular "they": one guard.
        assertThat(Nouns.indefinite(guard)).isEqualTo("a guard");
        assertThat(Nouns.is(guard, "asleep")).isEqualTo("The guard is asleep.");
    }

    @Test
    void listsUseTheSerialComma() {
        assertThat(Lists.join(List.of(), "and")).isEqualTo("nothing");
        assertThat(Lists.join(List.of("a lamp"), "and")).isEqualTo("a lamp");
        assertThat(Lists.join(List.of("a lamp", "a key"), "and")).isEqualTo("a lamp and a key");
        assertThat(Lists.join(List.of("a lamp", "a key", "a brass cockroach"), "and"))
                .isEqualTo("a lamp, a key, and a brass cockroach");
        assertThat(Lists.join(List.of("the red key", "the blue key"), "or")).isEqualTo("the red key or the blue key");
    }

    @Test
    void capitalisesTheFirstLetterEvenAfterMarkup() {
        assertThat(Sentences.capitalise("the lamp glows.")).isEqualTo("The lamp glows.");
        assertThat(Sentences.capitalise("{red}the lamp glows.{/}")).isEqualTo("{red}The lamp glows.{/}");
        assertThat(Sentences.capitalise("\"hello\"")).isEqualTo("\"Hello\"");
        assertThat(Sentences.capitalise("(with the key)")).isEqualTo("(with the key)");
        assertThat(Sentences.capitalise("")).isEmpty();
    }

    @Test
    void capitalisingStepsOverTagsOnlyWhereMarkupSeesATag() {
        // Shown as "{a} lamp" and "{ the lamp... }": a brace, not a letter, starts the sentence.
        assertThat(Sentences.capitalise("{{a} lamp")).isEqualTo("{{a} lamp");
        assertThat(Sentences.capitalise("{ {bold}the lamp}")).isEqualTo("{ {bold}the lamp}");
        String tooLong = "{" + "x".repeat(Markup.MAX_TAG_LENGTH + 1) + "}the lamp";
        assertThat(Sentences.capitalise(tooLong)).isEqualTo(tooLong);
        assertThat(Sentences.capitalise("{ bold }{/}the lamp")).isEqualTo("{ bold }{/}The lamp");
    }

    @Test
    void pronounsFollowGender() {
        assertThat(Gender.MALE.subject()).isEqualTo("he");
        assertThat(Gender.FEMALE.object()).isEqualTo("her");
        assertThat(Gender.NEUTER.possessive()).isEqualTo("its");
        assertThat(Gender.PLURAL.subject()).isEqualTo("they");
    }

    @Test
    void oneEventReadsDifferentlyToEachObserver() {
        Thing alice = world.player("alice", room);
        Thing bob = world.actor("bob", "Bob", room).gender(Gender.MALE);
        Thing carol = world.player("carol", room);
        Thing lamp = world.object("lamp", "lamp", alice);
        Event give = new Event(alice, bob, null, lamp, room, "You give {subject} to {target}.",
                "{actor} gives you {subject}.", "{actor} gives {subject} to {target}.", null);
        assertThat(Narrator.render(give, alice, true)).isEqualTo("You give the lamp to Bob.");
        assertThat(Narrator.render(give, bob, true)).isEqualTo("Alice gives you the lamp.");
        assertThat(Narrator.render(give, carol, true)).isEqualTo("Alice gives the lamp to Bob.");
        assertThat(Narrator.render(give, carol, false)).isEqualTo("Someone gives something to someone.");
    }

    @Test
    void aSingleTemplateConjugatesForTheActor() {
        Thing alice = world.player("alice", room);
        Thing bob = world.player("bob", room);
        Thing lamp = world.object("lamp", "brass lamp", room);
        Event take = Event.everyone(alice, room, "{actor} {take|takes} {subject.a}; {actor.they} {are|is} pleased with {subject.them}.")
                .withSubject(lamp);
        assertThat(Narrator.render(take, alice, true)).isEqualTo("You take a brass lamp; you are pleased with it.");
        assertThat(Narrator.render(take, bob, true)).isEqualTo("Alice takes a brass lamp; they is pleased with it.");
    }

    @Test
    void playerTextAndMarkupPassThroughUntouched() {
        Thing alice = world.player("alice", room);
        Thing bob = world.player("bob", room);
        Event say = Event.everyone(alice, room, "{green}{actor} {say|says}, \"{text}\"{/}").withText("I am {actor}");
        assertThat(Narrator.render(say, bob, true)).isEqualTo("{green}Alice says, \"I am {actor}\"{/}");
        assertThat(Narrator.render(Event.reply(alice, "{subject} stays"), alice, true)).isEqualTo("{subject} stays");
    }

    @Test
    void anEmoteNamesItsActorEvenToThemselves() {
        Thing alice = world.player("alice", room);
        Event wave = Event.everyone(alice, room, "{actor.named} {text}").withText("waves.");
        assertThat(Narrator.render(wave, alice, true)).isEqualTo("Alice waves.");
    }
}
