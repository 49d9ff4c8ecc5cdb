package vn.gov.moj.thidua.contract;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.gov.moj.thidua.support.EmbeddedPostgresResource;

/** A cheap, order-independent digest of every table's rows (rate-limit counters aside): equal fingerprints mean nothing was written. */
public final class DatabaseFingerprint {

    private DatabaseFingerprint() {
    }

    public static Map<String, String> take() {
        Map<String, String> digest = new LinkedHashMap<>();
        try (Connection c = EmbeddedPostgresResource.superuserConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("""
                    SELECT table_name FROM information_schema.tables
                    WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
                      AND table_name NOT IN ('flyway_schema_history', 'demo_data_history', 'rate_limit_window')
                    ORDER BY table_name""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*), coalesce(sum(hashtext(t::text)::bigint), 0) FROM \""
                        + table + "\" t")) {
                    rs.next();
                    digest.put(table, rs.getLong(1) + ":" + rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot fingerprint the database", e);
        }
        return digest;
    }
}
