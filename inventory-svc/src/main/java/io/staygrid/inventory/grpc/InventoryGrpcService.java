package io.staygrid.inventory.grpc;

import static io.staygrid.inventory.grpc.Requests.between;
import static io.staygrid.inventory.grpc.Requests.date;
import static io.staygrid.inventory.grpc.Requests.optional;
import static io.staygrid.inventory.grpc.Requests.positive;
import static io.staygrid.inventory.grpc.Requests.reservationId;

import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.staygrid.inventory.domain.CapacityChange;
import io.staygrid.inventory.domain.HoldResult;
import io.staygrid.inventory.domain.HotelAvailability;
import io.staygrid.inventory.domain.SellLimit;
import io.staygrid.inventory.domain.Stay;
import io.staygrid.inventory.mapping.InventoryMapper;
import io.staygrid.inventory.service.CapacityService;
import io.staygrid.inventory.service.HoldQueries;
import io.staygrid.inventory.service.HoldService;
import io.staygrid.inventory.service.InventoryQueries;
import io.staygrid.inventory.service.PolicyService;
import io.staygrid.inventory.v1.*;
import io.staygrid.support.proto.ProtoTime;
import java.util.function.Supplier;

/** The InventoryService contract over gRPC: checks fields, maps, calls the services. */
@GrpcService
@Blocking
public class InventoryGrpcService extends InventoryServiceGrpc.InventoryServiceImplBase {

    private final HoldService holds;
    private final HoldQueries holdQueries;
    private final CapacityService capacity;
    private final PolicyService policies;
    private final InventoryQueries queries;
    private final InventoryMapper map;
    private final ListHoldsMapping listHolds;

    public InventoryGrpcService(HoldService holds, HoldQueries holdQueries, CapacityService capacity, PolicyService policies,
                                InventoryQueries queries, InventoryMapper map, ListHoldsMapping listHolds) {
        this.holds = holds;
        this.holdQueries = holdQueries;
        this.capacity = capacity;
        this.policies = policies;
        this.queries = queries;
        this.map = map;
        this.listHolds = listHolds;
    }

    @Override
    public void getRoomTypeCapacity(GetRoomTypeCapacityRequest r, StreamObserver<GetRoomTypeCapacityResponse> out) {
        unary(out, () -> GetRoomTypeCapacityResponse.newBuilder().setCapacity(map.capacity(queries.capacity(
                positive(r.getHotelId(), "hotel_id"), positive(r.getRoomTypeId(), "room_type_id")))).build());
    }

    @Override
    public void listRoomTypeCapacities(ListRoomTypeCapacitiesRequest r, StreamObserver<ListRoomTypeCapacitiesResponse> out) {
        unary(out, () -> {
            var page = queries.capacities(positive(r.getHotelId(), "hotel_id"), r.getIncludeRetired(), r.getPageSize(),
                    r.getPageToken());
            return ListRoomTypeCapacitiesResponse.newBuilder()
                    .addAllCapacities(page.items().stream().map(map::capacity).toList())
                    .setNextPageToken(page.nextPageToken()).build();
        });
    }

    @Override
    public void getHold(GetHoldRequest r, StreamObserver<GetHoldResponse> out) {
        unary(out, () -> GetHoldResponse.newBuilder()
                .setHold(map.hold(holdQueries.get(reservationId(r.getReservationId())))).build());
    }

    @Override
    public void listHolds(ListHoldsRequest r, StreamObserver<ListHoldsResponse> out) {
        unary(out, () -> listHolds.list(r));
    }

    @Override
    public void getOverbookingPolicy(GetOverbookingPolicyRequest r, StreamObserver<GetOverbookingPolicyResponse> out) {
        unary(out, () -> GetOverbookingPolicyResponse.newBuilder()
                .setPolicy(map.policy(policies.policy(positive(r.getHotelId(), "hotel_id")))).build());
    }

    @Override
    public void updateOverbookingPolicy(UpdateOverbookingPolicyRequest r,
                                        StreamObserver<UpdateOverbookingPolicyResponse> out) {
        unary(out, () -> {
            for (String path : r.getUpdateMask().getPathsList()) {
                if (!path.equals("overbooking_percent")) {
                    throw Requests.invalid("update_mask", "update_mask may only name overbooking_percent");
                }
            }
            var change = policies.setPolicy(positive(r.getPolicy().getHotelId(), "policy.hotel_id"),
                    between(r.getPolicy().getOverbookingPercent(), 0, SellLimit.MAX_PERCENT, "policy.overbooking_percent"),
                    r.getForce(), r.getValidateOnly());
            return UpdateOverbookingPolicyResponse.newBuilder().setPolicy(map.policy(change.policy()))
                    .setOverbookedNightCount(change.overbookedNights()).build();
        });
    }

