package brass.world.parser;

/** The shape of what follows a verb. */
public enum Syntax {
    /** Nothing: "inventory", "who". */
    NONE,
    /** The rest of the line as typed: "say Hello there". */
    TEXT,
    /** One word, not resolved against the world: "help take". */
    WORD,
    /** A direction or named exit: "go north", "go trapdoor". */
    EXIT,
    /** Noun phrases, perhaps with a preposition and a second one: "put lamp in box". */
    OBJECTS,
    /** Like OBJECTS, but a bare verb is fine too: "look", "look at lamp". */
    OPTIONAL_OBJECTS,
    /** Someone's name, then text: "tell bob hello". */
    RECIPIENT_TEXT
}
