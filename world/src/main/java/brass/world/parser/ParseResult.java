package brass.world.parser;

import java.util.List;
import brass.world.model.Thing;

/** What came of parsing a line. */
public sealed interface ParseResult {

    /** A blank line: nothing to do. */
    record Nothing() implements ParseResult {
    }

    /** A command to act on. */
    record Parsed(Command command) implements ParseResult {
    }

    /** The line could not be understood or resolved; {@code message} says why, for the player. */
    record Failed(String message) implements ParseResult {
    }

    /** A noun phrase fits several things; ask {@code question} and hold {@code pending} for the answer. */
    record Ambiguous(String question, Pending pending) implements ParseResult {
    }

    /**
     * A question waiting for its answer: the original line, which phrase was ambiguous (its slot)
     * and its candidates, plus choices already made for other phrases.
     */
    record Pending(String line, int slot, List<Thing> candidates, java.util.Map<Integer, Thing> choices) {
        public Pending {
            candidates = List.copyOf(candidates);
            choices = java.util.Map.copyOf(choices);
        }
    }
}
