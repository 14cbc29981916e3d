package brass.protocols.account;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows down password guessing, shared by telnet and SSH: each failure for a name or an address
 * doubles the wait before the next attempt is answered (1 s, 2 s, 4 s ... up to a minute), and a
 * success clears the name's record. The table is bounded (oldest entries leave first) so a
 * flood of invented names cannot grow memory. Game-loop only.
 */
public final class LoginThrottle {

    private static final long BASE_NANOS = 1_000_000_000L;
    private static final long MAX_NANOS = 60_000_000_000L;
    private static final long FORGET_AFTER_NANOS = 15 * 60_000_000_000L;

    private record Failures(int count, long lastAt) {
    }

    private final Map<String, Failures> table;

    public LoginThrottle(int capacity) {
        this.table = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Records a failed attempt for the account name and for the address. */
    public void failed(String nameKey, String address, long now) {
        bump("name:" + nameKey, now);
        bump("addr:" + address, now);
    }

    /** Forgets the name's failures after a good login (the address keeps its record). */
    public void succeeded(String nameKey) {
        table.remove("name:" + nameKey);
    }

    /** How long to wait before answering an attempt for this name from this address. */
    public long delayNanos(String nameKey, String address, long now) {
        return Math.max(delayFor("name:" + nameKey, now), delayFor("addr:" + address, now));
    }

    private void bump(String key, long now) {
        Failures f = table.get(key);
        int count = f == null || now - f.lastAt() > FORGET_AFTER_NANOS ? 1 : f.count() + 1;
        table.put(key, new Failures(count, now));
    }

    private long delayFor(String key, long now) {
        Failures f = table.get(key);
        if (f == null || now - f.lastAt() > FORGET_AFTER_NANOS) {
            return 0;
        }
        int shift = Math.min(f.count() - 1, 6);
        return Math.min(MAX_NANOS, BASE_NANOS << shift);
    }
}
