package vn.gov.moj.thidua.devtools;

import java.io.File;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL behind {@code ./run.sh}, with its two roles ({@code thidua} owns the schema and runs the
 * migrations, {@code thidua_app} is the application's): keeps its data in a folder between runs, listens on
 * 127.0.0.1 only, and stops cleanly on SIGTERM/Ctrl-C. Usage: {@code DevDatabase <data-dir> <port>}.
 */
public final class DevDatabase {

    private DevDatabase() {
    }

    public static void main(String[] args) throws Exception {
        File dataDir = new File(args.length > 0 ? args[0] : ".run/pgdata").getAbsoluteFile();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 54329;
        dataDir.mkdirs();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = 'thidua'")) {
                if (!rs.next()) {
                    s.execute("CREATE ROLE thidua LOGIN PASSWORD 'thidua'");
                }
            }
            // The application's role (DB_USER): owns nothing; Flyway (as thidua) grants it what it needs.
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = 'thidua_app'")) {
                if (!rs.next()) {
                    s.execute("CREATE ROLE thidua_app LOGIN PASSWORD 'thidua_app'");
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'thidua'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE thidua OWNER thidua");
                }
            }
        }
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            stop.countDown();
        }));
        System.out.println("READY jdbc:postgresql://127.0.0.1:" + port + "/thidua (data in " + dataDir + ")");
        System.out.flush();
        stop.await();
    }
}
