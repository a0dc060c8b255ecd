package io.staygrid.pricing.repository;

import static io.staygrid.pricing.repository.Jdbc.date;
import static io.staygrid.pricing.repository.Jdbc.instant;
import static io.staygrid.pricing.repository.Jdbc.setDate;
import static io.staygrid.pricing.repository.Jdbc.setInstant;

import io.staygrid.pricing.domain.DateRange;
import io.staygrid.pricing.domain.RateOverride;
import io.staygrid.support.money.Amount;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The rate_override table. Deleted overrides stay (deleted_time set) until purged, for idempotent retries. */
@ApplicationScoped
public class RateOverrideRepository {

    private static final String COLUMNS = "rate_override_id, hotel_id, room_type_id, name, start_date, end_date,"
            + " days_of_week, currency, rate_minor, create_time, request_fingerprint";

    /** The position of a row in the list order (start_date, create_time, rate_override_id). */
    public record Cursor(LocalDate startDate, Instant createTime, UUID id) {
    }

    /** An override with the fingerprint of the create request that made it. */
    public record Created(RateOverride override, String fingerprint) {
    }

    private final Jdbc jdbc;

    public RateOverrideRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts unless the request id was already used; returns whether this call inserted. */
    public boolean insertIfNew(RateOverride o, UUID requestId, String fingerprint) {
        return jdbc.update("insert into rate_override (" + COLUMNS + ", covered_nights, request_id)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (request_id) do nothing",
                s -> {
                    s.setObject(1, o.id());
                    s.setLong(2, o.hotelId());
                    s.setLong(3, o.roomTypeId());
                    s.setString(4, o.name());
                    setDate(s, 5, o.dates().start());
                    setDate(s, 6, o.dates().end());
                    s.setShort(7, bits(o.daysOfWeek()));
                    s.setString(8, o.nightlyRate().currency().getCurrencyCode());
                    s.setLong(9, o.nightlyRate().minorUnits());
                    setInstant(s, 10, o.createTime());
                    s.setString(11, fingerprint);
                    s.setInt(12, o.coveredNights());
                    s.setObject(13, requestId);
                }) == 1;
    }

    /** The override a request id created, deleted or not. */
    public Optional<Created> findByRequestId(UUID requestId) {
        return jdbc.queryOne("select " + COLUMNS + " from rate_override where request_id = ?",
                s -> s.setObject(1, requestId), r -> new Created(map(r), r.getString("request_fingerprint")));
    }

    public Optional<RateOverride> find(UUID id, long hotelId) {
        return jdbc.queryOne("select " + COLUMNS + " from rate_override"
                        + " where rate_override_id = ? and hotel_id = ? and deleted_time is null",
                s -> {
                    s.setObject(1, id);
                    s.setLong(2, hotelId);
                }, RateOverrideRepository::map);
    }

    /**
     * Live overrides of the hotel overlapping [from, to) (either bound optional), for one room type and
     * the hotel-wide ones when {@code roomTypeId > 0}, after the cursor, in list order.
     */
    public List<RateOverride> list(long hotelId, long roomTypeId, LocalDate from, LocalDate to,
                                   Optional<Cursor> after, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from rate_override where hotel_id = ?"
                + " and deleted_time is null");
        List<Object> params = new ArrayList<>(List.of(hotelId));
        if (roomTypeId > 0) {
            sql.append(" and room_type_id in (0, ?)");
            params.add(roomTypeId);
        }
        if (from != null) {
            sql.append(" and end_date > ?");
            params.add(from);
        }
        if (to != null) {
            sql.append(" and start_date < ?");
            params.add(to);
        }
        if (after.isPresent()) {
            sql.append(" and (start_date, create_time, rate_override_id) > (?, ?, ?)");
            params.add(after.get().startDate());
            params.add(after.get().createTime().atOffset(java.time.ZoneOffset.UTC));
            params.add(after.get().id());
        }
        sql.append(" order by start_date, create_time, rate_override_id limit ?");
        params.add(limit);
        return jdbc.query(sql.toString(), s -> {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
        }, RateOverrideRepository::map);
    }

    /** Every live override that can apply to the room type on some night of the range. */
    public List<RateOverride> covering(long hotelId, long roomTypeId, DateRange range) {
        return list(hotelId, roomTypeId, range.start(), range.end(), Optional.empty(), Integer.MAX_VALUE);
    }

    /** Marks the override deleted; returns it as it was, or empty when there was no live one. */
    public Optional<RateOverride> softDelete(UUID id, long hotelIdOrZero, Instant now) {
        return jdbc.queryOne("update rate_override set deleted_time = ? where rate_override_id = ?"
                        + " and deleted_time is null and (? = 0 or hotel_id = ?) returning " + COLUMNS,
                s -> {
                    setInstant(s, 1, now);
                    s.setObject(2, id);
                    s.setLong(3, hotelIdOrZero);
                    s.setLong(4, hotelIdOrZero);
                }, RateOverrideRepository::map);
    }

    public int purgeDeletedBefore(Instant cutoff) {
        return jdbc.update("delete from rate_override where deleted_time < ?", s -> setInstant(s, 1, cutoff));
    }

    static short bits(Set<DayOfWeek> days) {
        int bits = 0;
        for (DayOfWeek d : days) {
            bits |= 1 << (d.getValue() - 1);
        }
        return (short) bits;
    }

    static Set<DayOfWeek> days(int bits) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if ((bits & (1 << (d.getValue() - 1))) != 0) {
                days.add(d);
            }
        }
        return days;
    }

    private static RateOverride map(ResultSet r) throws SQLException {
        return new RateOverride(r.getObject("rate_override_id", UUID.class), r.getLong("hotel_id"),
                r.getLong("room_type_id"), r.getString("name"),
                new DateRange(date(r, "start_date"), date(r, "end_date")), days(r.getShort("days_of_week")),
                Amount.ofMinor(r.getString("currency"), r.getLong("rate_minor")), instant(r, "create_time"));
    }
}
