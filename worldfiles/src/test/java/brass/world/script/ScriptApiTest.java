package brass.world.script;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.model.Thing;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a script can see and do, in a running world: every effect reaches players through the
 * same actions and per-observer events as their own commands.
 */
class ScriptApiTest {

    static final String BUTLER = """
            function greet(actor, player, room, event) {
              actor.say('Good evening, ' + player.name + '.');
              actor.emote('bows.');
            }
            function handKey(actor, player) {
              actor.give(world.thing('brass-key'), player);
            }
            function whisperHint(actor, player, room) {
              player.tell('Pembrook murmurs that the heart is warm.');
              room.show('Pembrook leans towards ' + player.name + '.', player);
            }
            function announce(actor, player, room) {
              room.show('The clocks strike nine.');
            }
            function tidy(actor, player, room) {
              var lamp = world.thing('lamp');
              actor.take(lamp);
              actor.light(lamp);
              actor.extinguish(lamp);
              actor.unlock(world.thing('chest'));
              actor.open(world.thing('chest'));
              actor.close(world.thing('chest'));
              actor.lock(world.thing('chest'));
            }
            function send(actor, player) {
              world.thing('lamp').moveTo(world.thing('study'));
              player.moveTo(world.thing('study'));
            }
            function sendBadly(actor, player) {
              player.moveTo(world.thing('chest'));
            }
            function candle(actor, player, room) {
              var made = world.create('candle', room);
              actor.say(made.name + ' ' + made.id + ' in ' + made.location.id);
              world.destroy(made);
              actor.say(String(world.thing(made.id)));
              made.moveTo(room);
            }
            function count(actor, player) {
              var now = player.addCounter('visits', 1);
              player.setFlag('met-pembrook');
              actor.say('visits ' + now + ' ' + player.counter('visits') + ' ' + player.flag('met-pembrook'));
              actor.setCounter('visits', 1);
            }
            function look(actor, player, room, event) {
              var chest = world.thing('chest');
              actor.say([actor.id, actor.name, actor.kind, actor.location.id, actor.room.id].join(' '));
              actor.say([player.kind, room.kind, chest.kind, world.thing('brass-key').kind].join(' '));
              actor.say(room.contents.map(function (t) { return t.id; }).join(' '));
              actor.say([chest.isOpen, chest.isLocked, world.thing('lamp').isLit].join(' '));
              actor.say([actor.has(world.thing('brass-key')), player.has(world.thing('brass-key')),
                  room.has(actor), actor.has(actor)].join(' '));
              actor.say(event.text + ' / ' + event.thing.name + ' / ' + (event.thing === world.thing('lamp'))
                  + ' / ' + (actor === world.thing('pembrook')));
            }
            function alone(actor, player, room, event) {
              actor.say(String(player) + ' ' + String(event.text) + ' ' + String(event.thing));
            }
            function shout(actor) {
              actor.say(new Array(5001).join('a'));
            }
            function boom(actor) {
              actor.say('Oh dear.');
              throw new Error('the heart is missing');
            }
            """;

    @TempDir
    Path dir;

    ScriptStage stage;

    @BeforeEach
    void stage() {
        stage = new ScriptStage(dir, "butler", BUTLER);
    }

    @Test
    void sayAndEmoteAreHeardByEveryoneInTheRoom() {
        stage.run("butler.greet");

        assertThat(stage.aliceOut.take()).isEqualTo("Pembrook says, \"Good evening, Alice.\"\nPembrook bows.");
        assertThat(stage.bobOut.take()).isEqualTo("Pembrook says, \"Good evening, Alice.\"\nPembrook bows.");
    }

    @Test
    void giveReadsRightToTheReceiverAndToOthersAndMovesTheThingOnce() {
        stage.run("butler.handKey");

        assertThat(stage.aliceOut.take()).isEqualTo("Pembrook gives you the brass key.");
        assertThat(stage.bobOut.take()).isEqualTo("Pembrook gives the brass key to Alice.");
        assertThat(stage.thing("brass-key").location()).isSameAs(stage.alicePlayer());
        assertThat(stage.world.problems()).isEmpty();
    }

    @Test
    void tellReachesOnlyThePlayerAndShowReachesTheRoomOrAllButOne() {
        stage.run("butler.whisperHint");
        assertThat(stage.aliceOut.take()).isEqualTo("Pembrook murmurs that the heart is warm.");
        assertThat(stage.bobOut.take()).isEqualTo("Pembrook leans towards Alice.");

        stage.run("butler.announce");
        assertThat(stage.aliceOut.take()).isEqualTo("The clocks strike nine.");
        assertThat(stage.bobOut.take()).isEqualTo("The clocks strike nine.");
    }

