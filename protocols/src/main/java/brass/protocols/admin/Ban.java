package brass.protocols.admin;

import java.time.Instant;
import java.util.Objects;

/**
 * One ban.
 *
 * @param target  the name or the addresses banned
 * @param reason  what the admin gave as the reason, or empty
 * @param by      the admin who banned
 * @param created when
 * @param expires when it stops applying, or null for never
 */
public record Ban(BanTarget target, String reason, String by, Instant created, Instant expires) {

    /** The longest reason kept. */
    public static final int MAX_REASON = 200;

    public Ban {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(created, "created");
        reason = reason == null ? "" : reason.strip();
        if (reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("A reason has at most " + MAX_REASON + " characters.");
        }
    }

    /** True while the ban applies: always, if it is permanent. */
    public boolean inForceAt(Instant now) {
        return expires == null || now.isBefore(expires);
    }
}
