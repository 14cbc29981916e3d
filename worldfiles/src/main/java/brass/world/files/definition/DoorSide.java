package brass.world.files.definition;

import java.util.Objects;

/** One side of a door: the room and the name of the exit the door stands in. */
public record DoorSide(String room, String exit) {

    public DoorSide {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(exit, "exit");
    }
}
