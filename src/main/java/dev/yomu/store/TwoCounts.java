package dev.yomu.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** A query over the review log with one study-day parameter whose one row is two counts (a day's work, retention). */
final class TwoCounts {
    private TwoCounts() {}

    /** What a row of two counts becomes. */
    interface Of<T> {
        T of(int first, int second);
    }

    static <T> T query(Tx c, String sql, LocalDate day, Of<T> result) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDate(1, Date.valueOf(day));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return result.of(rs.getInt(1), rs.getInt(2));
            }
        }
    }
}
