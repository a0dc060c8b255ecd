package io.staygrid.pricing.mapping;

import io.staygrid.pricing.domain.BaseRate;
import io.staygrid.pricing.domain.OccupancyTier;
import io.staygrid.pricing.domain.PricedNight;
import io.staygrid.pricing.domain.PricingRule;
import io.staygrid.pricing.domain.Quote;
import io.staygrid.pricing.domain.RateOverride;
import io.staygrid.pricing.v1.CalendarDay;
import io.staygrid.pricing.v1.NightlyPrice;
import io.staygrid.support.proto.ProtoTime;
import java.time.DayOfWeek;
import java.util.UUID;

/** Domain values to their PricingService messages. */
public final class ProtoMapper {

    private ProtoMapper() {
    }

    public static io.staygrid.pricing.v1.BaseRate toProto(BaseRate rate) {
        return io.staygrid.pricing.v1.BaseRate.newBuilder()
                .setHotelId(rate.hotelId())
                .setRoomTypeId(rate.roomTypeId())
                .setNightlyRate(money(rate.nightlyRate()))
                .setUpdateTime(ProtoTime.toProto(rate.updateTime()))
                .build();
    }

    public static io.staygrid.pricing.v1.RateOverride toProto(RateOverride o) {
        io.staygrid.pricing.v1.RateOverride.Builder b = io.staygrid.pricing.v1.RateOverride.newBuilder()
                .setRateOverrideId(o.id().toString())
                .setHotelId(o.hotelId())
                .setRoomTypeId(o.roomTypeId())
                .setName(o.name())
                .setStartDate(ProtoTime.toProto(o.dates().start()))
                .setEndDate(ProtoTime.toProto(o.dates().end()))
                .setNightlyRate(money(o.nightlyRate()))
                .setCreateTime(ProtoTime.toProto(o.createTime()));
        o.daysOfWeek().stream().sorted().map(ProtoMapper::toProto).forEach(b::addDaysOfWeek);
        return b.build();
    }

    public static io.staygrid.pricing.v1.PricingRule toProto(PricingRule rule) {
        io.staygrid.pricing.v1.PricingRule.Builder b = io.staygrid.pricing.v1.PricingRule.newBuilder()
                .setHotelId(rule.hotelId())
                .setIsDefault(rule.isDefault());
        for (OccupancyTier t : rule.tiers()) {
            b.addTiers(io.staygrid.pricing.v1.OccupancyTier.newBuilder()
                    .setMinOccupancyBasisPoints(t.minOccupancyBasisPoints())
                    .setMultiplierBasisPoints(t.multiplierBasisPoints()));
        }
        if (rule.updateTime() != null) {
            b.setUpdateTime(ProtoTime.toProto(rule.updateTime()));
        }
        return b.build();
    }

    public static io.staygrid.pricing.v1.Quote toProto(Quote q) {
        io.staygrid.pricing.v1.Quote.Builder b = io.staygrid.pricing.v1.Quote.newBuilder()
                .setQuoteId(q.id().toString())
                .setHotelId(q.hotelId())
                .setRoomTypeId(q.roomTypeId())
                .setStartDate(ProtoTime.toProto(q.stay().start()))
                .setEndDate(ProtoTime.toProto(q.stay().end()))
                .setRooms(q.rooms())
                .setTotal(money(q.total()))
                .setCreateTime(ProtoTime.toProto(q.createTime()))
                .setExpireTime(ProtoTime.toProto(q.expireTime()));
        for (PricedNight n : q.nights()) {
            b.addNights(NightlyPrice.newBuilder()
                    .setDate(ProtoTime.toProto(n.date()))
                    .setPrice(money(n.price()))
                    .setOccupancyBasisPoints(n.occupancyBasisPoints())
                    .setMultiplierBasisPoints(n.multiplierBasisPoints())
                    .setBaseRate(money(n.baseRate()))
                    .setRateOverrideId(n.overrideId().map(UUID::toString).orElse("")));
        }
        return b.build();
    }

    public static CalendarDay toCalendarDay(PricedNight n) {
        return CalendarDay.newBuilder()
                .setDate(ProtoTime.toProto(n.date()))
                .setBaseRate(money(n.baseRate()))
                .setOccupancyBasisPoints(n.occupancyBasisPoints())
                .setMultiplierBasisPoints(n.multiplierBasisPoints())
                .setNightlyPrice(money(n.price()))
                .setTotalInventory(n.totalInventory())
                .setTotalReserved(n.totalReserved())
                .setRateOverrideId(n.overrideId().map(UUID::toString).orElse(""))
                .build();
    }

    private static com.google.type.Money money(io.staygrid.support.money.Amount amount) {
        return io.staygrid.support.proto.ProtoMoney.toProto(amount);
    }

    public static com.google.type.DayOfWeek toProto(DayOfWeek day) {
        return com.google.type.DayOfWeek.forNumber(day.getValue());
    }

    /** google.type.DayOfWeek numbers MONDAY=1 .. SUNDAY=7 like java.time; null for UNSPECIFIED or unknown. */
    public static DayOfWeek toDayOfWeek(int number) {
        return number >= 1 && number <= 7 ? DayOfWeek.of(number) : null;
    }
}
