package brass.protocols.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

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
 * @param settings      what the player chose for themselves, kept across logins: {@code brief},
 *                      {@code prompt}, {@code colour}, {@code alias.<word>}; sorted by name
 * @param played        how long the character has been played, in all the sessions that ended
 *                      (whole seconds); the store only ever adds to it ({@link AccountStore#addPlayed})
 */
public record Account(long id, String name, String passwordHash, List<String> publicKeys, Set<String> roles,
                      Instant created, Instant lastLogin, Map<String, String> settings, Duration played) {

    public Account {
        played = played == null ? Duration.ZERO : played;
        publicKeys = List.copyOf(publicKeys);
        roles = Set.copyOf(roles);
        settings = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(settings));
    }

    /** An account with no settings chosen yet. */
    public Account(long id, String name, String passwordHash, List<String> publicKeys, Set<String> roles,
                   Instant created, Instant lastLogin) {
        this(id, name, passwordHash, publicKeys, roles, created, lastLogin, Map.of());
    }

    /** An account never played yet. */
    public Account(long id, String name, String passwordHash, List<String> publicKeys, Set<String> roles,
                   Instant created, Instant lastLogin, Map<String, String> settings) {
        this(id, name, passwordHash, publicKeys, roles, created, lastLogin, settings, Duration.ZERO);
    }

    /** The value the player chose for {@code setting}, if any. */
    public Optional<String> setting(String setting) {
        return Optional.ofNullable(settings.get(setting));
    }

    /** This account with {@code setting} set to {@code value}, or removed when {@code value} is null. */
    public Account withSetting(String setting, String value) {
        Map<String, String> changed = new TreeMap<>(settings);
        if (value == null) {
            changed.remove(setting);
        } else {
            changed.put(setting, value);
        }
        return new Account(id, name, passwordHash, publicKeys, roles, created, lastLogin, changed, played);
    }

    public Account withPasswordHash(String hash) {
        return new Account(id, name, hash, publicKeys, roles, created, lastLogin, settings, played);
    }

    /** The case-insensitive key names are compared by. */
    public String key() {
        return NameRules.key(name);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public Account withLastLogin(Instant when) {
        return new Account(id, name, passwordHash, publicKeys, roles, created, when, settings, played);
    }

    public Account withPublicKeys(List<String> keys) {
        return new Account(id, name, passwordHash, keys, roles, created, lastLogin, settings, played);
    }

    public Account withRoles(Set<String> newRoles) {
        return new Account(id, name, passwordHash, publicKeys, newRoles, created, lastLogin, settings, played);
    }

    public Account withPlayed(Duration total) {
        return new Account(id, name, passwordHash, publicKeys, roles, created, lastLogin, settings, total);
    }
}
