package brass.world.reload;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.world.behaviour.standard.StandardBehaviours;
import brass.world.build.WorldBuilder;
import brass.world.build.Worlds;
import brass.world.files.definition.WorldDefinition;
import brass.world.game.Game;
import brass.world.game.PlayerSession;
import brass.world.game.Recorder;
import brass.world.model.Direction;
import brass.world.model.Exit;
import brass.world.model.Flag;
import brass.world.model.Thing;
import brass.world.model.World;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReloaderTest {

    static final String WORLD = "name: Test\nstart: hall\n";

    static final String ROOMS = """
            rooms:
              hall:
                description: A plain hall.
                exits: {north: kitchen, east: snug}
              kitchen:
                description: A kitchen.
                exits: {south: hall}
              snug:
                description: A snug.
                exits: {west: hall}
            """;

    static final String THINGS = """
            things:
              lamp: {name: brass lamp, description: A lamp., light-source: true, in: hall}
              box: {name: box, container: true, openable: true, in: kitchen}
              coin: {name: coin, in: box}
              roach: {name: brass cockroach, in: snug, behaviours: [{cockroach: {interval: 1s}}]}
              mouse: {name: mouse, in: kitchen, behaviours: [{cockroach: {interval: 2s}}]}
            """;

    @TempDir
    Path dir;

    ManualReactor reactor;
    Game game;
    World world;
    Reloader reloader;
    CountingBehaviour counter;
    Recorder aliceOut = new Recorder();
    Recorder bobOut = new Recorder();
    PlayerSession alice;
    PlayerSession bob;

    @BeforeEach
    void start() throws IOException {
        write(WORLD + ROOMS + THINGS);
        reactor = new ManualReactor();
        WorldDefinition def = Worlds.definition(dir);
        world = WorldBuilder.build(def);
        game = new Game(world, reactor);
        counter = new CountingBehaviour();
        reloader = Reloader.start(game, dir, def, StandardBehaviours.registry().withCode("cockroach", counter), new SplittableRandom(1));
        ReloadCommand.install(game, reloader);
        alice = game.enter("alice", aliceOut);
        bob = game.enter("bob", bobOut);
        aliceOut.take();
        bobOut.take();
    }

    void write(String text) throws IOException {
        Files.writeString(dir.resolve("world.yaml"), text);
    }

    /** Types reload as alice and lets the offloaded check and the apply run. */
    String reload() {
        aliceOut.take();
        alice.perform("reload");
        reactor.runUntilIdle();
        return aliceOut.take();
    }

    Thing thing(String id) {
        return world.find(id).orElse(null);
    }

    @Test
    void aReloadChangesTheCrowdAtOnce() throws IOException {
        game.enter("carol", new Recorder());
        bob.perform("look");
        assertThat(bobOut.take()).contains("Alice and Carol are here.");

        write("name: Test\nstart: hall\ncrowd: 1\n" + ROOMS + THINGS);
        reload();

        bob.perform("look");
        assertThat(bobOut.take()).endsWith("You see a brass lamp here.\nAlice and one other are here.");
    }

    @Test
    void behavioursStartOnceAndTick() {
        assertThat(counter.active()).isEqualTo(2);
        assertThat(reactor.pendingTimers()).isEqualTo(2);
        reactor.pump(Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(counter.ticks).isEqualTo(3);
    }

    @Test
    void keepsPlayersAndWhatTheyCarryAppliesTextAndRestartsBehavioursExactlyOnce() throws IOException {
        alice.perform("take lamp");
        alice.perform("north");
        reactor.advance(Duration.ofMillis(500));
        write(WORLD + ROOMS.replace("A plain hall.", "A {red}freshly painted{/} hall.")
                + THINGS.replace("A lamp.", "A polished lamp."));

        String said = reload();

        assertThat(said).contains("Reloading the world from").contains("The world has been reloaded: 0 added, 0 removed")
                .contains("behaviours: 2 stopped, 2 started.");
        assertThat(thing("player:alice").room().id()).isEqualTo("kitchen");
        assertThat(thing("lamp").location()).isSameAs(thing("player:alice"));
        assertThat(thing("lamp").description()).isEqualTo("A polished lamp.");
        bob.perform("look");
        assertThat(bobOut.take()).contains("A {red}freshly painted{/} hall.");
        assertThat(world.problems()).isEmpty();

        assertThat(counter.started).isEqualTo(4);
        assertThat(counter.stopped).isEqualTo(2);
        assertThat(reactor.pendingTimers()).isEqualTo(2);
        int before = counter.ticks;
        reactor.pump(Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(counter.ticks - before).isEqualTo(3); // roach twice, mouse once: nothing ticks twice

        reload();
        reload();
        assertThat(counter.active()).isEqualTo(2);
        assertThat(reactor.pendingTimers()).isEqualTo(2);
    }

    @Test
    void addsAndRemovesRoomsAndThingsWithMessages() throws IOException {
        alice.perform("north");
        alice.perform("open box");
        alice.perform("take coin");
        bob.perform("east");
        assertThat(thing("coin").location()).isSameAs(thing("player:alice"));
        assertThat(thing("player:bob").room().id()).isEqualTo("snug");
        bobOut.take();

        write(WORLD + """
                rooms:
                  hall:
                    description: A plain hall.
                    exits: {north: kitchen}
                  kitchen:
                    description: A kitchen.
                    exits: {south: hall, down: cellar}
                  cellar:
                    description: A new cellar.
                    exits: {up: kitchen}
                things:
                  lamp: {name: brass lamp, description: A lamp., light-source: true, in: hall}
                  box: {name: box, container: true, openable: true, in: kitchen}
                  rope: {name: rope, in: cellar}
                  mouse: {name: mouse, in: kitchen, behaviours: [{cockroach: {interval: 2s}}]}
                """);
        String said = reload();

        assertThat(said).contains("2 added, 3 removed").contains("Added: cellar, rope").contains("behaviours: 2 stopped, 1 started.");
        assertThat(aliceOut.messages).isEmpty();
        assertThat(said).contains("The coin vanishes from your hands: it is no longer part of this world.");
        assertThat(thing("coin")).isNull();
        assertThat(thing("roach")).isNull();
        assertThat(thing("snug")).isNull();
        assertThat(thing("player:alice").contents()).isEmpty();

        String bobRead = bobOut.take();
        assertThat(bobRead).contains("Snug fades away around you, and you find yourself elsewhere.").contains("A plain hall.");
        assertThat(thing("player:bob").room().id()).isEqualTo("hall");
        assertThat(thing("hall").exit(Direction.EAST)).isNull();

        assertThat(thing("rope").location()).isSameAs(thing("cellar"));
        alice.perform("down");
        assertThat(aliceOut.take()).contains("A new cellar.").contains("rope");
        assertThat(world.problems()).isEmpty();
        assertThat(counter.active()).isEqualTo(1);
        assertThat(reactor.pendingTimers()).isEqualTo(1);
    }

    @Test
    void socialsAddedChangedAndRemovedApplyAtOnce() throws IOException {
        assertThat(bobDoes("wave")).startsWith("I don't know the verb 'wave'");
        Files.writeString(dir.resolve("socials.yaml"), """
                socials:
                  wave:
                    alone: {actor: You wave., others: "{actor} waves."}
                """);
        assertThat(reload()).contains("The world has been reloaded");
        assertThat(bobDoes("wave")).isEqualTo("You wave.");
        Files.writeString(dir.resolve("socials.yaml"), """
                socials:
                  wave:
                    alone: {actor: You wave both arms., others: "{actor} waves both arms."}
                  nod:
                    alone: {actor: You nod., others: "{actor} nods."}
                """);
        reload();
        assertThat(bobDoes("wave")).isEqualTo("You wave both arms.");
        Files.delete(dir.resolve("socials.yaml"));
        reload();
        assertThat(bobDoes("nod")).startsWith("I don't know the verb 'nod'");
    }

    @Test
    void changedExitSynonymsAndDescriptionsShowAtOnce() throws IOException {
        assertThat(bobDoes("look north")).isEqualTo("That way lies kitchen.");

        write(WORLD + ROOMS.replace("north: kitchen", "north: {to: kitchen, synonyms: [arch], description: An arch.}") + THINGS);
        assertThat(reload()).contains("0 added, 0 removed");
        assertThat(bobDoes("look north")).isEqualTo("An arch.");
        assertThat(bobDoes("look at the arch")).isEqualTo("An arch.");

        write(WORLD + ROOMS.replace("north: kitchen",
                "north: {to: kitchen, synonyms: [doorway], description: A low whitewashed doorway.}") + THINGS);
        assertThat(reload()).contains("0 added, 0 removed");
        assertThat(bobDoes("look arch")).isEqualTo("You don't see any arch here.");
        assertThat(bobDoes("x doorway")).isEqualTo("A low whitewashed doorway.");
        assertThat(bobDoes("arch")).startsWith("I don't know the verb 'arch'");
        assertThat(bobDoes("doorway")).contains("A kitchen.");
        assertThat(thing("player:bob").room().id()).isEqualTo("kitchen");

        write(WORLD + ROOMS + THINGS);
        assertThat(reload()).contains("0 added, 0 removed");
        assertThat(thing("hall").exit(Direction.NORTH).synonyms()).isEmpty();
        assertThat(thing("hall").exit(Direction.NORTH).description()).isEmpty();
        assertThat(world.problems()).isEmpty();
    }

    String bobDoes(String line) {
        return does(bob, bobOut, line);
    }

    /** What {@code who} reads after typing {@code line}, and nothing from before. */
    static String does(PlayerSession who, Recorder out, String line) {
        out.take();
        who.perform(line);
        return out.take();
    }

    @Test
    void aBrokenWorldIsRefusedWithEveryErrorAndTheOldOneKeepsRunning() throws IOException {
        write(WORLD + ROOMS.replace("north: kitchen", "north: kitchn") + THINGS.replace("in: snug", "in: snog"));
        String said = reload();
        assertThat(said).contains("The world was not reloaded: the files have errors, and the old world keeps running.")
                .contains("world.yaml:").contains("did you mean 'kitchen'?").contains("'snog'").contains("2 errors");
        assertThat(thing("hall").exit(Direction.NORTH).destination()).isSameAs(thing("kitchen"));
        assertThat(thing("roach").room().id()).isEqualTo("snug");
        assertThat(counter.started).isEqualTo(2);
        assertThat(counter.stopped).isZero();
        assertThat(reactor.pendingTimers()).isEqualTo(2);
    }

    @Test
    void runTimeStateIsKeptUnlessTheFilesChangedIt() throws IOException {
        alice.perform("north");
        alice.perform("open box");
        alice.perform("south");
        alice.perform("take lamp");
        alice.perform("light lamp");
        alice.perform("drop lamp");
        bob.perform("north");
        bob.perform("take mouse");
        write(WORLD + ROOMS + THINGS.replace("name: box,", "name: box, description: A new box.,"));
        reload();
        assertThat(thing("box").isOpen()).isTrue();
        assertThat(thing("box").description()).isEqualTo("A new box.");
        assertThat(thing("lamp").isLit()).isTrue();
        assertThat(thing("lamp").location()).isSameAs(thing("hall"));
        Thing mouse = thing("mouse");
        assertThat(mouse.location()).isSameAs(thing("player:bob"));

        // now the files change the box's starting state, the lamp's place, and the mouse's place
        write(WORLD + ROOMS + THINGS
                .replace("openable: true,", "lockable: true, locked: true, key: coin,")
                .replace("light-source: true, in: hall", "light-source: true, in: snug")
                .replace("name: mouse, in: kitchen", "name: mouse, in: snug"));
        reload();
        assertThat(thing("box").isOpen()).isFalse();
        assertThat(thing("box").isLocked()).isTrue();
        assertThat(thing("lamp").location()).isSameAs(thing("snug"));
        assertThat(thing("lamp").isLit()).isTrue(); // its own starting state did not change
        assertThat(thing("mouse").location()).as("players keep what they carry").isSameAs(thing("player:bob"));
        assertThat(world.problems()).isEmpty();
    }

    @Test
    void aThingThatLosesItsLidIsRemadeWhereItWasWithWhatItHeld() throws IOException {
        alice.perform("north");
        alice.perform("open box");
        alice.perform("take box");
        assertThat(thing("box").location()).isSameAs(thing("player:alice"));
        Thing oldBox = thing("box");
        write(WORLD + ROOMS + THINGS.replace("container: true, openable: true,", "container: true,"));
        String said = reload();
        assertThat(said).contains("0 added, 0 removed, 1 remade");
        Thing box = thing("box");
        assertThat(box).isNotSameAs(oldBox);
        assertThat(box.isOpenable()).isFalse();
        assertThat(box.location()).isSameAs(thing("player:alice"));
        assertThat(thing("coin").location()).isSameAs(box);
        assertThat(world.problems()).isEmpty();
    }

    @Test
    void aRemadeBoxListsWhatItHeldInTheOrderItHeldIt() throws IOException {
        alice.perform("take lamp");
        alice.perform("north");
        alice.perform("open box");
        alice.perform("put lamp in box");
        assertThat(does(alice, aliceOut, "look in box")).isEqualTo("In the box you see a coin and a brass lamp.");
        // The lid goes, so the box is remade; and the files now start the lamp in the box, where it already is.
        write(WORLD + ROOMS + THINGS.replace("container: true, openable: true,", "container: true,")
                .replace("light-source: true, in: hall", "light-source: true, in: box"));
        assertThat(reload()).contains("1 remade");
        assertThat(does(alice, aliceOut, "look in box")).isEqualTo("In the box you see a coin and a brass lamp.");
        assertThat(world.problems()).isEmpty();
    }

    @Test
    void onlyChangedExitsAreRemadeAndADoorRemadeIsTheOneItsExitsGoThrough() throws IOException {
        String doorRooms = ROOMS.replace("exits: {north: kitchen, east: snug}",
                "exits: {north: {to: kitchen, door: {id: oak, state: locked, key: coin}}, east: snug}")
                .replace("exits: {south: hall}", "exits: {south: {to: hall, door: oak}}");
        write(WORLD + doorRooms + THINGS);
        reload();
        Thing oldOak = thing("oak");
        Exit snugWay = thing("snug").exit("west");
        assertThat(thing("hall").exit("north").door()).isSameAs(oldOak);
        // The lock goes, so the door is remade: both its exits must lead through the new one.
        write(WORLD + doorRooms.replace("state: locked, key: coin", "state: closed") + THINGS);
        assertThat(reload()).contains("1 remade");
        Thing oak = thing("oak");
        assertThat(oak).isNotSameAs(oldOak);
        assertThat(thing("hall").exit("north").door()).isSameAs(oak);
        assertThat(thing("kitchen").exit("south").door()).isSameAs(oak);
        // Exits no file changed are the very same, not remade.
        assertThat(thing("snug").exit("west")).isSameAs(snugWay);
        bob.perform("open door");
        bob.perform("north");
        assertThat(bob.actor().room()).isSameAs(thing("kitchen"));
        assertThat(world.problems()).isEmpty();
    }

    @Test
    void aReloadWhoseFilesCannotBeReadSaysSoAndChangesNothing() {
        Game other = new Game(WorldBuilder.build(reloader.definition()), reactor);
        Reloader r = new Reloader(other, dir, reloader.definition(), StandardBehaviours.registry().withCode("cockroach", counter),
                new SplittableRandom(2), folder -> {
                    throw new java.io.UncheckedIOException(new IOException("disk on fire"));
                });
        ReloadCommand.install(other, r);
        Recorder out = new Recorder();
        PlayerSession carol = other.enter("carol", out);
        out.take();
        carol.perform("reload");
        assertThat(r.isReloading()).isTrue();
        carol.perform("reload");
        reactor.runUntilIdle();
        assertThat(out.take()).contains("A reload is already under way.").contains("The reload failed:").contains("disk on fire");
        assertThat(r.isReloading()).isFalse();
        assertThat(r.behaviours().isStopped()).isFalse();
        assertThat(counter.active()).isEqualTo(4); // this test's two, and the other game's two
    }

    @Test
    void anIdThatChangesKindIsRemovedAndMadeAnew() throws IOException {
        bob.perform("east");
        alice.perform("north");
        alice.perform("take mouse");
        bobOut.take();
        write(WORLD + """
                rooms:
                  hall:
                    description: A plain hall.
                    exits: {north: kitchen}
                  kitchen:
                    description: A kitchen.
                    exits: {south: hall}
                  lamp:
                    name: Lamp Room
                    description: A room where the lamp was.
                    exits: {out: hall}
                things:
                  snug: {name: snug rug, in: hall}
                  box: {name: box, container: true, openable: true, in: kitchen}
                  coin: {name: coin, in: box}
                actors:
                  mouse: {name: Mouse, in: kitchen, behaviours: [{cockroach: {interval: 2s}}]}
                """);
        String said = reload();
        assertThat(said).contains("3 added, 4 removed;").contains("Added: lamp, mouse, snug.").contains("Removed: lamp, roach, mouse, snug.");
        assertThat(said).contains("The mouse vanishes from your hands");
        assertThat(thing("lamp").isRoom()).isTrue();
        assertThat(thing("snug").isRoom()).isFalse();
        assertThat(thing("snug").location()).isSameAs(thing("hall"));
        assertThat(thing("mouse").isActor()).isTrue();
        assertThat(thing("mouse").room()).isSameAs(thing("kitchen"));
        assertThat(thing("player:bob").room()).isSameAs(thing("hall"));
        assertThat(bobOut.take()).contains("Snug fades away around you");
        assertThat(world.problems()).isEmpty();
        assertThat(counter.active()).isEqualTo(1);
    }

    @Test
    void whoMayReloadIsAHook() {
        Game other = new Game(WorldBuilder.build(reloader.definition()), reactor);
        Reloader r = Reloader.start(other, dir, reloader.definition(), StandardBehaviours.registry(), new SplittableRandom(2));
        ReloadCommand.install(other, r, actor -> actor.name().equals("Root"));
        Recorder out = new Recorder();
        PlayerSession carol = other.enter("carol", out);
        out.take();
        carol.perform("reload");
        reactor.runUntilIdle();
        assertThat(out.take()).isEqualTo("Only builders may reload the world.");
    }

    @Test
    void reloadingFilesThatDidNotChangeLeavesNothingForTheNextCheckpoint() throws IOException {
        write(WORLD + ROOMS + THINGS + """
                  chest: {name: chest, container: true, locked: true, key: coin, in: hall}
                  lantern: {name: lantern, light-source: true, lit: true, in: snug}
                """);
        reload();
        assertThat(thing("chest").states()).containsExactly(Flag.LOCKED);
        assertThat(thing("lantern").states()).containsExactly(Flag.OPEN, Flag.LIT);
        world.takeChanges();
        reload();
        World.Changes changes = world.takeChanges();
        assertThat(changes.changed()).as("a locked chest and a lit lantern, set again as they were").isEmpty();
        assertThat(changes.removed()).isEmpty();
    }
}
