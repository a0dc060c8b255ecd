package io.staygrid.inventory.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.ErrorKind;
import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Which PostgreSQL failures are a retryable INVENTORY_BUSY and which are bugs (INTERNAL). */
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

    @Test
    void otherSqlFailuresStayInternal() {
        SQLException cause = new SQLException("check violation", "23514");

        assertThat(Sql.translate(cause)).isInstanceOf(IllegalStateException.class).hasCause(cause);
    }
}
