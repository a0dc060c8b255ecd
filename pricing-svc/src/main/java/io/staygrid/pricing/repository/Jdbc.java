package io.staygrid.pricing.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain SQL over the Agroal pool. Inside a {@code @Transactional} method every call joins the
 * transaction's connection; outside one each call is its own auto-committed statement.
 */
@ApplicationScoped
public class Jdbc {

    /** Sets the parameters of a statement. */
    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Reads the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final AgroalDataSource dataSource;

    public Jdbc(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            try (ResultSet rs = s.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }

    public <T> Optional<T> queryOne(String sql, Binder binder, RowMapper<T> mapper) {
        return query(sql, binder, mapper).stream().findFirst();
    }

    public int update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("update failed: " + sql, e);
        }
    }

    /** Runs a statement whose result is ignored (e.g. {@code select pg_advisory_xact_lock(?)}). */
    public void execute(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            s.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("statement failed: " + sql, e);
        }
    }

    /** Binds an instant to a timestamptz parameter. */
    public static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime t = row.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    public static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        statement.setObject(index, date);
    }

    public static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }
}
