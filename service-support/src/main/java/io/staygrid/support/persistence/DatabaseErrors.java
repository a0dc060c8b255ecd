package io.staygrid.support.persistence;

import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.ErrorKind;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one translation of database failures for the whole mesh. A failure the caller can simply retry (the
 * transaction was rolled back, nothing changed) is UNAVAILABLE with a retryable reason: lock timeout, deadlock and
 * serialization failure are the service's "busy" reason; a lost connection, a server shutting down, too many
 * connections, a pool that could not hand out a connection in time or a commit that failed (its outcome is
 * unknown) are its "unavailable" reason. A unique
 * violation is the caller's own conflict ({@link #isUniqueViolation}); anything else is a bug, left to surface as
 * INTERNAL with an incident id and no SQL text.
 */
public final class DatabaseErrors {

    /** PostgreSQL's lock_not_available (lock_timeout), deadlock_detected and serialization_failure. */
    private static final Set<String> BUSY = Set.of("55P03", "40P01", "40001");
    /** admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections. */
    private static final Set<String> DOWN = Set.of("57P01", "57P02", "57P03", "53300");
    private static final String UNIQUE_VIOLATION = "23505";

    private DatabaseErrors() {
    }

    /**
     * The retryable refusal for a database failure anywhere in {@code failure}'s cause chain, or empty if it is
     * not one (a bug, or not a database failure at all).
     */
    public static Optional<DomainException> retryable(Throwable failure, String busyReason, String unavailableReason) {
        if (causes(failure).anyMatch(DomainException.class::isInstance)) {
            return Optional.empty();
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RollbackException || t instanceof HeuristicMixedException
                    || t instanceof HeuristicRollbackException || t instanceof SystemException) {
                // The commit itself failed (e.g. the connection died during it): the outcome is unknown.
                return Optional.of(new DomainException(ErrorKind.UNAVAILABLE, unavailableReason,
                        "the database failed while committing, so the outcome is unknown; retry with backoff"));
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && BUSY.contains(state)) {
                    return Optional.of(new DomainException(ErrorKind.UNAVAILABLE, busyReason,
                            "the rows are busy; retry with backoff"));
                }
                if (state == null || state.startsWith("08") || DOWN.contains(state) || sql instanceof SQLTransientException) {
                    // No SQLState: the pool or the driver itself (e.g. Agroal's acquisition timeout), not the server.
                    return Optional.of(new DomainException(ErrorKind.UNAVAILABLE, unavailableReason,
                            "the database cannot be reached right now; retry with backoff"));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code failure} is a lock wait past its timeout, a deadlock or a serialization failure. */
    public static boolean isBusy(Throwable failure) {
        return causes(failure).anyMatch(t -> t instanceof SQLException sql && BUSY.contains(sql.getSQLState()));
    }

    private static Stream<Throwable> causes(Throwable failure) {
        return Stream.iterate(failure, t -> t != null, t -> t.getCause() == t ? null : t.getCause());
    }

    /** Whether {@code failure} is a unique violation, of {@code constraint} when that is not null. */
    public static boolean isUniqueViolation(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return constraint == null || String.valueOf(sql.getMessage()).contains("\"" + constraint + "\"");
            }
        }
        return false;
    }
}
