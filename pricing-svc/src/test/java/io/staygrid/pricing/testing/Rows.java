package io.staygrid.pricing.testing;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads and pokes the app's tables directly, to prove what was (not) written. */
@ApplicationScoped
public class Rows {

    private final AgroalDataSource dataSource;

    public Rows(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Rows of a pricing table belonging to a hotel. */
    public long count(String table, long hotelId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from " + table + " where hotel_id = ?")) {
            s.setLong(1, hotelId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves a quote's expiry into the past, as if its lifetime had run out. */
    public void expireQuote(String quoteId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update quote set expire_time = now() - interval '1 minute' where quote_id = ?::uuid")) {
            s.setString(1, quoteId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
