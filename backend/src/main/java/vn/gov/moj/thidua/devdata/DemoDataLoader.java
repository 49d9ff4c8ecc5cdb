package vn.gov.moj.thidua.devdata;

import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads {@code db/demo} once per database, after the schema migrations, with its own history table so demo
 * scripts never mix with the production schema history.
 */
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "thidua.demo-data.enabled")
    boolean enabled;

    // Demo scripts create their history table and write the demo rows as the schema owner, like the migrations:
    // the application's own role may not create tables (docs/audit.md).
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.flyway.username")
    Optional<String> ownerUser;

    @ConfigProperty(name = "quarkus.flyway.password")
    Optional<String> ownerPassword;

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        var config = Flyway.configure();
        if (ownerUser.isPresent() && ownerPassword.isPresent()) {
            config.dataSource(url, ownerUser.get(), ownerPassword.get());
        } else {
            config.dataSource(dataSource);
        }
        var result = config
                .locations("classpath:db/demo")
                .table("demo_data_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                // Demo scripts may be edited after a dev database loaded them: never block start-up on that.
                .validateOnMigrate(false)
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            LOG.infof("Demo dataset loaded (%d scripts)", result.migrationsExecuted);
        }
    }
}
