package io.staygrid.inventory.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.ErrorKind;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTimeoutException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Which PostgreSQL failures are a retryable INVENTORY_BUSY, a retryable DATABASE_UNAVAILABLE, and which are bugs (INTERNAL). */
class SqlTranslateTest {

    @ParameterizedTest
    @ValueSource(strings = {"55P03", "40P01", "40001"})
    void lockTimeoutDeadlockAndSerializationFailureAreRetryableInventoryBusy(String sqlState) {
        RuntimeException e = Sql.translate(new SQLException("rolled back", sqlState));

        assertThat(e).isInstanceOfSatisfying(DomainException.class, d -> {
            assertThat(d.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
            assertThat(d.reason()).isEqualTo("INVENTORY_BUSY");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"08000", "08001", "08003", "08004", "08006", "08P01", "57P01", "57P02", "57P03", "53300"})
    void lostConnectionsShutdownsAndFullServersAreRetryableDatabaseUnavailable(String sqlState) {
        assertDatabaseUnavailable(Sql.translate(new SQLException("connection failure", sqlState)));
    }

    @Test
    void transientDriverExceptionsWithoutStateAreRetryableDatabaseUnavailable() {
        assertDatabaseUnavailable(Sql.translate(new SQLTransientConnectionException("pool exhausted")));
        assertDatabaseUnavailable(Sql.translate(new SQLTimeoutException("timed out")));
    }

    @Test
    void anyFailureToObtainAConnectionIsDatabaseUnavailable() {
        // What Agroal throws when no connection frees up within the acquisition timeout: no SQLState at all.
        assertDatabaseUnavailable(Sql.translateAcquisition(new SQLException("Sorry, acquisition timeout!")));
    }

    @Test
    void otherSqlFailuresStayInternal() {
        SQLException cause = new SQLException("check violation", "23514");

        assertThat(Sql.translate(cause)).isInstanceOf(IllegalStateException.class).hasCause(cause);
    }

    private static void assertDatabaseUnavailable(RuntimeException e) {
        assertThat(e).isInstanceOfSatisfying(DomainException.class, d -> {
            assertThat(d.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
            assertThat(d.reason()).isEqualTo("DATABASE_UNAVAILABLE");
        });
    }
}