    @Override
    public void setRoomTypeCapacity(SetRoomTypeCapacityRequest r, StreamObserver<SetRoomTypeCapacityResponse> out) {
        unary(out, () -> {
            CapacityChange change = capacity.setRooms(positive(r.getHotelId(), "hotel_id"),
                    positive(r.getRoomTypeId(), "room_type_id"), Requests.timeZone(r.getHotelTimeZone()),
                    between(r.getRooms(), 0, SellLimit.MAX_ROOMS, "rooms"), Requests.segments(r.getOutOfServiceSegmentsList()),
                    r.getForce(), r.getValidateOnly());
            return SetRoomTypeCapacityResponse.newBuilder().setCapacity(map.capacity(change.capacity(), change.today()))
                    .addAllOverbookedDates(change.overbookedDates().stream().map(ProtoTime::toProto).toList()).build();
        });
    }

    @Override
    public void setOutOfServiceRooms(SetOutOfServiceRoomsRequest r, StreamObserver<SetOutOfServiceRoomsResponse> out) {
        unary(out, () -> {
            CapacityChange change = capacity.setOutOfService(positive(r.getHotelId(), "hotel_id"),
                    positive(r.getRoomTypeId(), "room_type_id"), date(r.getStartDate(), "start_date"),
                    date(r.getEndDate(), "end_date"), between(r.getRooms(), 0, SellLimit.MAX_ROOMS, "rooms"),
                    r.getForce(), r.getValidateOnly());
            return SetOutOfServiceRoomsResponse.newBuilder().setCapacity(map.capacity(change.capacity(), change.today()))
                    .addAllOverbookedDates(change.overbookedDates().stream().map(ProtoTime::toProto).toList()).build();
        });
    }

    @Override
    public void getAvailability(GetAvailabilityRequest r, StreamObserver<GetAvailabilityResponse> out) {
        unary(out, () -> {
            HotelAvailability answer = queries.availability(positive(r.getHotelId(), "hotel_id"),
                    optional(r.getRoomTypeId(), "room_type_id"), date(r.getStartDate(), "start_date"),
                    date(r.getEndDate(), "end_date"), between(r.getRooms(), 0, 10, "rooms"), r.getValidateStay());
            return GetAvailabilityResponse.newBuilder().setHotelToday(ProtoTime.toProto(answer.today()))
                    .addAllRoomTypes(answer.roomTypes().stream().map(map::availability).toList()).build();
        });
    }

    @Override
    public void getOccupancy(GetOccupancyRequest r, StreamObserver<GetOccupancyResponse> out) {
        unary(out, () -> GetOccupancyResponse.newBuilder().addAllDays(queries.occupancy(
                        positive(r.getHotelId(), "hotel_id"), positive(r.getRoomTypeId(), "room_type_id"),
                        date(r.getStartDate(), "start_date"), date(r.getEndDate(), "end_date"), r.getValidateStay())
                .stream().map(map::occupancy).toList()).build());
    }

    @Override
    public void holdRooms(HoldRoomsRequest r, StreamObserver<HoldRoomsResponse> out) {
        unary(out, () -> {
            var id = reservationId(r.getReservationId());
            Stay stay = new Stay(positive(r.getHotelId(), "hotel_id"), positive(r.getRoomTypeId(), "room_type_id"),
                    date(r.getStartDate(), "start_date"), date(r.getEndDate(), "end_date"), r.getRooms());
            HoldResult result = holds.hold(id, stay, Requests.holdDuration(r.hasHoldDuration(), r.getHoldDuration()));
            return HoldRoomsResponse.newBuilder().setHold(map.hold(result.hold())).setReplayed(result.replayed()).build();
        });
    }

    @Override
    public void confirmHold(ConfirmHoldRequest r, StreamObserver<ConfirmHoldResponse> out) {
        unary(out, () -> ConfirmHoldResponse.newBuilder()
                .setHold(map.hold(holds.confirm(reservationId(r.getReservationId())))).build());
    }

    @Override
    public void releaseHold(ReleaseHoldRequest r, StreamObserver<ReleaseHoldResponse> out) {
        unary(out, () -> {
            ReleaseHoldResponse.Builder b = ReleaseHoldResponse.newBuilder();
            holds.release(reservationId(r.getReservationId())).ifPresent(h -> b.setHold(map.hold(h)));
            return b.build();
        });
    }

    @Override
    public void listOverbookedNights(ListOverbookedNightsRequest r, StreamObserver<ListOverbookedNightsResponse> out) {
        unary(out, () -> {
            var page = queries.overbooked(positive(r.getHotelId(), "hotel_id"), optional(r.getRoomTypeId(), "room_type_id"),
                    r.getPageSize(), r.getPageToken());
            return ListOverbookedNightsResponse.newBuilder()
                    .addAllNights(page.items().stream().map(map::overbooked).toList())
                    .setNextPageToken(page.nextPageToken()).build();
        });
    }

    /**
     * Errors thrown by {@code call} reach the shared handler, which builds the status (database failures worth
     * retrying, a failed commit included, are UNAVAILABLE there).
     */
    private static <T> void unary(StreamObserver<T> out, Supplier<T> call) {
        T response = call.get();
        out.onNext(response);
        out.onCompleted();
    }
}
