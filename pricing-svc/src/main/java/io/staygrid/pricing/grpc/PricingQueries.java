package io.staygrid.pricing.grpc;

import static io.staygrid.pricing.mapping.Inputs.positiveId;

import io.staygrid.pricing.config.PricingConfig;
import io.staygrid.pricing.domain.DateRange;
import io.staygrid.pricing.domain.PricedNight;
import io.staygrid.pricing.mapping.Inputs;
import io.staygrid.pricing.mapping.ProtoMapper;
import io.staygrid.pricing.service.CalendarService;
import io.staygrid.pricing.service.QuoteService;
import io.staygrid.pricing.v1.GetQuoteRequest;
import io.staygrid.pricing.v1.GetQuoteResponse;
import io.staygrid.pricing.v1.GetRateCalendarRequest;
import io.staygrid.pricing.v1.GetRateCalendarResponse;
import io.staygrid.pricing.v1.QuoteStayRequest;
import io.staygrid.pricing.v1.QuoteStayResponse;
import io.staygrid.pricing.v1.RoomTypeCalendar;
import io.staygrid.support.error.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** The adapter half for calendar and quotes: validate, call the service, map the answer. */
@ApplicationScoped
public class PricingQueries {

    static final int MAX_CALENDAR_NIGHTS = 366;
    static final int MAX_STAY_NIGHTS = 90;
    static final int MAX_ROOM_TYPES = 100;
    static final int MAX_ROOMS = 100;
    /** The zone whose date is the earliest on Earth: a date before its "today" is past in every hotel. */
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(-12);

    private final CalendarService calendars;
    private final QuoteService quotes;
    private final PricingConfig config;
    private final Clock clock;

    public PricingQueries(CalendarService calendars, QuoteService quotes, PricingConfig config, Clock clock) {
        this.calendars = calendars;
        this.quotes = quotes;
        this.config = config;
        this.clock = clock;
    }

    GetQuoteResponse getQuote(GetQuoteRequest r) {
        var quote = quotes.get(Inputs.uuid(r.getQuoteId(), "quote_id"));
        return GetQuoteResponse.newBuilder().setQuote(ProtoMapper.toProto(quote)).build();
    }

    GetRateCalendarResponse getRateCalendar(GetRateCalendarRequest r) {
        long hotelId = positiveId(r.getHotelId(), "hotel_id");
        List<Long> roomTypeIds = r.getRoomTypeIdsList().stream().distinct().toList();
        if (roomTypeIds.size() > MAX_ROOM_TYPES) {
            throw DomainException.invalidField("INVALID_FIELD", "room_type_ids", "at most 100 room types per calendar");
        }
        roomTypeIds.forEach(id -> positiveId(id, "room_type_ids"));
        DateRange range = Inputs.range(r.getStartDate(), r.getEndDate(), "", MAX_CALENDAR_NIGHTS, earliestToday());
        GetRateCalendarResponse.Builder b = GetRateCalendarResponse.newBuilder();
        for (Map.Entry<Long, List<PricedNight>> e : calendars.calendar(hotelId, roomTypeIds, range).entrySet()) {
            b.addRoomTypes(RoomTypeCalendar.newBuilder().setRoomTypeId(e.getKey())
                    .addAllDays(e.getValue().stream().map(ProtoMapper::toCalendarDay).toList()));
        }
        return b.build();
    }

    QuoteStayResponse quoteStay(QuoteStayRequest r) {
        long hotelId = positiveId(r.getHotelId(), "hotel_id");
        long roomTypeId = positiveId(r.getRoomTypeId(), "room_type_id");
        int rooms = r.getRooms() == 0 ? 1 : r.getRooms();
        if (rooms < 1 || rooms > MAX_ROOMS) {
            throw DomainException.invalidField("INVALID_FIELD", "rooms", "rooms must be 1-100 (0 means 1)");
        }
        Duration lifetime = config.defaultQuoteDuration();
        if (r.hasQuoteDuration()) {
            lifetime = Duration.ofSeconds(r.getQuoteDuration().getSeconds(), r.getQuoteDuration().getNanos());
            if (lifetime.compareTo(Duration.ofMinutes(1)) < 0 || lifetime.compareTo(Duration.ofMinutes(60)) > 0) {
                throw DomainException.invalidField("INVALID_FIELD", "quote_duration",
                        "quote_duration must be between 1 and 60 minutes");
            }
        }
        DateRange stay = Inputs.range(r.getStartDate(), r.getEndDate(), "", MAX_STAY_NIGHTS, earliestToday());
        var quote = quotes.quote(hotelId, roomTypeId, stay, rooms, lifetime);
        return QuoteStayResponse.newBuilder().setQuote(ProtoMapper.toProto(quote)).build();
    }

    private LocalDate earliestToday() {
        return LocalDate.ofInstant(clock.instant(), EARLIEST_ZONE);
    }
}
