package io.staygrid.edge.standin;

import static io.staygrid.edge.standin.Answers.answer;

import com.google.type.Money;
import io.grpc.stub.StreamObserver;
import io.staygrid.pricing.v1.*;
import io.staygrid.support.error.DomainException;

/** A pricing-svc stand-in: room type 10 costs EUR 129.50 a night, every other room type has no base rate. */
public class FakePricingService extends PricingServiceGrpc.PricingServiceImplBase {

    public static final String DOMAIN = "pricing.staygrid.io";
    static final Money NIGHTLY = Money.newBuilder().setCurrencyCode("EUR").setUnits(129).setNanos(500_000_000).build();

    @Override
    public void getRateCalendar(GetRateCalendarRequest request, StreamObserver<GetRateCalendarResponse> observer) {
        answer(observer, DOMAIN, () -> {
            if (request.getRoomTypeIdsList().stream().anyMatch(id -> id != 10)) {
                throw DomainException.failedPrecondition("BASE_RATE_NOT_SET", "no base rate");
            }
            RoomTypeCalendar.Builder calendar = RoomTypeCalendar.newBuilder().setRoomTypeId(10);
            java.time.LocalDate from = date(request.getStartDate());
            for (java.time.LocalDate d = from; d.isBefore(date(request.getEndDate())); d = d.plusDays(1)) {
                calendar.addDays(CalendarDay.newBuilder().setDate(io.staygrid.support.proto.ProtoTime.toProto(d))
                        .setBaseRate(NIGHTLY).setNightlyPrice(NIGHTLY).setMultiplierBasisPoints(10000));
            }
            return GetRateCalendarResponse.newBuilder().addRoomTypes(calendar).build();
        });
    }

    @Override
    public void setBaseRate(SetBaseRateRequest request, StreamObserver<SetBaseRateResponse> observer) {
        answer(observer, DOMAIN, () -> {
            io.staygrid.support.proto.ProtoMoney.toAmount(request.getNightlyRate(), "nightly_rate");
            return SetBaseRateResponse.newBuilder().setBaseRate(BaseRate.newBuilder().setHotelId(request.getHotelId())
                    .setRoomTypeId(request.getRoomTypeId()).setNightlyRate(request.getNightlyRate())).build();
        });
    }

    private static java.time.LocalDate date(com.google.type.Date d) {
        return java.time.LocalDate.of(d.getYear(), d.getMonth(), d.getDay());
    }
}
