package dev.yomu.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Learner settings and small facts about the database (name → value). */
public final class SettingStore {

    public Optional<String> get(Tx c, String name) {
        try (PreparedStatement ps = c.prepareStatement("SELECT setting_value FROM setting WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }

    public void put(Tx c, String name, String value) {
        c.update("MERGE INTO setting(name, setting_value) KEY(name) VALUES (?, ?)", name, value);
    }

    public Map<String, String> all(Tx c) {
        try {
            Map<String, String> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name, setting_value FROM setting ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getString(2));
            }
            return out;
        } catch (SQLException e) {
            throw Tx.failed(e);
        }
    }
}
