package io.staygrid.benchmarks.mesh;

import io.staygrid.localrunner.ServiceSpec;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The raw-SQL ceiling of each guest call: the same databases, one JDBC connection per database per client
 * thread, no service in between. A read is the SELECTs that make the availability answer; a quote reads
 * the price inputs and occupancy and writes the quote; a booking is the saga's transactions, each committed
 * (reservation PENDING, the date-ordered hold, payment requested, the gateway's charge, payment approved +
 * PAID, hold confirmed, reservation confirmed). With {@code holdOnly} (the storm's ceiling) a quote is free
 * and a booking is only the hold transaction.
 */
final class RawSqlTransport implements Transport {

    private final Jdbc inventory;
    private final Jdbc pricing;
    private final Jdbc reservation;
    private final boolean holdOnly;
    private long quotedTotal;
    private String quotedCurrency;

    RawSqlTransport(BenchEnvironment env, boolean holdOnly) throws SQLException {
        this.inventory = new Jdbc(env.connect(ServiceSpec.INVENTORY));
        this.pricing = holdOnly ? null : new Jdbc(env.connect(ServiceSpec.PRICING));
        this.reservation = holdOnly ? null : new Jdbc(env.connect(ServiceSpec.RESERVATION));
        this.holdOnly = holdOnly;
    }

    @Override
    public Outcome availability(Chain.Stay stay) {
        try {
            inventory.drain(RawSql.HOTEL_ZONE, stay.hotelId());
            inventory.drain(RawSql.HOTEL_NIGHTS, stay.hotelId(), stay.start(), stay.end());
            pricing.drain(RawSql.BASE_RATES, stay.hotelId());
            pricing.drain(RawSql.OVERRIDES, stay.hotelId(), stay.start(), stay.end());
            pricing.drain(RawSql.RULE, stay.hotelId());
            return Outcome.ok("SQL");
        } catch (SQLException e) {
            return Outcome.error("SQL " + e.getSQLState());
        }
    }

    @Override
    public Quote quote(Chain.Stay stay) {
        String reservationId = UUID.randomUUID().toString();
        if (holdOnly) {
            return new Quote(Outcome.ok("SQL"), reservationId, null);
        }
        try {
            inventory.drain(RawSql.HOTEL_ZONE, stay.hotelId());
            pricing.drain(RawSql.OVERRIDES, stay.hotelId(), stay.start(), stay.end());
            pricing.drain(RawSql.RULE, stay.hotelId());
            long rate;
            try (ResultSet rs = pricing.query(RawSql.BASE_RATE, stay.hotelId(), stay.roomTypeId())) {
                rs.next();
                quotedCurrency = rs.getString(1);
                rate = rs.getLong(2);
            }
            List<long[]> nights = new ArrayList<>();
            try (ResultSet rs = inventory.query(RawSql.ROOM_TYPE_NIGHTS, stay.hotelId(), stay.roomTypeId(),
                    stay.start(), stay.end())) {
                while (rs.next()) {
                    nights.add(new long[] {rs.getInt(2), rs.getInt(4)});
                }
            }
            UUID quoteId = UUID.randomUUID();
            quotedTotal = pricing.inTransaction(() -> {
                long total = 0;
                PreparedStatement night = pricing.statement(RawSql.INSERT_QUOTE_NIGHT);
                for (int i = 0; i < nights.size(); i++) {
                    long[] n = nights.get(i);
                    int occupancy = n[0] == 0 ? 10_000 : (int) (n[1] * 10_000 / n[0]);
                    int multiplier = occupancy < 5000 ? 10_000 : occupancy < 7000 ? 11_000 : occupancy < 8500 ? 12_500 : 15_000;
                    long price = rate * multiplier / 10_000;
                    total += price;
                    Jdbc.bind(night, quoteId, stay.start().plusDays(i), rate, occupancy, multiplier, price, n[0], n[1]);
                    night.addBatch();
                }
                pricing.update(RawSql.INSERT_QUOTE, quoteId, stay.hotelId(), stay.roomTypeId(), stay.start(),
                        stay.end(), quotedCurrency, total);
                night.executeBatch();
                return total;
            });
            return new Quote(Outcome.ok("SQL"), reservationId, quoteId.toString());
        } catch (SQLException e) {
            return new Quote(Outcome.error("SQL " + e.getSQLState()), null, null);
        }
    }

    @Override
    public Outcome book(TokenSigner.Guest guest, Chain.Stay stay, Quote quote) {
        UUID id = UUID.fromString(quote.reservationId());
        try {
            if (holdOnly) {
                return hold(id, stay) ? Outcome.ok("SQL HELD") : Outcome.refused("SQL ROOMS_UNAVAILABLE");
            }
            pricing.drain(RawSql.QUOTE, UUID.fromString(quote.quoteId()));
            reservation.inTransaction(() -> {
                reservation.update(RawSql.INSERT_RESERVATION, id, "f".repeat(64), guest.id(), stay.hotelId(),
                        stay.roomTypeId(), stay.start(), stay.end(), UUID.fromString(quote.quoteId()), quotedCurrency,
                        quotedTotal, guest.id());
                return reservation.update(RawSql.INSERT_EVENT, id, 1, null, "PENDING", guest.id());
            });
            if (!hold(id, stay)) {
                reservation.inTransaction(() -> {
                    reservation.update(RawSql.SET_STATUS, "REJECTED", "ROOMS_UNAVAILABLE", id);
                    return reservation.update(RawSql.INSERT_EVENT, id, 2, "PENDING", "REJECTED", guest.id());
                });
                return Outcome.refused("SQL REJECTED ROOMS_UNAVAILABLE");
            }
            reservation.inTransaction(() -> reservation.update(RawSql.INSERT_PAYMENT, id, quotedCurrency, quotedTotal));
            reservation.inTransaction(() -> reservation.update(RawSql.GATEWAY_CHARGE, id, quotedCurrency, quotedTotal));
            reservation.inTransaction(() -> {
                reservation.update(RawSql.PAYMENT_APPROVED, id);
                reservation.update(RawSql.SET_STATUS, "PAID", null, id);
                return reservation.update(RawSql.INSERT_EVENT, id, 2, "PENDING", "PAID", guest.id());
            });
            inventory.inTransaction(() -> inventory.update(RawSql.CONFIRM_HOLD, id));
            reservation.inTransaction(() -> reservation.update(RawSql.HOLD_CONFIRMED, id));
            return Outcome.ok("SQL PAID");
        } catch (SQLException e) {
            return Outcome.error("SQL " + e.getSQLState());
        }
    }

    /** The ordered-lock hold: insert the hold, lock the nights in date order, check every one, take a room. */
    private boolean hold(UUID id, Chain.Stay stay) throws SQLException {
        return inventory.inTransaction(() -> {
            inventory.update(RawSql.INSERT_HOLD, id, stay.hotelId(), stay.roomTypeId(), stay.start(), stay.end());
            try (ResultSet rs = inventory.query(RawSql.LOCK_NIGHTS, stay.hotelId(), stay.roomTypeId(), stay.start(),
                    stay.end())) {
                while (rs.next()) {
                    if (rs.getInt(1) + 1 > rs.getInt(2)) {
                        throw new Jdbc.Rollback();
                    }
                }
            }
            inventory.update(RawSql.TAKE_ROOM, stay.hotelId(), stay.roomTypeId(), stay.start(), stay.end());
            return true;
        }, false);
    }

    @Override
    public void close() {
        for (Jdbc c : new Jdbc[] {inventory, pricing, reservation}) {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // closing at the end of a run; nothing to do
                }
            }
        }
    }
}
