package io.staygrid.reservation.it;

import io.staygrid.reservation.payment.ChargeResult;
import io.staygrid.reservation.payment.SandboxGateway;
import io.staygrid.reservation.repository.SandboxLedger;
import io.staygrid.support.money.Amount;
import jakarta.annotation.Priority;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Alternative;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The sandbox gateway, but a charge of one armed reservation blocks until the test lets it go. */
@Alternative
@Priority(1)
@Singleton
public class SlowGateway extends SandboxGateway {

    /** Where the armed charge blocks. */
    public enum Mode {
        /** The charge is captured, then the answer is slow. */
        SLOW_ANSWER,
        /** The call is slow to arrive; then the charge is captured and the process "crashes" before answering. */
        SLOW_THEN_CRASH,
        /** The call is slow to arrive at the processor; then it is charged (or refused) and answered normally. */
        SLOW_THEN_CHARGE,
        /** The charge is captured, the answer is slow, then the process "crashes" before it learns the outcome. */
        SLOW_ANSWER_THEN_CRASH
    }

    static volatile String target;
    static volatile Mode mode;
    static volatile CountDownLatch entered = new CountDownLatch(1);
    static volatile CountDownLatch release = new CountDownLatch(1);

    public SlowGateway(SandboxLedger ledger) {
        super(ledger);
    }

    static void arm(String reservationId, Mode how) {
        entered = new CountDownLatch(1);
        release = new CountDownLatch(1);
        mode = how;
        target = reservationId;
    }

    static void reset() {
        target = null;
        release.countDown();
    }

    @Override
    public ChargeResult charge(String reservationId, Amount amount, String paymentToken) {
        if (!reservationId.equals(target)) {
            return super.charge(reservationId, amount, paymentToken);
        }
        return switch (mode) {
            case SLOW_ANSWER -> {
                ChargeResult result = super.charge(reservationId, amount, paymentToken);
                block();
                yield result;
            }
            case SLOW_THEN_CHARGE -> {
                block();
                yield super.charge(reservationId, amount, paymentToken);
            }
            case SLOW_THEN_CRASH -> {
                block();
                super.charge(reservationId, amount, paymentToken);
                throw new IllegalStateException("simulated crash after the gateway captured the charge");
            }
            case SLOW_ANSWER_THEN_CRASH -> {
                super.charge(reservationId, amount, paymentToken);
                block();
                throw new IllegalStateException("simulated crash before the outcome of the charge was learnt");
            }
        };
    }

    private static void block() {
        entered.countDown();
        try {
            if (!release.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test never released the slow charge");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
