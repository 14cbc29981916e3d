package brass.world.behaviour.standard;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.behaviour.Behaviour;
import brass.world.game.PlayerSession;
import brass.world.game.Recorder;
import brass.world.model.Direction;
import brass.world.model.Thing;
import brass.world.model.ThingState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A door that closes itself: when, what both sides read, and that a reload or a stall never doubles it. */
class DoorClosesAfterTest {

    Scene scene = new Scene();
    Thing hall;
    Thing lane;
    Thing door;
    Recorder inHall = new Recorder();
    Recorder inLane = new Recorder();
    PlayerSession alice;
    PlayerSession bob;

    @BeforeEach
    void build() {
        hall = scene.world.room("hall", "The Hall", "A hall.");
        lane = scene.world.room("lane", "The Lane", "A lane.");
        door = scene.world.door("front-door", "front door").adjectives("front");
        scene.world.connect(hall, Direction.SOUTH, lane, door);
        alice = scene.player("alice", hall, inHall);
        bob = scene.player("bob", lane, inLane);
    }

    Behaviour.Running closesAfter(Thing thing, Duration delay) {
        return scene.start(DoorClosesAfter.behaviour(), thing, Map.of("delay", delay));
    }

    @Test
    void anOpenedDoorSwingsShutAfterItsDelaySeenOnBothSides() {
        closesAfter(door, Duration.ofSeconds(20));
        assertThat(scene.reactor.pendingTimers()).isZero();
        alice.perform("open door");
        inHall.take();
        assertThat(inLane.take()).isEqualTo("The front door opens.");
        scene.reactor.advance(Duration.ofMillis(19_999));
        assertThat(door.isOpen()).isTrue();
        scene.reactor.advance(Duration.ofMillis(1));
        assertThat(door.isOpen()).isFalse();
        assertThat(inHall.take()).isEqualTo("The front door swings shut.");
        assertThat(inLane.take()).isEqualTo("The front door swings shut.");
        assertThat(scene.reactor.pendingTimers()).isZero();
        scene.reactor.advance(Duration.ofMinutes(5));
        assertThat(inHall.take()).isEmpty();
    }

    @Test
    void closedByHandItForgetsTheTimerAndOpenedAgainItCountsTheWholeDelayAfresh() {
        closesAfter(door, Duration.ofSeconds(20));
        alice.perform("open door");
        scene.reactor.advance(Duration.ofSeconds(10));
        bob.perform("close door");
        assertThat(scene.reactor.pendingTimers()).isZero();
        scene.reactor.advance(Duration.ofSeconds(5));
        bob.perform("open door");
        inHall.take();
        inLane.take();
        // 20 s after Alice opened it: Bob's opening counts from 15 s
        scene.reactor.advance(Duration.ofSeconds(5));
        assertThat(door.isOpen()).isTrue();
        scene.reactor.advance(Duration.ofSeconds(15));
        assertThat(door.isOpen()).isFalse();
        assertThat(inHall.take()).isEqualTo("The front door swings shut.");
        assertThat(inLane.take()).isEqualTo("The front door swings shut.");
    }

    @Test
    void aStalledLoopClosesItLateAndOnce() {
        closesAfter(door, Duration.ofSeconds(1));
        alice.perform("open door");
        inHall.take();
        scene.reactor.manualClock().advanceNanos(Duration.ofHours(1).toNanos());
        scene.reactor.runUntilIdle();
        assertThat(door.isOpen()).isFalse();
        assertThat(inHall.take()).isEqualTo("The front door swings shut.");
        assertThat(scene.reactor.pendingTimers()).isZero();
    }

    @Test
    void aThingThatOpensClosesInTheRoomItIsIn() {
        Thing chest = scene.world.object("chest", "chest", hall).container(true).openable(false);
        closesAfter(chest, Duration.ofSeconds(3));
        alice.perform("open chest");
        inHall.take();
        scene.reactor.advance(Duration.ofSeconds(3));
        assertThat(chest.isOpen()).isFalse();
        assertThat(inHall.take()).isEqualTo("The chest swings shut.");
        assertThat(inLane.take()).isEmpty();
    }

    @Test
    void stoppingCancelsTheTimerAndStopsListening() {
        Behaviour.Running running = closesAfter(door, Duration.ofSeconds(2));
        alice.perform("open door");
        assertThat(scene.reactor.pendingTimers()).isEqualTo(1);
        running.stop();
        running.stop();
        assertThat(scene.reactor.pendingTimers()).isZero();
        alice.perform("close door");
        alice.perform("open door");
        assertThat(scene.reactor.pendingTimers()).isZero();
        scene.reactor.advance(Duration.ofMinutes(1));
        assertThat(door.isOpen()).isTrue();
    }

    /** A checkpoint keeps the door open; after a restart the door closes its delay after the world starts. */
    @Test
    void aDoorRestoredOpenClosesAfterItsDelay() {
        alice.perform("open door");
        List<ThingState> checkpoint = scene.world.snapshot();
        Scene restarted = new Scene();
        Thing hall2 = restarted.world.room("hall", "The Hall", "A hall.");
        Thing lane2 = restarted.world.room("lane", "The Lane", "A lane.");
        Thing door2 = restarted.world.door("front-door", "front door");
        restarted.world.connect(hall2, Direction.SOUTH, lane2, door2);
        restarted.world.restore(checkpoint);
        assertThat(door2.isOpen()).isTrue();
        restarted.start(DoorClosesAfter.behaviour(), door2, Map.of("delay", Duration.ofSeconds(4)));
        restarted.reactor.advance(Duration.ofSeconds(4));
        assertThat(door2.isOpen()).isFalse();
    }

    /**
     * A reload stops the old behaviour, timer and all, and starts the new one, which finds the door
     * open and counts its delay from then: never a stale timer from before, never two.
     */
    @Test
    void aReloadWhileItIsOpenLeavesOneTimerAndOneClosing(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("world.yaml"), """
                name: Test
                start: hall
                rooms:
                  hall: {description: A hall.}
                  lane: {description: A lane.}
                doors:
                  front-door:
                    name: front door
                    sides: {hall: south, lane: north}
                    behaviours: [{door-closes-after: {delay: 20s}}]
                """);
        ReloadableWorld inn = new ReloadableWorld(dir, 1);
        Recorder out = new Recorder();
        PlayerSession carol = inn.game.enter("carol", out);
        carol.perform("open door");
        out.take();
        inn.reactor.advance(Duration.ofSeconds(5));
        inn.reloadUnchanged();
        inn.reloadUnchanged();
        assertThat(inn.reactor.pendingTimers()).isEqualTo(1);
        inn.reactor.advance(Duration.ofSeconds(15));
        Thing frontDoor = inn.world.get("front-door");
        assertThat(frontDoor.isOpen()).as("the timer from before the reload is gone").isTrue();
        inn.reactor.advance(Duration.ofSeconds(5));
        assertThat(frontDoor.isOpen()).isFalse();
        assertThat(out.take()).isEqualTo("The front door swings shut.");
        inn.reactor.advance(Duration.ofMinutes(1));
        assertThat(out.take()).isEmpty();
        assertThat(inn.reactor.pendingTimers()).isZero();
    }
}
