package io.staygrid.edge.mapping;

import static io.staygrid.edge.mapping.ProtoValues.date;
import static io.staygrid.edge.mapping.ProtoValues.i32;
import static io.staygrid.edge.mapping.ProtoValues.i64;
import static io.staygrid.edge.mapping.ProtoValues.instant;
import static io.staygrid.edge.mapping.ProtoValues.money;
import static io.staygrid.edge.mapping.ProtoValues.str;

import io.staygrid.edge.rest.model.BaseRate;
import io.staygrid.edge.rest.model.OccupancyTier;
import io.staygrid.edge.rest.model.PricingRule;
import io.staygrid.edge.rest.model.RateCalendar;
import io.staygrid.edge.rest.model.RateDay;
import io.staygrid.edge.rest.model.RateOverride;
import io.staygrid.edge.rest.model.RateOverrideInput;
import io.staygrid.edge.rest.model.RoomTypeRates;
import io.staygrid.pricing.v1.GetRateCalendarResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** Base rates, overrides, pricing rules and the rate calendar between the REST model and staygrid.pricing.v1. */
public final class PricingMapper {

    private PricingMapper() {
    }

    public static BaseRate baseRate(io.staygrid.pricing.v1.BaseRate r) {
        return new BaseRate(r.getHotelId(), r.getRoomTypeId(), money(r.hasNightlyRate(), r.getNightlyRate()),
                instant(r.hasUpdateTime(), r.getUpdateTime()));
    }

    public static RateOverride override(io.staygrid.pricing.v1.RateOverride o) {
        return new RateOverride(o.getRateOverrideId(), o.getHotelId(), o.getRoomTypeId(), o.getName(),
                date(o.getStartDate()), date(o.getEndDate()),
                o.getDaysOfWeekList().stream().filter(d -> d.getNumber() >= 1 && d.getNumber() <= 7)
                        .map(d -> DayOfWeek.of(d.getNumber())).toList(),
                money(o.hasNightlyRate(), o.getNightlyRate()), instant(o.hasCreateTime(), o.getCreateTime()));
    }

    public static io.staygrid.pricing.v1.RateOverride override(long hotelId, RateOverrideInput in) {
        io.staygrid.pricing.v1.RateOverride.Builder o = io.staygrid.pricing.v1.RateOverride.newBuilder()
                .setHotelId(hotelId).setRoomTypeId(i64(in.roomTypeID())).setName(str(in.name()))
                .setStartDate(date(in.startDate())).setEndDate(date(in.endDate()))
                .setNightlyRate(money(in.nightlyRate(), "nightlyRate"));
        if (in.daysOfWeek() != null) {
            in.daysOfWeek().forEach(d -> o.addDaysOfWeekValue(d == null ? 0 : d.getValue()));
        }
        return o.build();
    }

    public static PricingRule rule(io.staygrid.pricing.v1.PricingRule r) {
        return new PricingRule(r.getHotelId(), r.getTiersList().stream()
                .map(t -> new OccupancyTier(t.getMinOccupancyBasisPoints(), t.getMultiplierBasisPoints())).toList(),
                r.getIsDefault(), instant(r.hasUpdateTime(), r.getUpdateTime()));
    }

    public static io.staygrid.pricing.v1.PricingRule rule(long hotelId, List<OccupancyTier> tiers) {
        io.staygrid.pricing.v1.PricingRule.Builder rule = io.staygrid.pricing.v1.PricingRule.newBuilder().setHotelId(hotelId);
        if (tiers != null) {
            tiers.forEach(t -> rule.addTiers(io.staygrid.pricing.v1.OccupancyTier.newBuilder()
                    .setMinOccupancyBasisPoints(t == null ? 0 : i32(t.minOccupancyBasisPoints()))
                    .setMultiplierBasisPoints(t == null ? 0 : i32(t.multiplierBasisPoints()))));
        }
        return rule.build();
    }

    public static RateCalendar calendar(long hotelId, LocalDate start, LocalDate end, GetRateCalendarResponse response) {
        return new RateCalendar(hotelId, start, end, response.getRoomTypesList().stream()
                .map(type -> new RoomTypeRates(type.getRoomTypeId(), type.getDaysList().stream()
                        .map(d -> new RateDay(date(d.getDate()), money(d.hasBaseRate(), d.getBaseRate()),
                                d.getOccupancyBasisPoints(), d.getMultiplierBasisPoints(),
                                money(d.hasNightlyPrice(), d.getNightlyPrice()), d.getTotalInventory(),
                                d.getTotalReserved(), d.getRateOverrideId().isEmpty() ? null : d.getRateOverrideId()))
                        .toList()))
                .toList());
    }
}
