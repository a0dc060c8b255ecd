package io.staygrid.reservation.grpc;

import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.staygrid.reservation.domain.Stay;
import io.staygrid.reservation.mapping.ReservationMapper;
import io.staygrid.reservation.repository.ReservationLists.HotelFilter;
import io.staygrid.reservation.service.BookingService;
import io.staygrid.reservation.service.CancelService;
import io.staygrid.reservation.service.ReservationQueries;
import io.staygrid.reservation.v1.*;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.paging.Page;
import io.staygrid.support.paging.PageRequest;
import io.staygrid.support.proto.ProtoMoney;
import io.staygrid.support.proto.ProtoTime;
import java.time.LocalDate;
import java.util.List;

/** The ReservationService gRPC adapter: validate, map, call the service. */
@GrpcService
@Blocking
public class ReservationGrpcService extends ReservationServiceGrpc.ReservationServiceImplBase {

    private final BookingService booking;
    private final CancelService cancels;
    private final ReservationQueries queries;
    private final PolicyGrpcAdapter policies;

    public ReservationGrpcService(BookingService booking, CancelService cancels, ReservationQueries queries,
                                  PolicyGrpcAdapter policies) {
        this.booking = booking;
        this.cancels = cancels;
        this.queries = queries;
        this.policies = policies;
    }

    @Override
    public void getReservation(GetReservationRequest request, StreamObserver<GetReservationResponse> out) {
        var r = queries.get(RequestValidator.reservationId(request.getReservationId()),
                RequestValidator.guestId(request.getGuestId(), false), request.getHotelId());
        reply(out, GetReservationResponse.newBuilder().setReservation(ReservationMapper.toProto(r)).build());
    }

    @Override
    public void listReservations(ListReservationsRequest request, StreamObserver<ListReservationsResponse> out) {
        String guest = RequestValidator.guestId(request.getGuestId(), true);
        Page<Reservation> page = queries.forGuest(guest, PageRequest.of(request.getPageSize(), request.getPageToken()))
                .map(ReservationMapper::toProto);
        reply(out, ListReservationsResponse.newBuilder().addAllReservations(page.items())
                .setNextPageToken(page.nextPageToken()).build());
    }

    @Override
    public void createReservation(CreateReservationRequest request, StreamObserver<CreateReservationResponse> out) {
        BookingService.Created created = booking.create(RequestValidator.booking(request));
        reply(out, CreateReservationResponse.newBuilder().setReservation(ReservationMapper.toProto(created.reservation()))
                .setReplayed(created.replayed()).build());
    }

    @Override
    public void prepareReservation(PrepareReservationRequest request, StreamObserver<PrepareReservationResponse> out) {
        Stay stay = RequestValidator.stay(request.getHotelId(), request.getRoomTypeId(), request.getStartDate(),
                request.getEndDate(), request.getRooms());
        String clientId = request.getReservationId().isEmpty() ? ""
                : RequestValidator.reservationId(request.getReservationId());
        BookingService.Prepared prepared = booking.prepare(stay, clientId);
        reply(out, PrepareReservationResponse.newBuilder().setReservationId(prepared.reservationId())
                .setQuoteId(prepared.quote().quoteId()).addAllNights(ReservationMapper.nights(prepared.quote()))
                .setTotal(ProtoMoney.toProto(prepared.quote().price().total()))
                .setQuoteExpireTime(ProtoTime.toProto(prepared.quote().expireTime())).build());
    }

    @Override
    public void listHotelReservations(ListHotelReservationsRequest request,
                                      StreamObserver<ListHotelReservationsResponse> out) {
        long hotelId = RequestValidator.hotelId(request.getHotelId());
        LocalDate from = optionalDate(request.getArrivalStartDate(), "arrival_start_date");
        LocalDate before = optionalDate(request.getArrivalEndDate(), "arrival_end_date");
        if (from != null && before != null && !before.isAfter(from)) {
            throw DomainException.invalidField("INVALID_DATE_RANGE", "arrival_end_date",
                    "arrival_end_date must be after arrival_start_date");
        }
        List<io.staygrid.reservation.domain.ReservationStatus> statuses = request.getStatusesList().stream().map(s -> {
            if (s == ReservationStatus.RESERVATION_STATUS_UNSPECIFIED || s == ReservationStatus.UNRECOGNIZED) {
                throw DomainException.invalidField("INVALID_STATUS", "statuses", "a status filter must be a real status");
            }
            return ReservationMapper.toDomain(s);
        }).distinct().sorted().toList();
        HotelFilter filter = new HotelFilter(hotelId, from, before, statuses, request.getNeedsAttentionOnly());
        Page<Reservation> page = queries.forHotel(filter, PageRequest.of(request.getPageSize(), request.getPageToken()))
                .map(ReservationMapper::toProto);
        reply(out, ListHotelReservationsResponse.newBuilder().addAllReservations(page.items())
                .setNextPageToken(page.nextPageToken()).build());
    }

    @Override
    public void cancelReservation(CancelReservationRequest request, StreamObserver<CancelReservationResponse> out) {
        var r = cancels.cancel(RequestValidator.reservationId(request.getReservationId()),
                RequestValidator.guestId(request.getGuestId(), false), request.getHotelId(),
                RequestValidator.actor(request.getActor()), RequestValidator.reason(request.getReason()));
        reply(out, CancelReservationResponse.newBuilder().setReservation(ReservationMapper.toProto(r)).build());
    }

    @Override
    public void listReservationEvents(ListReservationEventsRequest request,
                                      StreamObserver<ListReservationEventsResponse> out) {
        String id = RequestValidator.reservationId(request.getReservationId());
        PageRequest pageRequest = PageRequest.of(request.getPageSize(), request.getPageToken());
        Page<ReservationEvent> page = queries.events(id, RequestValidator.guestId(request.getGuestId(), false),
                request.getHotelId(), pageRequest).map(ReservationMapper::toProto);
        reply(out, ListReservationEventsResponse.newBuilder().addAllEvents(page.items())
                .setNextPageToken(page.nextPageToken()).build());
    }

    @Override
    public void getCancellationPolicy(GetCancellationPolicyRequest request,
                                      StreamObserver<GetCancellationPolicyResponse> out) {
        reply(out, policies.get(request));
    }

    @Override
    public void updateCancellationPolicy(UpdateCancellationPolicyRequest request,
                                         StreamObserver<UpdateCancellationPolicyResponse> out) {
        reply(out, policies.update(request));
    }

    private static LocalDate optionalDate(com.google.type.Date date, String field) {
        if (!ProtoTime.isSet(date)) {
            return null;
        }
        try {
            return ProtoTime.toLocalDate(date, field);
        } catch (DomainException e) {
            throw DomainException.invalidField("INVALID_DATE_RANGE", field, e.getMessage());
        }
    }

    private static <T> void reply(StreamObserver<T> out, T response) {
        out.onNext(response);
        out.onCompleted();
    }
}
