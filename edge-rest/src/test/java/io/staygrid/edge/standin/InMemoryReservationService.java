package io.staygrid.edge.standin;

import static io.staygrid.edge.standin.Answers.answer;

import com.google.type.Money;
import io.grpc.stub.StreamObserver;
import io.staygrid.reservation.v1.*;
import io.staygrid.support.error.DomainException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A reservation-svc stand-in: PrepareReservation hands out ids, CreateReservation is idempotent by
 * reservation_id (same body replayed, different body RESERVATION_ID_CONFLICT), and Get/Cancel apply
 * the guest_id / hotel_id ownership checks of the contract.
 */
public class InMemoryReservationService extends ReservationServiceGrpc.ReservationServiceImplBase {

    public static final String DOMAIN = "reservation.staygrid.io";

    private final Map<String, CreateReservationRequest> bodies = new LinkedHashMap<>();
    private final Map<String, Reservation> reservations = new LinkedHashMap<>();
    private final Map<Long, CancellationPolicy> policies = new LinkedHashMap<>();

    /** PrepareReservation calls received (each writes a quote in the real service). */
    public final java.util.concurrent.atomic.AtomicInteger prepares = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public void prepareReservation(PrepareReservationRequest request, StreamObserver<PrepareReservationResponse> observer) {
        prepares.incrementAndGet();
        answer(observer, DOMAIN, () -> {
            if (request.getRoomTypeId() == 404) {
                throw DomainException.failedPrecondition("BASE_RATE_NOT_SET", "no base rate")
                        .with("room_type_id", "404");
            }
            Money night = Money.newBuilder().setCurrencyCode("EUR").setUnits(129).setNanos(500_000_000).build();
            return PrepareReservationResponse.newBuilder()
                    .setReservationId(request.getReservationId().isEmpty() ? UUID.randomUUID().toString() : request.getReservationId())
                    .setQuoteId(UUID.randomUUID().toString())
                    .addNights(NightPrice.newBuilder().setDate(request.getStartDate()).setPrice(night))
                    .setTotal(night)
                    .setQuoteExpireTime(com.google.protobuf.Timestamp.newBuilder().setSeconds(1_900_000_000L))
                    .build();
        });
    }

    @Override
    public synchronized void createReservation(CreateReservationRequest request, StreamObserver<CreateReservationResponse> observer) {
        answer(observer, DOMAIN, () -> {
            if (request.getGuestId().isEmpty()) {
                throw DomainException.invalidField("INVALID_GUEST_ID", "guest_id", "guest_id is required");
            }
            CreateReservationRequest body = request.toBuilder().clearActor().build();
            CreateReservationRequest first = bodies.get(request.getReservationId());
            if (first != null) {
                if (!first.equals(body)) {
                    throw DomainException.alreadyExists("RESERVATION_ID_CONFLICT", "reservation id used with another body")
                            .with("reservation_id", request.getReservationId());
                }
                return CreateReservationResponse.newBuilder().setReservation(reservations.get(request.getReservationId()))
                        .setReplayed(true).build();
            }
            Reservation reservation = Reservation.newBuilder().setReservationId(request.getReservationId())
                    .setGuestId(request.getGuestId()).setHotelId(request.getHotelId()).setRoomTypeId(request.getRoomTypeId())
                    .setStartDate(request.getStartDate()).setEndDate(request.getEndDate())
                    .setRooms(Math.max(1, request.getRooms())).setGuests(Math.max(1, request.getGuests()))
                    .setStatus(ReservationStatus.RESERVATION_STATUS_PAID).setQuoteId(request.getQuoteId())
                    .setAmount(Money.newBuilder().setCurrencyCode("EUR").setUnits(259))
                    .setBookedBy(request.getActor()).build();
            bodies.put(request.getReservationId(), body);
            reservations.put(request.getReservationId(), reservation);
            return CreateReservationResponse.newBuilder().setReservation(reservation).build();
        });
    }

    @Override
    public synchronized void getReservation(GetReservationRequest request, StreamObserver<GetReservationResponse> observer) {
        answer(observer, DOMAIN, () -> GetReservationResponse.newBuilder()
                .setReservation(owned(request.getReservationId(), request.getGuestId(), request.getHotelId())).build());
    }

    @Override
    public synchronized void listReservations(ListReservationsRequest request, StreamObserver<ListReservationsResponse> observer) {
        answer(observer, DOMAIN, () -> {
            List<Reservation> mine = new ArrayList<>(reservations.values().stream()
                    .filter(r -> r.getGuestId().equals(request.getGuestId())).toList());
            java.util.Collections.reverse(mine);
            int from = request.getPageToken().isEmpty() ? 0 : Integer.parseInt(request.getPageToken());
            int size = request.getPageSize() <= 0 ? 50 : request.getPageSize();
            int to = Math.min(mine.size(), from + size);
            return ListReservationsResponse.newBuilder().addAllReservations(mine.subList(from, to))
                    .setNextPageToken(to < mine.size() ? Integer.toString(to) : "").build();
        });
    }

    @Override
    public synchronized void listHotelReservations(ListHotelReservationsRequest request,
            StreamObserver<ListHotelReservationsResponse> observer) {
        answer(observer, DOMAIN, () -> ListHotelReservationsResponse.newBuilder().addAllReservations(reservations.values()
                .stream().filter(r -> r.getHotelId() == request.getHotelId())
                .filter(r -> request.getStatusesList().isEmpty() || request.getStatusesList().contains(r.getStatus()))
                .toList()).build());
    }

    @Override
    public synchronized void cancelReservation(CancelReservationRequest request, StreamObserver<CancelReservationResponse> observer) {
        answer(observer, DOMAIN, () -> {
            Reservation current = owned(request.getReservationId(), request.getGuestId(), request.getHotelId());
            Reservation canceled = current.toBuilder().setStatus(ReservationStatus.RESERVATION_STATUS_REFUNDED)
                    .setRefundedAmount(current.getAmount()).build();
            reservations.put(current.getReservationId(), canceled);
            return CancelReservationResponse.newBuilder().setReservation(canceled).build();
        });
    }

    @Override
    public synchronized void getCancellationPolicy(GetCancellationPolicyRequest request,
            StreamObserver<GetCancellationPolicyResponse> observer) {
        answer(observer, DOMAIN, () -> GetCancellationPolicyResponse.newBuilder().setPolicy(policies.getOrDefault(
                request.getHotelId(), CancellationPolicy.newBuilder().setHotelId(request.getHotelId())
                        .setFreeCancellationDays(3).setPenaltyNights(1).setHotelTimeZone("UTC").setIsDefault(true).build()))
                .build());
    }

    @Override
    public synchronized void updateCancellationPolicy(UpdateCancellationPolicyRequest request,
            StreamObserver<UpdateCancellationPolicyResponse> observer) {
        answer(observer, DOMAIN, () -> {
            policies.put(request.getPolicy().getHotelId(), request.getPolicy());
            return UpdateCancellationPolicyResponse.newBuilder().setPolicy(request.getPolicy()).build();
        });
    }

    private Reservation owned(String reservationId, String guestId, long hotelId) {
        Reservation reservation = reservations.get(reservationId);
        if (reservation == null || (!guestId.isEmpty() && !reservation.getGuestId().equals(guestId))
                || (hotelId > 0 && reservation.getHotelId() != hotelId)) {
            throw DomainException.notFound("RESERVATION_NOT_FOUND", "no such reservation")
                    .with("reservation_id", reservationId);
        }
        return reservation;
    }
}
