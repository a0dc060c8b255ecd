package io.staygrid.reservation.metrics;

import io.grpc.MethodDescriptor;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.grpc.GlobalInterceptor;
import io.staygrid.reservation.v1.CancelReservationResponse;
import io.staygrid.reservation.v1.CreateReservationResponse;
import io.staygrid.reservation.v1.RejectionReason;
import io.staygrid.reservation.v1.Reservation;
import io.staygrid.reservation.v1.ReservationServiceGrpc;
import io.staygrid.support.observability.CallOutcomes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;

/**
 * The booking funnel's end, read from the answers of CreateReservation and CancelReservation:
 * {@code staygrid.booking.attempts} and {@code staygrid.booking.duration} by outcome (PAID, REJECTED with its
 * rejection reason, PENDING, REPLAYED, REFUSED with its ErrorInfo reason), {@code staygrid.reservation.cancellations}
 * by outcome (CANCELED, REFUNDED, REFUSED).
 */
@ApplicationScoped
@GlobalInterceptor
public class BookingOutcomes extends CallOutcomes {

    static final String BOOK = "book";
    static final String CANCEL = "cancel";
    private static final String STATUS_PREFIX = "RESERVATION_STATUS_";
    private static final String REASON_PREFIX = "REJECTION_REASON_";

    private final MeterRegistry registry;

    public BookingOutcomes(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected String operation(MethodDescriptor<?, ?> method) {
        String name = method.getFullMethodName();
        if (name.equals(ReservationServiceGrpc.getCreateReservationMethod().getFullMethodName())) {
            return BOOK;
        }
        return name.equals(ReservationServiceGrpc.getCancelReservationMethod().getFullMethodName()) ? CANCEL : null;
    }

    @Override
    protected Outcome answered(String operation, Object response) {
        if (response instanceof CreateReservationResponse created) {
            return created.getReplayed() ? new Outcome("REPLAYED", "NONE") : of(created.getReservation());
        }
        return response instanceof CancelReservationResponse canceled ? of(canceled.getReservation())
                : new Outcome("OK", "NONE");
    }

    @Override
    protected void finished(String operation, Outcome outcome, long nanos) {
        if (operation.equals(BOOK)) {
            Counter.builder("staygrid.booking.attempts")
                    .description("CreateReservation calls by outcome and (rejection or refusal) reason")
                    .tag("outcome", outcome.outcome()).tag("reason", outcome.reason())
                    .register(registry).increment();
            Timer.builder("staygrid.booking.duration")
                    .description("How long CreateReservation took (the whole saga), by outcome")
                    .tag("outcome", outcome.outcome())
                    .register(registry).record(nanos, TimeUnit.NANOSECONDS);
        } else {
            Counter.builder("staygrid.reservation.cancellations")
                    .description("CancelReservation calls by outcome and refusal reason")
                    .tag("outcome", outcome.outcome()).tag("reason", outcome.reason())
                    .register(registry).increment();
        }
    }

    private static Outcome of(Reservation r) {
        String status = r.getStatus().name().replace(STATUS_PREFIX, "");
        boolean rejected = r.getRejectionReason() != RejectionReason.REJECTION_REASON_UNSPECIFIED;
        return new Outcome(status, rejected ? r.getRejectionReason().name().replace(REASON_PREFIX, "") : "NONE");
    }
}
