package brass.protocols.mail;

import java.time.Instant;
import java.util.Objects;

/**
 * One message kept for a player who was away.
 *
 * @param recipient the recipient's account key ({@link brass.protocols.account.NameRules#key})
 * @param sender    the sender's name as players see it
 * @param text      what they said, as typed
 * @param sent      when
 */
public record Letter(String recipient, String sender, String text, Instant sent) {

    /** The longest text a letter keeps, in characters: a command line is never longer. */
    public static final int MAX_TEXT = 1024;

    public Letter {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sent, "sent");
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a letter holds at most " + MAX_TEXT + " characters");
        }
    }
}
