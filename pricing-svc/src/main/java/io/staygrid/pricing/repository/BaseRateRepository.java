package io.staygrid.pricing.repository;

import static io.staygrid.pricing.repository.Jdbc.instant;
import static io.staygrid.pricing.repository.Jdbc.setInstant;

import io.staygrid.pricing.domain.BaseRate;
import io.staygrid.support.money.Amount;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The base_rate table, plus the hotel's pricing currency (that of its base rates and live overrides). */
@ApplicationScoped
public class BaseRateRepository {

    private static final String COLUMNS = "hotel_id, room_type_id, currency, rate_minor, update_time";

    private final Jdbc jdbc;

    public BaseRateRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<BaseRate> find(long hotelId, long roomTypeId) {
        return jdbc.queryOne("select " + COLUMNS + " from base_rate where hotel_id = ? and room_type_id = ?",
                s -> {
                    s.setLong(1, hotelId);
                    s.setLong(2, roomTypeId);
                }, BaseRateRepository::map);
    }

    /** Up to {@code limit} base rates of the hotel with room_type_id above {@code afterRoomTypeId}, ascending. */
    public List<BaseRate> list(long hotelId, long afterRoomTypeId, int limit) {
        return jdbc.query("select " + COLUMNS + " from base_rate where hotel_id = ? and room_type_id > ?"
                        + " order by room_type_id limit ?",
                s -> {
                    s.setLong(1, hotelId);
                    s.setLong(2, afterRoomTypeId);
                    s.setInt(3, limit);
                }, BaseRateRepository::map);
    }

    public BaseRate upsert(BaseRate rate) {
        jdbc.update("insert into base_rate (" + COLUMNS + ") values (?, ?, ?, ?, ?)"
                        + " on conflict (hotel_id, room_type_id) do update"
                        + " set currency = excluded.currency, rate_minor = excluded.rate_minor, update_time = excluded.update_time",
                s -> {
                    s.setLong(1, rate.hotelId());
                    s.setLong(2, rate.roomTypeId());
                    s.setString(3, rate.nightlyRate().currency().getCurrencyCode());
                    s.setLong(4, rate.nightlyRate().minorUnits());
                    setInstant(s, 5, rate.updateTime());
                });
        return rate;
    }

    public Optional<BaseRate> delete(long hotelId, long roomTypeId) {
        return jdbc.queryOne("delete from base_rate where hotel_id = ? and room_type_id = ? returning " + COLUMNS,
                s -> {
                    s.setLong(1, hotelId);
                    s.setLong(2, roomTypeId);
                }, BaseRateRepository::map);
    }

    /** The currency of the hotel's base rates and live overrides, if it has any. */
    public Optional<String> hotelCurrency(long hotelId) {
        return jdbc.queryOne("(select currency from base_rate where hotel_id = ? limit 1) union all"
                        + " (select currency from rate_override where hotel_id = ? and deleted_time is null limit 1)",
                s -> {
                    s.setLong(1, hotelId);
                    s.setLong(2, hotelId);
                }, r -> r.getString(1));
    }

    public boolean hotelHasBaseRate(long hotelId) {
        return jdbc.queryOne("select 1 from base_rate where hotel_id = ? limit 1",
                s -> s.setLong(1, hotelId), r -> true).isPresent();
    }

    /** Serialises the writes that fix or check a hotel's currency, for the rest of the transaction. */
    public void lockHotel(long hotelId) {
        jdbc.execute("select pg_advisory_xact_lock(?)", s -> s.setLong(1, hotelId));
    }

    private static BaseRate map(ResultSet r) throws SQLException {
        return new BaseRate(r.getLong("hotel_id"), r.getLong("room_type_id"),
                Amount.ofMinor(r.getString("currency"), r.getLong("rate_minor")), instant(r, "update_time"));
    }
}
