package io.staygrid.benchmarks.mesh;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * One connection of one raw client thread, its statements prepared once and reused (so the driver switches
 * them to server-side prepared statements, as a service's pool does). Autocommit between transactions.
 */
final class Jdbc implements AutoCloseable {

    /** Thrown inside a transaction to roll it back and answer the fallback value. */
    static final class Rollback extends RuntimeException {
        Rollback() {
            super(null, null, false, false);
        }
    }

    interface Work<T> {
        T run() throws SQLException;
    }

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    Jdbc(Connection connection) {
        this.connection = connection;
    }

    PreparedStatement statement(String sql, Object... params) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        bind(ps, params);
        return ps;
    }

    ResultSet query(String sql, Object... params) throws SQLException {
        return statement(sql, params).executeQuery();
    }

    /** Runs a query and reads every row (what a service does to build its answer); returns the row count. */
    int drain(String sql, Object... params) throws SQLException {
        int rows = 0;
        try (ResultSet rs = query(sql, params)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    rs.getObject(c);
                }
                rows++;
            }
        }
        return rows;
    }

    int update(String sql, Object... params) throws SQLException {
        return statement(sql, params).executeUpdate();
    }

    /** Runs {@code work} in one transaction and commits it; a {@link Rollback} rolls back and answers {@code onRollback}. */
    <T> T inTransaction(Work<T> work, T onRollback) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (Rollback r) {
            connection.rollback();
            return onRollback;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    <T> T inTransaction(Work<T> work) throws SQLException {
        return inTransaction(work, null);
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
