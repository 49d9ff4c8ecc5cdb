package vn.gov.moj.thidua.support;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A real PostgreSQL (zonky binaries) for the whole test run; Quarkus boots once against it. */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    /** The schema owner: Flyway migrates as this role (as in production, docs/audit.md). */
    public static final String OWNER = "thidua";
    /** The application's role: owns nothing, only INSERT/SELECT on the audit trail (db/migration/afterMigrate.sql). */
    public static final String APP = "thidua_app";
    /** The application_name of the replica's connections in the tests (ReportQueriesTest). */
    public static final String REPLICA_APPLICATION = "thidua-replica";

    private static EmbeddedPostgres postgres;
    private static FaultyLink link;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().start();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE ROLE " + OWNER + " LOGIN PASSWORD '" + OWNER + "'");
                s.execute("CREATE ROLE " + APP + " LOGIN PASSWORD '" + APP + "'");
                s.execute("CREATE DATABASE thidua OWNER " + OWNER);
                // the "read replica" of the tests: the same database, a read-only role, its own application_name
                s.execute("CREATE ROLE thidua_replica LOGIN PASSWORD 'thidua_replica'");
            }
            try (Connection c = postgres.getDatabase("postgres", "thidua").getConnection(); Statement s = c.createStatement()) {
                s.execute("ALTER DEFAULT PRIVILEGES FOR ROLE " + OWNER + " IN SCHEMA public GRANT SELECT ON TABLES TO thidua_replica");
            }
            link = new FaultyLink(postgres.getPort());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start embedded PostgreSQL", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", APP,
                "quarkus.datasource.password", APP,
                "quarkus.flyway.username", OWNER,
                "quarkus.flyway.password", OWNER,
                "quarkus.datasource.\"replica\".jdbc.url", jdbcUrl() + "?ApplicationName=" + REPLICA_APPLICATION,
                "quarkus.datasource.\"replica\".username", "thidua_replica",
                "quarkus.datasource.\"replica\".password", "thidua_replica");
    }

    /** The backend reaches PostgreSQL through a relay that fault tests may cut: see {@link #link()}. */
    public static String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + link.port() + "/thidua";
    }

    /** The relay between the backend and PostgreSQL (cut it to simulate the database going down). */
    public static FaultyLink link() {
        return link;
    }

    /** A connection as the schema owner (the role migrations run as). */
    public static Connection ownerConnection() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(jdbcUrl(), OWNER, OWNER);
    }

    /** A connection as the application's role, the one the backend uses. */
    public static Connection appConnection() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(jdbcUrl(), APP, APP);
    }

    /** A superuser connection, for tests that inspect or tamper with stored rows directly. */
    public static Connection superuserConnection() throws java.sql.SQLException {
        return postgres.getDatabase("postgres", "thidua").getConnection();
    }

    @Override
    public void stop() {
        if (link != null) {
            try {
                link.close();
            } catch (IOException e) {
                // the JVM is going away
            }
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                // the process is going away with the JVM anyway
            }
        }
    }
}
