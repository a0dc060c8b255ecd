package io.staygrid.support.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.ErrorKind;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseErrorsTest {

    static String reason(Throwable t) {
        return DatabaseErrors.retryable(new IllegalStateException("wrapped", t), "BUSY", "DOWN")
                .map(DomainException::reason).orElse("none");
    }

    @ParameterizedTest
    @ValueSource(strings = {"55P03", "40P01", "40001"})
    void lockTimeoutDeadlockAndSerializationFailureAreTheBusyReason(String state) {
        assertThat(reason(new SQLException("x", state))).isEqualTo("BUSY");
        assertThat(DatabaseErrors.retryable(new SQLException("x", state), "BUSY", "DOWN").orElseThrow().kind())
                .isEqualTo(ErrorKind.UNAVAILABLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"08006", "08003", "57P01", "57P02", "57P03", "53300"})
    void lostConnectionsAndServerShutdownsAreTheUnavailableReason(String state) {
        assertThat(reason(new SQLException("x", state))).isEqualTo("DOWN");
    }

    @Test
    void aPoolThatCannotHandOutAConnectionIsTheUnavailableReason() {
        assertThat(reason(new SQLException("Sorry, acquisition timeout!"))).isEqualTo("DOWN");
        assertThat(reason(new SQLTransientConnectionException("timeout", "HYT00"))).isEqualTo("DOWN");
    }

    @Test
    void bugsAndConstraintViolationsAreNotRetryable() {
        assertThat(reason(new SQLException("syntax", "42601"))).isEqualTo("none");
        assertThat(reason(new SQLException("dup", "23505"))).isEqualTo("none");
        assertThat(reason(new IllegalArgumentException("no database here"))).isEqualTo("none");
    }

    @Test
    void aUniqueViolationIsRecognisedByItsConstraint() {
        SQLException dup = new SQLException("duplicate key value violates unique constraint \"room_number_uq\"", "23505");
        assertThat(DatabaseErrors.isUniqueViolation(new RuntimeException(dup), "room_number_uq")).isTrue();
        assertThat(DatabaseErrors.isUniqueViolation(new RuntimeException(dup), "other_uq")).isFalse();
        assertThat(DatabaseErrors.isUniqueViolation(dup, null)).isTrue();
        assertThat(DatabaseErrors.isUniqueViolation(new SQLException("x", "55P03"), null)).isFalse();
    }

    @Test
    void aCommitThatFailedHasAnUnknownOutcomeAndIsTheUnavailableReason() {
        assertThat(reason(new jakarta.transaction.RollbackException("connection lost during commit"))).isEqualTo("DOWN");
    }

    @Test
    void aDomainRefusalIsNeverTurnedIntoARetryableOne() {
        DomainException refusal = new DomainException(ErrorKind.FAILED_PRECONDITION, "ROOMS_UNAVAILABLE", "sold out");
        assertThat(DatabaseErrors.retryable(new jakarta.transaction.RollbackException("rolled back") {
            { initCause(refusal); }
        }, "BUSY", "DOWN")).isEmpty();
    }

    @Test
    void busyIsTheLockTimeoutDeadlockOrSerializationFailureAnywhereInTheChain() {
        assertThat(DatabaseErrors.isBusy(new RuntimeException(new SQLException("x", "55P03")))).isTrue();
        assertThat(DatabaseErrors.isBusy(new RuntimeException(new SQLException("x", "08006")))).isFalse();
        assertThat(DatabaseErrors.isBusy(new IllegalStateException("no SQL"))).isFalse();
    }
}
