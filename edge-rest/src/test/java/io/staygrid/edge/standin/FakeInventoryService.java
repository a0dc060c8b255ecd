package io.staygrid.edge.standin;

import static io.staygrid.edge.standin.Answers.answer;

import com.google.type.Date;
import io.grpc.stub.StreamObserver;
import io.staygrid.inventory.v1.*;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

/** An inventory-svc stand-in: two room types (10 and 11) with 3 and 0 rooms available every night. */
public class FakeInventoryService extends InventoryServiceGrpc.InventoryServiceImplBase {

    public static final String DOMAIN = "inventory.staygrid.io";
    public final AtomicReference<GetAvailabilityRequest> lastAvailability = new AtomicReference<>();

    @Override
    public void getAvailability(GetAvailabilityRequest request, StreamObserver<GetAvailabilityResponse> observer) {
        lastAvailability.set(request);
        answer(observer, DOMAIN, () -> GetAvailabilityResponse.newBuilder()
                .addRoomTypes(roomType(10, 3, request)).addRoomTypes(roomType(11, 0, request)).build());
    }

    @Override
    public void getOverbookingPolicy(GetOverbookingPolicyRequest request, StreamObserver<GetOverbookingPolicyResponse> observer) {
        answer(observer, DOMAIN, () -> GetOverbookingPolicyResponse.newBuilder().setPolicy(OverbookingPolicy.newBuilder()
                .setHotelId(request.getHotelId()).setOverbookingPercent(10).setIsDefault(true)).build());
    }

    @Override
    public void updateOverbookingPolicy(UpdateOverbookingPolicyRequest request,
            StreamObserver<UpdateOverbookingPolicyResponse> observer) {
        answer(observer, DOMAIN, () -> UpdateOverbookingPolicyResponse.newBuilder().setPolicy(request.getPolicy())
                .setOverbookedNightCount(0).build());
    }

    private static RoomTypeAvailability roomType(long id, int available, GetAvailabilityRequest request) {
        RoomTypeAvailability.Builder type = RoomTypeAvailability.newBuilder().setRoomTypeId(id).setAvailableRooms(available)
                .setBookable(available > 0);
        LocalDate from = LocalDate.of(request.getStartDate().getYear(), request.getStartDate().getMonth(), request.getStartDate().getDay());
        LocalDate until = LocalDate.of(request.getEndDate().getYear(), request.getEndDate().getMonth(), request.getEndDate().getDay());
        for (LocalDate night = from; night.isBefore(until); night = night.plusDays(1)) {
            type.addNights(NightInventory.newBuilder().setDate(Date.newBuilder().setYear(night.getYear())
                    .setMonth(night.getMonthValue()).setDay(night.getDayOfMonth())).setTotalInventory(5)
                    .setTotalReserved(5 - available).setSellLimit(5).setAvailableRooms(available));
        }
        return type.build();
    }
}
