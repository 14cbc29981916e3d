package brass.protocols.account;

import brass.protocols.guard.ClientAddress;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Slows password guessing, for telnet and SSH alike (one throttle serves both): the bookkeeping
 * that decides when an attempt may be checked and how long its refusal waits. Game-loop only;
 * it does no waiting itself (the lobby's password checks do).
 *
 * <p>The design, and why:
 * <ul>
 *   <li><b>Counted by address and by name.</b> An address is a {@link ClientAddress} (an IP, or
 *       an IPv6 /64), never a socket: every new connection has a new source port. Each failure
 *       doubles the wait for the address and for the name (1 s, 2 s, 4 s ... up to a minute);
 *       a record is forgotten 15 minutes after its last failure.</li>
 *   <li><b>One at a time.</b> An address has at most one attempt open, from its start until its
 *       answer, so a second connection from it waits its turn; a name has at most one password
 *       being hashed, so a crowd of addresses at one name cannot pile PBKDF2 work onto the worker
 *       pool. Waiting is done before hashing: a throttled attempt costs no hash.</li>
 *   <li><b>Failed addresses pay the name's wait too.</b> Before an address that has failed may
 *       try again, it waits out its own delay and the name's. Together with the above, 200
 *       connections from one address get answers at 1, 3, 7, 15, 31 and 63 s and then one a
 *       minute, each costing one hash.</li>
 *   <li><b>A clean address is never held back by failures elsewhere.</b> An address with no
 *       failures of its own is checked at once (after at most the hash already under way for the
 *       name), and a right password is let in at once: guessing someone's name, an admin's
 *       included, cannot lock its owner out. A wrong password from it is refused only after the
 *       name's wait (so a name under attack answers every new address slowly, holding that
 *       address's one open attempt), and then the address has failed and pays as above.</li>
 * </ul>
 * What this leaves an attacker: one hash per fresh address (not per connection), one at a time
 * per name. A success clears the name's record (not the address's: its failures were its own).
 * The tables are bounded, oldest leaving first, so invented names cannot grow memory.
 */
public final class LoginThrottle {

    /** {@link #mayBegin}'s answer while another attempt for the name or from the address is under way. */
    public static final long AFTER_THE_ONE_UNDER_WAY = Long.MAX_VALUE;

    static final long BASE_NANOS = 1_000_000_000L;
    static final long MAX_NANOS = 60_000_000_000L;
    private static final long FORGET_AFTER_NANOS = 15 * 60_000_000_000L;

    private record Failures(int count, long lastAt) {

        long delay() {
            return Math.min(MAX_NANOS, BASE_NANOS << Math.min(count - 1, 6));
        }
    }

    private final Map<String, Failures> names;
    private final Map<ClientAddress, Failures> addresses;
    private final Set<String> hashing = new HashSet<>();
    private final Set<ClientAddress> open = new HashSet<>();

    public LoginThrottle(int capacity) {
        this.names = bounded(capacity);
        this.addresses = bounded(capacity);
    }

    private static <K> Map<K, Failures> bounded(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Failures> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * When an attempt for {@code nameKey} from {@code address} may begin: a time (at or before
     * {@code now}: at once), or {@link #AFTER_THE_ONE_UNDER_WAY}.
     */
    public long mayBegin(String nameKey, ClientAddress address, long now) {
        if (open.contains(address) || hashing.contains(nameKey)) {
            return AFTER_THE_ONE_UNDER_WAY;
        }
        Failures own = current(addresses.get(address), now);
        if (own == null) {
            return now;
        }
        Failures name = current(names.get(nameKey), now);
        long ready = own.lastAt() + own.delay();
        return name == null ? ready : Math.max(ready, name.lastAt() + name.delay());
    }

    /** An attempt begins: its password is being hashed, and its address has it open. */
    public void begin(String nameKey, ClientAddress address) {
        hashing.add(nameKey);
        open.add(address);
    }

    /** The attempt's hash is done: the name may be hashed for another. */
    public void hashed(String nameKey) {
        hashing.remove(nameKey);
    }

    /**
     * Records a failed attempt against the name and the address; returns how long its refusal
     * waits: at least a second, and the longer of the two doubled waits.
     */
    public long failed(String nameKey, ClientAddress address, long now) {
        long forName = bump(names, nameKey, now).delay();
        long forAddress = bump(addresses, address, now).delay();
        return Math.max(BASE_NANOS, Math.max(forName, forAddress));
    }

    /** A right password: the name's record is cleared (the address keeps its own). */
    public void succeeded(String nameKey) {
        names.remove(nameKey);
    }

    /** The attempt was answered: the address may begin another. */
    public void answered(ClientAddress address) {
        open.remove(address);
    }

    private static <K> Failures bump(Map<K, Failures> table, K key, long now) {
        Failures f = current(table.get(key), now);
        Failures next = new Failures(f == null ? 1 : f.count() + 1, now);
        table.put(key, next);
        return next;
    }

    private static Failures current(Failures f, long now) {
        return f == null || now - f.lastAt() > FORGET_AFTER_NANOS ? null : f;
    }
}
