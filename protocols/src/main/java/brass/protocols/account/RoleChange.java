package brass.protocols.account;

import java.util.HashSet;
import java.util.Set;

/**
 * One role given to or taken from an account, as the store committed it.
 *
 * @param before  the account as it was
 * @param after   the account as it is now (the same roles when there was nothing to change)
 * @param role    the role given or taken
 * @param granted true when the role was given, false when taken
 */
public record RoleChange(Account before, Account after, String role, boolean granted) {

    /** Gives {@code role} to {@code before} (or takes it, when {@code grant} is false). */
    public static RoleChange of(Account before, String role, boolean grant) {
        Set<String> roles = new HashSet<>(before.roles());
        if (grant) {
            roles.add(role);
        } else {
            roles.remove(role);
        }
        return new RoleChange(before, before.withRoles(roles), role, grant);
    }

    /** False when the account already was as asked (granted a role it had, or lost one it lacked). */
    public boolean changed() {
        return !before.roles().equals(after.roles());
    }
}
