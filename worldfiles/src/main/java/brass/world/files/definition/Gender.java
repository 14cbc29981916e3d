package brass.world.files.definition;

/** Grammatical gender, for pronouns: he, she, it, they. */
public enum Gender {
    MALE("male"), FEMALE("female"), NEUTER("neuter"), PLURAL("plural");

    private final String word;

    Gender(String word) {
        this.word = word;
    }

    /** The word used in world files. */
    public String word() {
        return word;
    }
}
