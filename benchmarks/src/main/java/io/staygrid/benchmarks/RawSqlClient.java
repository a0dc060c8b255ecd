package io.staygrid.benchmarks;

import io.staygrid.inventory.domain.Stay;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The bare transaction: insert the hold row, lock the nights in date order, check them, add the rooms,
 * commit. No validation, no idempotency lookup, no lock timeout: the floor the service is compared with.
 */
final class RawSqlClient implements HoldClient {

    private final Connection connection;
    private final PreparedStatement insert;
    private final PreparedStatement lock;
    private final PreparedStatement update;

    RawSqlClient(BenchDatabase db) throws Exception {
        connection = db.connect();
        connection.setAutoCommit(false);
        insert = connection.prepareStatement("""
                INSERT INTO inventory_hold (reservation_id, hotel_id, room_type_id, start_date, end_date, rooms, state,
                                            expire_time, create_time, update_time)
                VALUES (?, ?, ?, ?, ?, ?, 'HELD', ?, now(), now())""");
        lock = connection.prepareStatement("""
                SELECT total_reserved, sell_limit FROM room_type_inventory
                WHERE hotel_id = ? AND room_type_id = ? AND date >= ? AND date < ? ORDER BY date FOR UPDATE""");
        update = connection.prepareStatement("""
                UPDATE room_type_inventory SET total_reserved = total_reserved + ?
                WHERE hotel_id = ? AND room_type_id = ? AND date >= ? AND date < ?""");
    }

    @Override
    public void hold(UUID id, Stay stay) throws Exception {
        try {
            insert.setObject(1, id);
            insert.setLong(2, stay.hotelId());
            insert.setLong(3, stay.roomTypeId());
            insert.setObject(4, stay.startDate());
            insert.setObject(5, stay.endDate());
            insert.setInt(6, stay.rooms());
            insert.setObject(7, OffsetDateTime.ofInstant(Instant.now().plusSeconds(900), ZoneOffset.UTC));
            insert.executeUpdate();
            bindStay(lock, 1, stay);
            try (ResultSet rs = lock.executeQuery()) {
                while (rs.next()) {
                    if (rs.getInt(1) + stay.rooms() > rs.getInt(2)) {
                        throw new IllegalStateException("sold out");
                    }
                }
            }
            update.setInt(1, stay.rooms());
            bindStay(update, 2, stay);
            update.executeUpdate();
            connection.commit();
        } catch (Exception e) {
            connection.rollback();
            throw e;
        }
    }

    private static void bindStay(PreparedStatement ps, int first, Stay stay) throws Exception {
        ps.setLong(first, stay.hotelId());
        ps.setLong(first + 1, stay.roomTypeId());
        ps.setObject(first + 2, stay.startDate());
        ps.setObject(first + 3, stay.endDate());
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
