package brass.protocols.play;

import brass.protocols.account.PasswordHasher;
import java.time.Duration;
import java.util.Optional;

/**
 * How long players may idle or linger, and how logins are bounded; shared by telnet and SSH.
 *
 * @param idleTimeout        a player silent this long is disconnected (warned at half of it)
 * @param linkDeadGrace      a character whose connection dropped stays in the world this long,
 *                           so its player can reconnect into it; then it leaves
 * @param loginTimeout       a connection that has not logged in within this time is told so and
 *                           closed (a minute by default), so that sockets that never get into the
 *                           game are not held for the idle timeout
 * @param maxPasswordTries   wrong passwords before the connection is closed
 * @param minPasswordLength  the shortest password accepted for a new account
 * @param welcome            the banner shown on connect (markup)
 */
public record PlaySettings(Duration idleTimeout, Duration linkDeadGrace, Duration loginTimeout,
                           int maxPasswordTries, int minPasswordLength, String welcome) {

    public static PlaySettings defaults() {
        return new PlaySettings(Duration.ofMinutes(30), Duration.ofMinutes(2), Duration.ofMinutes(1), 3, 6,
                "{bold}Welcome to Brass.{/}");
    }

    /**
     * Why {@code password} may not be a password, in words for the player, or empty: the one rule
     * for a new account's and a changed password.
     */
    public Optional<String> passwordProblem(String password) {
        if (password.length() < minPasswordLength) {
            return Optional.of("That is too short.");
        }
        if (password.length() > PasswordHasher.MAX_PASSWORD_LENGTH) {
            return Optional.of("That is too long (" + PasswordHasher.MAX_PASSWORD_LENGTH + " characters at most).");
        }
        return Optional.empty();
    }

    public PlaySettings withWelcome(String text) {
        return new PlaySettings(idleTimeout, linkDeadGrace, loginTimeout, maxPasswordTries, minPasswordLength, text);
    }

    public PlaySettings withIdleTimeout(Duration d) {
        return new PlaySettings(d, linkDeadGrace, loginTimeout, maxPasswordTries, minPasswordLength, welcome);
    }

    public PlaySettings withLinkDeadGrace(Duration d) {
        return new PlaySettings(idleTimeout, d, loginTimeout, maxPasswordTries, minPasswordLength, welcome);
    }

    public PlaySettings withLoginTimeout(Duration d) {
        return new PlaySettings(idleTimeout, linkDeadGrace, d, maxPasswordTries, minPasswordLength, welcome);
    }
}
