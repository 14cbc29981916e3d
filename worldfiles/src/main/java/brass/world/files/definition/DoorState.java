package brass.world.files.definition;

/** How a door (or an openable thing) starts. Locked implies closed. */
public enum DoorState {
    OPEN("open"), CLOSED("closed"), LOCKED("locked");

    private final String word;

    DoorState(String word) {
        this.word = word;
    }

    /** The word used in world files. */
    public String word() {
        return word;
    }
}
