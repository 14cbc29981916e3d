package brass.server.store;

import brass.protocols.admin.Ban;
import brass.protocols.admin.BanStore;
import brass.protocols.admin.BanTarget;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Bans in the database (table {@code bans}). Blocking: the worker pool calls it, never the game loop. */
public final class JdbcBanStore implements BanStore {

    private static final Logger log = LoggerFactory.getLogger(JdbcBanStore.class);

    private final Database db;

    public JdbcBanStore(Database db) {
        this.db = db;
    }

    /** Every ban kept; a row that is no ban (a damaged database) is logged and skipped, not fatal. */
    @Override
    public List<Ban> all() throws SQLException {
        return db.inTransaction(c -> {
            List<Ban> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT kind, target, reason, banned_by, created_at,"
                    + " expires_at FROM bans ORDER BY created_at, kind, target");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    try {
                        Timestamp expires = rs.getTimestamp(6);
                        out.add(new Ban(BanTarget.stored(rs.getString(1), rs.getString(2)), rs.getString(3),
                                rs.getString(4), rs.getTimestamp(5).toInstant(),
                                expires == null ? null : expires.toInstant()));
                    } catch (IllegalArgumentException e) {
                        log.warn("ignoring a ban row that is not a ban ({} {}): {}", rs.getString(1), rs.getString(2),
                                e.getMessage());
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void put(Ban ban) throws SQLException {
        db.inTransaction(c -> {
            // Delete then insert: MERGE and ON CONFLICT are not the same SQL in H2 and PostgreSQL.
            delete(c, ban.target());
            try (PreparedStatement p = c.prepareStatement("INSERT INTO bans (kind, target, reason, banned_by,"
                    + " created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                p.setString(1, ban.target().kind());
                p.setString(2, ban.target().text());
                p.setString(3, ban.reason());
                p.setString(4, ban.by());
                p.setTimestamp(5, Timestamp.from(ban.created()));
                p.setTimestamp(6, ban.expires() == null ? null : Timestamp.from(ban.expires()));
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void remove(BanTarget target) throws SQLException {
        db.inTransaction(c -> {
            delete(c, target);
            return null;
        });
    }

    private static void delete(Connection c, BanTarget target) throws SQLException {
        try (PreparedStatement d = c.prepareStatement("DELETE FROM bans WHERE kind = ? AND target = ?")) {
            d.setString(1, target.kind());
            d.setString(2, target.text());
            d.executeUpdate();
        }
    }
}
