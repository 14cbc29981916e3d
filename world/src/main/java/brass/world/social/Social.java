package brass.world.social;

import java.util.Objects;
import java.util.Optional;

/**
 * One social as a builder wrote it: its verb, and its texts for doing it alone, to someone else,
 * and to oneself (each optional, at least one given). Texts are {@link brass.world.language.Event}
 * templates: {@code {actor}} and {@code {target}} (and their {@code .they}, {@code .them},
 * {@code .their} forms) become each observer's words for those two.
 *
 * @param name     the verb players type: "bow"
 * @param alone    "You bow." / "Alice bows."
 * @param targeted "You bow to Bob." / "Alice bows to you." / "Alice bows to Bob."
 * @param self     "You bow to yourself." / "Alice bows to herself."
 */
public record Social(String name, Optional<Texts> alone, Optional<Texts> targeted, Optional<Texts> self) {

    public Social {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(alone, "alone");
        Objects.requireNonNull(targeted, "targeted");
        Objects.requireNonNull(self, "self");
        if (alone.isEmpty() && targeted.isEmpty()) {
            throw new IllegalArgumentException("social '" + name + "' has neither an alone nor a targeted form");
        }
    }

    /**
     * What each observer reads.
     *
     * @param actor  the one doing it
     * @param target the one it is done to; null in a form without a target
     * @param others everyone else in the room
     */
    public record Texts(String actor, String target, String others) {

        public Texts {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(others, "others");
        }

        /** Texts for a form without a target. */
        public static Texts of(String actor, String others) {
            return new Texts(actor, null, others);
        }
    }
}
