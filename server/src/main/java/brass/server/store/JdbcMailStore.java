package brass.server.store;

import brass.protocols.mail.Letter;
import brass.protocols.mail.MailStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/** Letters in the database (table {@code mail}). Blocking: the worker pool calls it, never the game loop. */
public final class JdbcMailStore implements MailStore {

    private final Database db;

    public JdbcMailStore(Database db) {
        this.db = db;
    }

    @Override
    public void post(Letter letter) throws SQLException {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO mail (recipient, sender, body, sent_at) VALUES (?, ?, ?, ?)")) {
                p.setString(1, letter.recipient());
                p.setString(2, letter.sender());
                p.setString(3, letter.text());
                p.setTimestamp(4, Timestamp.from(letter.sent()));
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public int waiting(String recipient) throws SQLException {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM mail WHERE recipient = ?")) {
                p.setString(1, recipient);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Override
    public List<Letter> collect(String recipient) throws SQLException {
        return db.inTransaction(c -> {
            List<Letter> out = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT id, sender, body, sent_at FROM mail WHERE recipient = ? ORDER BY id")) {
                p.setString(1, recipient);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                        out.add(new Letter(recipient, rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
                    }
                }
            }
            try (PreparedStatement d = c.prepareStatement("DELETE FROM mail WHERE id = ?")) {
                for (long id : ids) {
                    d.setLong(1, id);
                    d.addBatch();
                }
                if (!ids.isEmpty()) {
                    d.executeBatch();
                }
            }
            return out;
        });
    }
}