    @Test
    void takeLightOpenCloseLockAndUnlockGoThroughThePlayersOwnActions() {
        stage.run("butler.tidy");

        assertThat(stage.bobOut.take()).isEqualTo(String.join("\n",
                "Pembrook takes the lamp.",
                "Pembrook lights the lamp.",
                "Pembrook extinguishes the lamp.",
                "Pembrook unlocks the chest with the brass key.",
                "Pembrook opens the chest.",
                "Pembrook closes the chest.",
                "Pembrook locks the chest with the brass key."));
        assertThat(stage.thing("lamp").location()).isSameAs(stage.pembrook());
        assertThat(stage.thing("chest").isLocked()).isTrue();
    }

    @Test
    void moveToMovesAThingQuietlyAndShowsAMovedPlayerWhereTheyAre() {
        stage.run("butler.send");

        assertThat(stage.thing("lamp").room().id()).isEqualTo("study");
        assertThat(stage.alicePlayer().room().id()).isEqualTo("study");
        assertThat(stage.aliceOut.take()).isEqualTo("study\nA quiet study.\nExits: south.\nYou see a lamp here.");
        assertThat(stage.bobOut.take()).isEmpty();

        stage.call("butler.sendBadly");
        assertThat(stage.failure()).isEqualTo("scripts/butler.js:30: butler.sendBadly threw TypeError: moveTo: a player"
                + " can only be moved to a room, and 'chest' is a thing");
    }

    @Test
    void createMakesAThingFromAPrototypeAndDestroyTakesItAway() {
        stage.call("butler.candle");

        assertThat(stage.aliceOut.take()).isEqualTo("Pembrook says, \"candle candle-1 in hall\"\nPembrook says, \"null\"");
        assertThat(stage.world.find("candle-1")).isEmpty();
        assertThat(stage.failure()).isEqualTo("scripts/butler.js:37: butler.candle threw TypeError: moveTo: 'candle-1'"
                + " is no longer in the world");
    }

    @Test
    void countersAndFlagsAreReadAndChangedThroughTheHostAndAMissingOneIsAnError() {
        Thing alice = stage.alicePlayer();
        stage.effects.declare(alice, "visits", 2);
        stage.effects.declare(alice, "met-pembrook", 0);

        stage.call("butler.count");

        assertThat(stage.aliceOut.take()).isEqualTo("Pembrook says, \"visits 3 3 true\"");
        assertThat(stage.effects.counter(alice, "visits")).isEqualTo(3);
        assertThat(stage.effects.counter(alice, "met-pembrook")).isEqualTo(1);
        assertThat(stage.failure()).isEqualTo("scripts/butler.js:43: butler.count failed: setCounter: 'pembrook' has no"
                + " flag or counter 'visits'");
    }

    @Test
    void aScriptSeesThingsTheirPlacesAndStateAndWhatTheTriggerCarried() {
        stage.run(new ScriptCall("butler.look", stage.pembrook(), stage.alicePlayer(), stage.thing("hall"),
                "the heart", stage.thing("lamp")));

        assertThat(stage.aliceOut.take()).isEqualTo(String.join("\n",
                "Pembrook says, \"pembrook Pembrook actor hall hall\"",
                "Pembrook says, \"player room thing thing\"",
                "Pembrook says, \"pembrook chest lamp player:alice player:bob\"",
                "Pembrook says, \"false true false\"",
                "Pembrook says, \"true false true false\"",
                "Pembrook says, \"the heart / lamp / true / true\""));
    }

    @Test
    void aCallWithoutAPlayerOrATriggerSeesNull() {
        stage.run(ScriptCall.of("butler.alone", stage.pembrook(), null, stage.thing("hall")));

        assertThat(stage.aliceOut.take()).isEqualTo("Pembrook says, \"null null null\"");
    }

    @Test
    void textLongerThanFourThousandCharactersIsRefused() {
        stage.call("butler.shout");

        assertThat(stage.failure()).isEqualTo("scripts/butler.js:60: butler.shout threw TypeError: say: the text is"
                + " 5000 characters long; at most 4000 may be shown at once");
        assertThat(stage.aliceOut.take()).isEmpty();
    }

    @Test
    void anErrorTheScriptThrowsStopsItAtItsLineAndWhatItDidStays() {
        ScriptResult result = stage.call("butler.boom");

        assertThat(result.ok()).isFalse();
        assertThat(stage.failure()).isEqualTo("scripts/butler.js:64: butler.boom threw Error: the heart is missing");
        assertThat(stage.aliceOut.take()).isEqualTo("Pembrook says, \"Oh dear.\"");
    }

    @Test
    void aFunctionThatDoesNotExistIsReportedNotRun() {
        assertThat(stage.scripts.has("butler.greet")).isTrue();
        assertThat(stage.scripts.has("butler.gret")).isFalse();

        stage.call("butler.gret");
        assertThat(stage.failure()).isEqualTo("scripts/butler.js: butler.gret does not exist in the scripts loaded");
        stage.call("cook.stir");
        assertThat(stage.failure()).isEqualTo("scripts/cook.js: cook.stir does not exist in the scripts loaded");
    }
}
