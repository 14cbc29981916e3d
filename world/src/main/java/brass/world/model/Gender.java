package brass.world.model;

import java.util.Locale;

/** Grammatical gender, which decides the pronouns a thing is referred to by. */
public enum Gender {
    MALE("he", "him", "his", "himself"),
    FEMALE("she", "her", "her", "herself"),
    NEUTER("it", "it", "its", "itself"),
    /** Also the singular "they" of a person who prefers it. */
    PLURAL("they", "them", "their", "themselves");

    private final String word;
    private final String subject;
    private final String object;
    private final String possessive;
    private final String reflexive;

    Gender(String subject, String object, String possessive, String reflexive) {
        this.word = name().toLowerCase(Locale.ROOT);
        this.subject = subject;
        this.object = object;
        this.possessive = possessive;
        this.reflexive = reflexive;
    }

    /** The word world files use: "male", "female", "neuter", "plural". */
    public String word() {
        return word;
    }

    public String subject() {
        return subject;
    }

    public String object() {
        return object;
    }

    public String possessive() {
        return possessive;
    }

    public String reflexive() {
        return reflexive;
    }
}
