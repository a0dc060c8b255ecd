package io.staygrid.edge.client;

import io.quarkus.grpc.GrpcClient;
import io.staygrid.edge.config.EdgeConfig;
import io.staygrid.reservation.v1.*;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Calls reservation-svc (quotes, bookings, policies). One method per RPC, each with a deadline. */
@ApplicationScoped
public class ReservationClient {

    private final ReservationServiceGrpc.ReservationServiceBlockingStub stub;
    private final Duration read;
    private final Duration write;
    private final Duration booking;

    ReservationClient(@GrpcClient("reservation") ReservationServiceGrpc.ReservationServiceBlockingStub stub, EdgeConfig config) {
        this.stub = stub;
        this.read = config.deadlines().read();
        this.write = config.deadlines().write();
        this.booking = config.deadlines().booking();
    }

    public PrepareReservationResponse prepareReservation(PrepareReservationRequest request) {
        return Backend.RESERVATION.call(stub, read, s -> s.prepareReservation(request));
    }

    public CreateReservationResponse createReservation(CreateReservationRequest request) {
        return Backend.RESERVATION.call(stub, booking, s -> s.createReservation(request));
    }

    public GetReservationResponse getReservation(GetReservationRequest request) {
        return Backend.RESERVATION.call(stub, read, s -> s.getReservation(request));
    }

    public ListReservationsResponse listReservations(ListReservationsRequest request) {
        return Backend.RESERVATION.call(stub, read, s -> s.listReservations(request));
    }

    public ListHotelReservationsResponse listHotelReservations(ListHotelReservationsRequest request) {
        return Backend.RESERVATION.call(stub, read, s -> s.listHotelReservations(request));
    }

    public CancelReservationResponse cancelReservation(CancelReservationRequest request) {
        return Backend.RESERVATION.call(stub, write, s -> s.cancelReservation(request));
    }

    public ListReservationEventsResponse listReservationEvents(ListReservationEventsRequest request) {
        return Backend.RESERVATION.call(stub, read, s -> s.listReservationEvents(request));
    }

    public GetCancellationPolicyResponse getCancellationPolicy(GetCancellationPolicyRequest request) {
        return Backend.RESERVATION.call(stub, read, s -> s.getCancellationPolicy(request));
    }

    public UpdateCancellationPolicyResponse updateCancellationPolicy(UpdateCancellationPolicyRequest request) {
        return Backend.RESERVATION.call(stub, write, s -> s.updateCancellationPolicy(request));
    }
}
