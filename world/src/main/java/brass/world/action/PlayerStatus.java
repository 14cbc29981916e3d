package brass.world.action;

import java.time.Duration;
import java.util.Objects;

/**
 * What {@code who} and {@code score} tell of a player in the game.
 *
 * @param idle     how long since they last typed a command (or came in)
 * @param linkDead their connection dropped and the character waits for them
 * @param role     {@code admin}, {@code builder}, or empty for a player without a role
 * @param age      how long since the character was made
 * @param played   how long the character has been played, this session included
 */
public record PlayerStatus(Duration idle, boolean linkDead, String role, Duration age, Duration played) {

    public PlayerStatus {
        Objects.requireNonNull(idle, "idle");
        role = role == null ? "" : role;
        Objects.requireNonNull(age, "age");
        Objects.requireNonNull(played, "played");
    }

    /** Someone just come in, for the first time. */
    public static final PlayerStatus NEW = new PlayerStatus(Duration.ZERO, false, "", Duration.ZERO, Duration.ZERO);
}
