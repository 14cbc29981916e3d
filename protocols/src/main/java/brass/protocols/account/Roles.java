package brass.protocols.account;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The roles an account may hold. A new account holds none; an operator grants them with
 * {@code bin/brass admin grant NAME [ROLE]}, and they change only through
 * {@link AccountStore#changeRole}.
 */
public final class Roles {

    /** Runs the server from inside the game. */
    public static final String ADMIN = "admin";

    /** Edits the world and reloads it. */
    public static final String BUILDER = "builder";

    /** Every role, in the order listings show them. */
    public static final List<String> ALL = List.of(ADMIN, BUILDER);

    private Roles() {
    }

    /** Why {@code role} is not a role, in words for an operator; empty when it is one. */
    public static Optional<String> problem(String role) {
        return ALL.contains(role) ? Optional.empty()
                : Optional.of("unknown role '" + role + "'; the roles are " + String.join(", ", ALL));
    }

    /** {@code roles} in the order of {@link #ALL} (any role this Brass does not know last, by name). */
    public static List<String> ordered(Collection<String> roles) {
        return roles.stream().sorted(Comparator.comparingInt((String r) -> ALL.contains(r) ? ALL.indexOf(r) : ALL.size())
                .thenComparing(Comparator.naturalOrder())).toList();
    }

    /** "admin, builder", or "none": roles for an operator to read. */
    public static String describe(Collection<String> roles) {
        return roles.isEmpty() ? "none" : String.join(", ", ordered(roles));
    }

    /** The one role {@code who} shows for an account: its first in the order of {@link #ALL}, or "" for none. */
    public static String shown(Account account) {
        List<String> held = ordered(account.roles());
        return held.isEmpty() ? "" : held.get(0);
    }

    /** "an admin", "a builder": for sentences about a role. */
    public static String withArticle(String role) {
        return ("aeiou".indexOf(role.isEmpty() ? 'x' : role.charAt(0)) >= 0 ? "an " : "a ") + role;
    }
}
