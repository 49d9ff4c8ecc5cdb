package vn.gov.moj.thidua.common.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.Session;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;

/**
 * Where report and statistics reads run: on the read replica when one is configured
 * ({@code quarkus.datasource."replica".jdbc.url}, docs/scale-out.md) and no transaction is active, else on the primary
 * through the persistence context's own connection — so anything read inside a write transaction sees that
 * transaction's writes and its locks, and a deployment without a replica behaves as before. Plain JDBC with
 * positional parameters: the replica has no persistence unit of its own (Hibernate binds to the primary only).
 */
@ApplicationScoped
public class ReportQueries {

    /** The datasource name of the replica in the configuration. */
    public static final String REPLICA = "replica";

    @Inject
    @DataSource(REPLICA)
    InjectableInstance<AgroalDataSource> replica;

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** True when the next read would go to the replica: one is configured and no transaction is active. */
    public boolean onReplica() {
        return transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION && !replica.listActive().isEmpty();
    }

    /** The rows of a read-only query; each row's columns as the JDBC driver returns them. */
    public List<Object[]> list(String sql, Object... params) {
        if (onReplica()) {
            try (Connection c = replica.listActive().get(0).getConnection()) {
                c.setReadOnly(true);
                return run(c, sql, params);
            } catch (SQLException e) {
                throw new PersistenceException("Report read on the replica failed: " + e.getMessage(), e);
            }
        }
        return em.unwrap(Session.class).doReturningWork(c -> run(c, sql, params));
    }

    private static List<Object[]> run(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (r.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = r.getObject(i + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }
}
