package io.staygrid.inventory.grpc;

import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.ErrorKind;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;

/**
 * A transaction that failed to commit surfaces outside the service, where the transaction ends: its outcome is
 * unknown (the connection may have died during the commit), so it is UNAVAILABLE (DATABASE_UNAVAILABLE), never INTERNAL.
 */
final class CommitFailures {

    private CommitFailures() {
    }

    static RuntimeException translate(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DomainException) {
                return e;
            }
            if (cause instanceof RollbackException || cause instanceof HeuristicMixedException
                    || cause instanceof HeuristicRollbackException || cause instanceof SystemException) {
                DomainException unknown = new DomainException(ErrorKind.UNAVAILABLE, "DATABASE_UNAVAILABLE",
                        "the inventory database failed while committing, so the outcome is unknown; retry with backoff"
                                + " (every mutation is idempotent)");
                unknown.initCause(e);
                return unknown;
            }
        }
        return e;
    }
}
