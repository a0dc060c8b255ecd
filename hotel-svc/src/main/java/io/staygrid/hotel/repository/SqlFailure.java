package io.staygrid.hotel.repository;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** A failed SQL statement; tells unique violations apart so callers can map them to domain errors. */
public class SqlFailure extends RuntimeException {

    private static final String UNIQUE_VIOLATION = "23505";

    public SqlFailure(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    /** Whether this is a unique violation of the named constraint or index. */
    public boolean violates(String constraint) {
        SQLException e = (SQLException) getCause();
        if (!UNIQUE_VIOLATION.equals(e.getSQLState()) || !(e instanceof PSQLException psql)) {
            return false;
        }
        ServerErrorMessage message = psql.getServerErrorMessage();
        return message != null && constraint.equals(message.getConstraint());
    }
}
