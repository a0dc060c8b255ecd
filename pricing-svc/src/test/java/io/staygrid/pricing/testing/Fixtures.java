package io.staygrid.pricing.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.type.Date;
import com.google.type.Money;
import io.grpc.Status;
import io.staygrid.pricing.v1.GetRateCalendarRequest;
import io.staygrid.pricing.v1.PricingServiceGrpc.PricingServiceBlockingStub;
import io.staygrid.pricing.v1.QuoteStayRequest;
import io.staygrid.pricing.v1.RoomTypeCalendar;
import io.staygrid.pricing.v1.SetBaseRateRequest;
import io.staygrid.support.error.GrpcErrors;
import io.staygrid.support.proto.ProtoTime;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Small builders shared by the gRPC tests. */
public final class Fixtures {

    private static final AtomicLong HOTELS = new AtomicLong(ThreadLocalRandom.current().nextLong(1, 1L << 40));

    private Fixtures() {
    }

    /** A hotel id no other test uses, so tests sharing the database never see each other's rows. */
    public static long newHotel() {
        return HOTELS.addAndGet(1_000);
    }

    public static Money money(String currency, long units, int nanos) {
        return Money.newBuilder().setCurrencyCode(currency).setUnits(units).setNanos(nanos).build();
    }

    public static Money eur(long units) {
        return money("EUR", units, 0);
    }

    public static Date date(LocalDate d) {
        return ProtoTime.toProto(d);
    }

    /** A future date far enough from "today" in every time zone. */
    public static LocalDate inDays(int days) {
        return LocalDate.now().plusDays(days);
    }

    public static void setBaseRate(PricingServiceBlockingStub pricing, long hotelId, long roomTypeId, Money rate) {
        pricing.setBaseRate(SetBaseRateRequest.newBuilder().setHotelId(hotelId).setRoomTypeId(roomTypeId)
                .setNightlyRate(rate).build());
    }

    public static RoomTypeCalendar calendar(PricingServiceBlockingStub pricing, long hotelId, long roomTypeId,
                                            LocalDate start, LocalDate end) {
        return pricing.getRateCalendar(GetRateCalendarRequest.newBuilder().setHotelId(hotelId)
                .addRoomTypeIds(roomTypeId).setStartDate(date(start)).setEndDate(date(end)).build()).getRoomTypes(0);
    }

    public static QuoteStayRequest.Builder stay(long hotelId, long roomTypeId, LocalDate start, LocalDate end) {
        return QuoteStayRequest.newBuilder().setHotelId(hotelId).setRoomTypeId(roomTypeId)
                .setStartDate(date(start)).setEndDate(date(end));
    }

    /** Asserts the call fails with this status and ErrorInfo reason, and returns the failure. */
    public static Throwable assertRefused(ThrowingCallable call, Status.Code code, String reason) {
        Throwable t = catchThrowable(call);
        assertThat(t).as("the call should fail with %s %s", code, reason).isNotNull();
        assertThat(GrpcErrors.code(t)).as("status of %s", t).isEqualTo(code);
        assertThat(GrpcErrors.reason(t)).as("reason of %s", t).isEqualTo(reason);
        assertThat(GrpcErrors.errorInfo(t).orElseThrow().getDomain()).isEqualTo("pricing.staygrid.io");
        return t;
    }

    public static long minor(Money m, int digits) {
        long scale = 1;
        for (int i = 0; i < digits; i++) {
            scale *= 10;
        }
        return m.getUnits() * scale + m.getNanos() / (1_000_000_000L / scale);
    }
}
