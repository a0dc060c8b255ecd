package io.staygrid.reservation.client;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CompositeCacheKey;
import io.quarkus.grpc.GrpcClient;
import io.staygrid.hotel.v1.GetHotelRequest;
import io.staygrid.hotel.v1.GetRoomTypeRequest;
import io.staygrid.hotel.v1.HotelServiceGrpc.HotelServiceBlockingStub;
import io.staygrid.reservation.config.ReservationConfig;
import io.staygrid.reservation.service.HotelFacts;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.ErrorKind;
import io.staygrid.support.error.GrpcErrors;
import io.staygrid.support.observability.CacheStaleness;
import io.staygrid.support.observability.CacheStaleness.Stamped;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * hotel-svc's catalog facts, cached (caches "hotel-time-zone" and "room-type-occupancy", see
 * application.properties): a hotel's time zone never changes after it is created, a room type's occupancy
 * rarely; a failure is not cached, nor is a hotel hotel-svc does not know (yet). The age of each occupancy
 * served is metered ({@link CacheStaleness}); a time zone cannot go stale.
 */
@ApplicationScoped
public class HotelClient implements HotelFacts {

    static final String UNAVAILABLE = "HOTEL_UNAVAILABLE";
    static final String OCCUPANCIES = "room-type-occupancy";

    private final HotelServiceBlockingStub stub;
    private final Cache zones;
    private final Cache occupancies;
    private final CacheStaleness occupancyStaleness;
    private final ReservationConfig.Downstream settings;

    public HotelClient(@GrpcClient("hotel") HotelServiceBlockingStub stub, @CacheName("hotel-time-zone") Cache zones,
                       @CacheName(OCCUPANCIES) Cache occupancies, MeterRegistry registry, ReservationConfig config) {
        this.stub = stub;
        this.zones = zones;
        this.occupancies = occupancies;
        this.occupancyStaleness = new CacheStaleness(registry, OCCUPANCIES);
        this.settings = config.hotel();
    }

    @Override
    public Optional<ZoneId> timeZone(long hotelId) {
        try {
            return Optional.of(zones.<Long, ZoneId>get(hotelId, this::fetchTimeZone).await().indefinitely());
        } catch (UnknownHotel e) {
            return Optional.empty();
        }
    }

    /** Throws for an unknown hotel: the cache keeps no failed computation, so a hotel created later is learnt. */
    private ZoneId fetchTimeZone(long hotelId) {
        return lookup(s -> s.getHotel(GetHotelRequest.newBuilder().setHotelId(hotelId).build()))
                .map(r -> ZoneId.of(r.getHotel().getTimeZone())).orElseThrow(UnknownHotel::new);
    }

    @Override
    public OptionalInt maxOccupancy(long hotelId, long roomTypeId) {
        return occupancyStaleness.served(occupancies.<CompositeCacheKey, Stamped<OptionalInt>>get(
                new CompositeCacheKey(hotelId, roomTypeId), key -> Stamped.now(fetchOccupancy(hotelId, roomTypeId)))
                .await().indefinitely());
    }

    private OptionalInt fetchOccupancy(long hotelId, long roomTypeId) {
        return lookup(s -> s.getRoomType(GetRoomTypeRequest.newBuilder().setHotelId(hotelId)
                .setRoomTypeId(roomTypeId).build()))
                .map(r -> OptionalInt.of(r.getRoomType().getMaxOccupancy())).orElse(OptionalInt.empty());
    }

    /** The answer, empty for NOT_FOUND; any other failure is hotel-svc being unavailable. */
    private <T> Optional<T> lookup(Function<HotelServiceBlockingStub, T> call) {
        try {
            return Optional.of(Retry.idempotent(settings,
                    () -> call.apply(stub.withDeadlineAfter(settings.deadline().toMillis(), TimeUnit.MILLISECONDS))));
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
                return Optional.empty();
            }
            throw new DomainException(ErrorKind.UNAVAILABLE, UNAVAILABLE,
                    "hotel-svc could not answer (" + e.getStatus().getCode() + " " + GrpcErrors.reason(e) + ")");
        }
    }

    /** hotel-svc answered NOT_FOUND; no stack trace, it is a result. */
    private static final class UnknownHotel extends RuntimeException {
        UnknownHotel() {
            super("hotel not found", null, false, false);
        }
    }
}
