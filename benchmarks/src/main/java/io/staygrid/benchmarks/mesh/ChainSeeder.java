package io.staygrid.benchmarks.mesh;

import com.google.type.Money;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.staygrid.hotel.v1.BedConfiguration;
import io.staygrid.hotel.v1.BedGroup;
import io.staygrid.hotel.v1.BedType;
import io.staygrid.hotel.v1.CreateHotelRequest;
import io.staygrid.hotel.v1.CreateRoomRequest;
import io.staygrid.hotel.v1.CreateRoomTypeRequest;
import io.staygrid.hotel.v1.HotelServiceGrpc;
import io.staygrid.hotel.v1.Room;
import io.staygrid.hotel.v1.RoomType;
import io.staygrid.inventory.v1.GetRoomTypeCapacityRequest;
import io.staygrid.inventory.v1.InventoryServiceGrpc;
import io.staygrid.localrunner.ServiceSpec;
import io.staygrid.pricing.v1.PricingServiceGrpc;
import io.staygrid.pricing.v1.SetBaseRateRequest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Seeds the chain through the services' own gRPC APIs, hotels in parallel: hotel, room types and rooms
 * (hotel-svc), base rates (pricing-svc, retried until inventory-svc has heard of the room type), then waits
 * until inventory-svc sells every room type's full capacity.
 */
final class ChainSeeder {

    private static final Set<Status.Code> NOT_YET = EnumSet.of(Status.Code.NOT_FOUND, Status.Code.FAILED_PRECONDITION,
            Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED);

    private final HotelServiceGrpc.HotelServiceBlockingStub hotels;
    private final PricingServiceGrpc.PricingServiceBlockingStub pricing;
    private final InventoryServiceGrpc.InventoryServiceBlockingStub inventory;

    ChainSeeder(BenchEnvironment env) {
        this.hotels = HotelServiceGrpc.newBlockingStub(env.channel(ServiceSpec.HOTEL));
        this.pricing = PricingServiceGrpc.newBlockingStub(env.channel(ServiceSpec.PRICING));
        this.inventory = InventoryServiceGrpc.newBlockingStub(env.channel(ServiceSpec.INVENTORY));
    }

    /** The chain's hotels, each with {@code roomTypes} room types of {@code rooms} rooms, and the storm hotel. */
    Chain seed(BenchOptions o) throws InterruptedException {
        Progress progress = new Progress("seeding through gRPC", o.hotels() + 1L, "hotels");
        List<Chain.Hotel> chain = Parallel.map(o.seedThreads(), o.hotels(), i -> {
            Chain.Hotel h = seedHotel(i, o.roomTypes(), o.rooms());
            progress.add(1);
            return h;
        });
        Chain.Hotel storm = storm(o);
        progress.add(1);
        progress.done();
        return new Chain(chain, storm, o.stayWindow());
    }

    /** The storm hotel: one room type of {@code --storm-rooms} rooms, touched by no normal traffic. */
    Chain.Hotel storm(BenchOptions o) {
        return seedHotel(o.hotels(), 1, o.stormRooms());
    }

    private Chain.Hotel seedHotel(int index, int roomTypes, int rooms) {
        String[] locale = Chain.LOCALES.get(index % Chain.LOCALES.size());
        long hotelId = stub().createHotel(CreateHotelRequest.newBuilder().setRequestId(UUID.randomUUID().toString())
                .setHotel(io.staygrid.hotel.v1.Hotel.newBuilder().setName("Bench hotel " + index)
                        .addAddressLines(index + " Benchmark Street").setCity("Bench City " + index % 50)
                        .setPostalCode("10000").setCountryCode(locale[2]).setTimeZone(locale[0]).setCurrencyCode(locale[1])
                        .setStarRating(1 + index % 5).setDescription("Seeded by the mesh benchmark."))
                .build()).getHotel().getHotelId();
        List<Long> types = new ArrayList<>();
        for (int t = 0; t < roomTypes; t++) {
            long roomTypeId = stub().createRoomType(CreateRoomTypeRequest.newBuilder().setHotelId(hotelId)
                    .setRequestId(UUID.randomUUID().toString()).setRoomType(RoomType.newBuilder().setName("Type " + t)
                            .setMaxOccupancy(2).addAmenities("wifi").setBedConfiguration(BedConfiguration.newBuilder()
                                    .addBedGroups(BedGroup.newBuilder().setBedType(BedType.BED_TYPE_DOUBLE).setCount(1))))
                    .build()).getRoomType().getRoomTypeId();
            for (int r = 0; r < rooms; r++) {
                stub().createRoom(CreateRoomRequest.newBuilder().setHotelId(hotelId).setRequestId(UUID.randomUUID().toString())
                        .setRoom(Room.newBuilder().setNumber(t + "-" + r).setFloor(1 + t).setRoomTypeId(roomTypeId)).build());
            }
            types.add(roomTypeId);
        }
        for (int t = 0; t < roomTypes; t++) {
            SetBaseRateRequest rate = SetBaseRateRequest.newBuilder().setHotelId(hotelId).setRoomTypeId(types.get(t))
                    .setNightlyRate(Money.newBuilder().setCurrencyCode(locale[1]).setUnits(Chain.baseRateUnits(locale[1], t)))
                    .build();
            retried(() -> pricing.withDeadlineAfter(10, TimeUnit.SECONDS).setBaseRate(rate));
        }
        for (long roomTypeId : types) {
            retried(() -> {
                int known = inventory.withDeadlineAfter(10, TimeUnit.SECONDS).getRoomTypeCapacity(GetRoomTypeCapacityRequest
                        .newBuilder().setHotelId(hotelId).setRoomTypeId(roomTypeId).build()).getCapacity().getRooms();
                if (known != rooms) {
                    throw Status.FAILED_PRECONDITION.withDescription("capacity " + known + " of " + rooms).asRuntimeException();
                }
            });
        }
        return new Chain.Hotel(hotelId, List.copyOf(types), locale[0], locale[1]);
    }

    private HotelServiceGrpc.HotelServiceBlockingStub stub() {
        return hotels.withDeadlineAfter(30, TimeUnit.SECONDS);
    }

    /** Repeats a call refused because hotel-svc's outbox relay has not reached inventory-svc yet (up to 5 minutes). */
    private static void retried(Runnable call) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (true) {
            try {
                call.run();
                return;
            } catch (StatusRuntimeException e) {
                if (!NOT_YET.contains(e.getStatus().getCode()) || System.nanoTime() > deadline) {
                    throw e;
                }
                Parallel.pause(200);
            }
        }
    }
}
