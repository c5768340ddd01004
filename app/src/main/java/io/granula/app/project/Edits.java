package io.granula.app.project;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Table {@code edit}: one row per operation with its rectangle's before and after labels
 * ({@link LabelCodec}). Undo writes {@code before} back and marks the row undone; redo writes
 * {@code after} and marks it applied; a new edit after undos marks the undone rows discarded (they stay
 * in the audit trail but can no longer be redone).
 */
final class Edits {
    private Edits() {
    }

    static EditRecord insert(Connection c, long imageId, String kind, String author, List<Integer> touched,
                             EditPatch patch, int[] before) throws SQLException {
        try (PreparedStatement d = c.prepareStatement(
                "UPDATE edit SET state = 'discarded' WHERE image_id = ? AND state = 'undone'")) {
            d.setLong(1, imageId);
            d.executeUpdate();
        }
        long seq;
        try (PreparedStatement q = c.prepareStatement("SELECT coalesce(max(seq), 0) + 1 FROM edit WHERE image_id = ?")) {
            q.setLong(1, imageId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                seq = rs.getLong(1);
            }
        }
        Instant at = Instant.now();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO edit (image_id, seq, kind, at, author, touched,"
                + " x, y, width, height, before, after, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'applied')",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, imageId);
            p.setLong(2, seq);
            p.setString(3, kind);
            p.setString(4, at.toString());
            p.setString(5, author);
            p.setString(6, ProjectStore.joinIds(touched));
            p.setInt(7, patch.x());
            p.setInt(8, patch.y());
            p.setInt(9, patch.width());
            p.setInt(10, patch.height());
            p.setBytes(11, LabelCodec.pack(before));
            p.setBytes(12, LabelCodec.pack(patch.after()));
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return new EditRecord(keys.getLong(1), imageId, seq, kind, at, author, touched, patch.x(), patch.y(),
                        patch.width(), patch.height(), EditRecord.State.APPLIED);
            }
        }
    }

    static EditRecord setState(Connection c, EditRecord e, EditRecord.State state) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE edit SET state = ? WHERE id = ?")) {
            p.setString(1, state.name().toLowerCase(Locale.ROOT));
            p.setLong(2, e.id());
            p.executeUpdate();
        }
        return new EditRecord(e.id(), e.imageId(), e.sequence(), e.kind(), e.at(), e.author(), e.touched(),
                e.x(), e.y(), e.width(), e.height(), state);
    }

    static void discardAll(Connection c, long imageId) throws SQLException {
        try (PreparedStatement d = c.prepareStatement("UPDATE edit SET state = 'discarded' WHERE image_id = ?")) {
            d.setLong(1, imageId);
            d.executeUpdate();
        }
    }

    /** The last (or first) edit of the image in a state, with its pixels. */
    static Optional<ProjectStore.StoredEdit> find(Connection c, long imageId, EditRecord.State state, boolean first)
            throws SQLException {
        String order = first ? "ASC" : "DESC";
        try (PreparedStatement q = c.prepareStatement("SELECT * FROM edit WHERE image_id = ? AND state = ? ORDER BY seq "
                + order + " LIMIT 1")) {
            q.setLong(1, imageId);
            q.setString(2, state.name().toLowerCase(Locale.ROOT));
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                EditRecord r = record(rs);
                int n = r.width() * r.height();
                return Optional.of(new ProjectStore.StoredEdit(r, LabelCodec.unpack(rs.getBytes("before"), n),
                        LabelCodec.unpack(rs.getBytes("after"), n)));
            }
        }
    }

    static List<EditRecord> list(Connection c, long imageId) throws SQLException {
        List<EditRecord> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT id, image_id, seq, kind, at, author, touched, x, y, width,"
                + " height, state FROM edit WHERE image_id = ? ORDER BY seq")) {
            q.setLong(1, imageId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(record(rs));
                }
            }
        }
        return out;
    }

    static int appliedCount(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT count(*) FROM edit WHERE state = 'applied'");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static EditRecord record(ResultSet rs) throws SQLException {
        return new EditRecord(rs.getLong("id"), rs.getLong("image_id"), rs.getLong("seq"), rs.getString("kind"),
                Instant.parse(rs.getString("at")), rs.getString("author"), ProjectStore.splitIds(rs.getString("touched")),
                rs.getInt("x"), rs.getInt("y"), rs.getInt("width"), rs.getInt("height"),
                EditRecord.State.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)));
    }
}
