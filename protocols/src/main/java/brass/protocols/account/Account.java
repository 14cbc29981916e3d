package brass.protocols.account;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A player's account: one character of the same name.
 *
 * @param id            stable id assigned by the store (never reused)
 * @param name          the name as the player typed it at creation ("Alice")
 * @param passwordHash  the encoded slow hash ({@link PasswordHasher}), never the password
 * @param publicKeys    OpenSSH public key lines that may log in over SSH
 * @param roles         e.g. {@code builder}, {@code admin}
 * @param created       when the account was created
 * @param lastLogin     when it last logged in, or null
 */
public record Account(long id, String name, String passwordHash, List<String> publicKeys, Set<String> roles,
                      Instant created, Instant lastLogin) {

    public Account {
        publicKeys = List.copyOf(publicKeys);
        roles = Set.copyOf(roles);
    }

    /** The case-insensitive key names are compared by. */
    public String key() {
        return NameRules.key(name);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public Account withLastLogin(Instant when) {
        return new Account(id, name, passwordHash, publicKeys, roles, created, when);
    }

    public Account withPublicKeys(List<String> keys) {
        return new Account(id, name, passwordHash, keys, roles, created, lastLogin);
    }

    public Account withRoles(Set<String> newRoles) {
        return new Account(id, name, passwordHash, publicKeys, newRoles, created, lastLogin);
    }
}
