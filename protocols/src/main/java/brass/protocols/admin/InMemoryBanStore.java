package brass.protocols.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bans kept in memory only: for tests, and for a server run without a database. Thread-safe. */
public final class InMemoryBanStore implements BanStore {

    private final Map<BanTarget, Ban> bans = new LinkedHashMap<>();

    @Override
    public synchronized List<Ban> all() {
        return new ArrayList<>(bans.values());
    }

    @Override
    public synchronized void put(Ban ban) {
        bans.remove(ban.target());
        bans.put(ban.target(), ban);
    }

    @Override
    public synchronized void remove(BanTarget target) {
        bans.remove(target);
    }
}
