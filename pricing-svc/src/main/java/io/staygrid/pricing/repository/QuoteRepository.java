package io.staygrid.pricing.repository;

import static io.staygrid.pricing.repository.Jdbc.date;
import static io.staygrid.pricing.repository.Jdbc.instant;
import static io.staygrid.pricing.repository.Jdbc.setDate;
import static io.staygrid.pricing.repository.Jdbc.setInstant;

import io.staygrid.pricing.domain.DateRange;
import io.staygrid.pricing.domain.PricedNight;
import io.staygrid.pricing.domain.Quote;
import io.staygrid.support.money.Amount;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The quote and quote_night tables. Quotes are written once and never updated. */
@ApplicationScoped
public class QuoteRepository {

    private final Jdbc jdbc;

    public QuoteRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the quote and its nights; call inside a transaction. */
    public void insert(Quote q) {
        jdbc.update("insert into quote (quote_id, hotel_id, room_type_id, start_date, end_date, rooms, currency,"
                        + " total_minor, create_time, expire_time) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s -> {
                    s.setObject(1, q.id());
                    s.setLong(2, q.hotelId());
                    s.setLong(3, q.roomTypeId());
                    setDate(s, 4, q.stay().start());
                    setDate(s, 5, q.stay().end());
                    s.setInt(6, q.rooms());
                    s.setString(7, q.total().currency().getCurrencyCode());
                    s.setLong(8, q.total().minorUnits());
                    setInstant(s, 9, q.createTime());
                    setInstant(s, 10, q.expireTime());
                });
        for (PricedNight n : q.nights()) {
            jdbc.update("insert into quote_night (quote_id, night_date, base_rate_minor, rate_override_id, occupancy_bp,"
                            + " multiplier_bp, price_minor, total_inventory, total_reserved) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    s -> {
                        s.setObject(1, q.id());
                        setDate(s, 2, n.date());
                        s.setLong(3, n.baseRate().minorUnits());
                        s.setObject(4, n.overrideId().orElse(null));
                        s.setInt(5, n.occupancyBasisPoints());
                        s.setInt(6, n.multiplierBasisPoints());
                        s.setLong(7, n.price().minorUnits());
                        s.setInt(8, n.totalInventory());
                        s.setInt(9, n.totalReserved());
                    });
        }
    }

    public Optional<Quote> find(UUID quoteId) {
        return jdbc.queryOne("select * from quote where quote_id = ?", s -> s.setObject(1, quoteId),
                QuoteRepository::mapHead).map(this::withNights);
    }

    private Quote withNights(Quote head) {
        UUID quoteId = head.id();
        String currency = head.total().currency().getCurrencyCode();
        List<PricedNight> nights = jdbc.query("select * from quote_night where quote_id = ? order by night_date",
                s -> s.setObject(1, quoteId), r -> mapNight(r, currency));
        return new Quote(head.id(), head.hotelId(), head.roomTypeId(), head.stay(), head.rooms(), nights,
                head.total(), head.createTime(), head.expireTime());
    }

    public int purgeExpiredBefore(Instant cutoff) {
        return jdbc.update("delete from quote where expire_time < ?", s -> setInstant(s, 1, cutoff));
    }

    private static Quote mapHead(ResultSet r) throws SQLException {
        return new Quote(r.getObject("quote_id", UUID.class), r.getLong("hotel_id"), r.getLong("room_type_id"),
                new DateRange(date(r, "start_date"), date(r, "end_date")), r.getInt("rooms"), List.of(),
                Amount.ofMinor(r.getString("currency"), r.getLong("total_minor")),
                instant(r, "create_time"), instant(r, "expire_time"));
    }

    private static PricedNight mapNight(ResultSet r, String currency) throws SQLException {
        return new PricedNight(date(r, "night_date"), Amount.ofMinor(currency, r.getLong("base_rate_minor")),
                Optional.ofNullable(r.getObject("rate_override_id", UUID.class)), r.getInt("occupancy_bp"),
                r.getInt("multiplier_bp"), Amount.ofMinor(currency, r.getLong("price_minor")),
                r.getInt("total_inventory"), r.getInt("total_reserved"));
    }
}
