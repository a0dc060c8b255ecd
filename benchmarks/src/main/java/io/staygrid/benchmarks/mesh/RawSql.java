package io.staygrid.benchmarks.mesh;

/**
 * The statements of the raw-SQL ceilings, against the services' own schemas (their Flyway migrations): what a
 * read, a quote and a booking need the databases to do, with no service in between. One place to change when
 * a schema changes.
 */
final class RawSql {

    private RawSql() {
    }

    // inventory: the hotel's today (time zone), every room type's nights of the stay, the hold transaction.
    static final String HOTEL_ZONE = "SELECT time_zone FROM hotel WHERE hotel_id = ?";
    static final String HOTEL_NIGHTS = """
            SELECT i.room_type_id, i.date, i.total_inventory, i.sell_limit, i.total_reserved
            FROM room_type rt JOIN room_type_inventory i ON i.hotel_id = rt.hotel_id AND i.room_type_id = rt.room_type_id
            WHERE rt.hotel_id = ? AND rt.rooms > 0 AND i.date >= ? AND i.date < ?
            ORDER BY i.room_type_id, i.date""";
    static final String ROOM_TYPE_NIGHTS = """
            SELECT date, total_inventory, sell_limit, total_reserved FROM room_type_inventory
            WHERE hotel_id = ? AND room_type_id = ? AND date >= ? AND date < ? ORDER BY date""";
    static final String INSERT_HOLD = """
            INSERT INTO inventory_hold (reservation_id, hotel_id, room_type_id, start_date, end_date, rooms, state,
                                        expire_time, create_time, update_time)
            VALUES (?, ?, ?, ?, ?, 1, 'HELD', now() + interval '15 minutes', now(), now())""";
    static final String LOCK_NIGHTS = """
            SELECT total_reserved, sell_limit FROM room_type_inventory
            WHERE hotel_id = ? AND room_type_id = ? AND date >= ? AND date < ? ORDER BY date FOR UPDATE""";
    static final String TAKE_ROOM = """
            UPDATE room_type_inventory SET total_reserved = total_reserved + 1
            WHERE hotel_id = ? AND room_type_id = ? AND date >= ? AND date < ?""";
    static final String CONFIRM_HOLD =
            "UPDATE inventory_hold SET state = 'CONFIRMED', update_time = now() WHERE reservation_id = ? AND state = 'HELD'";

    // pricing: what a price is made of, and the persisted quote.
    static final String BASE_RATES = "SELECT room_type_id, currency, rate_minor FROM base_rate WHERE hotel_id = ? ORDER BY room_type_id";
    static final String BASE_RATE = "SELECT currency, rate_minor FROM base_rate WHERE hotel_id = ? AND room_type_id = ?";
    static final String OVERRIDES = """
            SELECT rate_override_id, room_type_id, start_date, end_date, days_of_week, currency, rate_minor FROM rate_override
            WHERE hotel_id = ? AND deleted_time IS NULL AND end_date > ? AND start_date < ?
            ORDER BY start_date, create_time, rate_override_id""";
    static final String RULE = "SELECT min_occupancy_bp, multiplier_bp FROM pricing_rule WHERE hotel_id = ?";
    static final String INSERT_QUOTE = """
            INSERT INTO quote (quote_id, hotel_id, room_type_id, start_date, end_date, rooms, currency, total_minor,
                               create_time, expire_time)
            VALUES (?, ?, ?, ?, ?, 1, ?, ?, now(), now() + interval '15 minutes')""";
    static final String INSERT_QUOTE_NIGHT = """
            INSERT INTO quote_night (quote_id, night_date, base_rate_minor, occupancy_bp, multiplier_bp, price_minor,
                                     total_inventory, total_reserved)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    static final String QUOTE = "SELECT total_minor, expire_time FROM quote WHERE quote_id = ?";

    // reservation: the saga's durable steps.
    static final String INSERT_RESERVATION = """
            INSERT INTO reservation (reservation_id, request_fingerprint, guest_id, hotel_id, room_type_id, start_date,
                                     end_date, rooms, guests, quote_id, payment_token, status, currency, amount_minor,
                                     booked_by_kind, booked_by_id, policy_free_days, policy_penalty_nights,
                                     policy_time_zone, lease_until, lease_owner)
            VALUES (?, ?, ?, ?, ?, ?, ?, 1, 1, ?, 'tok_approve', 'PENDING', ?, ?, 'GUEST', ?, 3, 1, 'UTC',
                    clock_timestamp() + interval '30 seconds', 'raw')""";
    static final String INSERT_EVENT = """
            INSERT INTO reservation_event (reservation_id, sequence, from_status, to_status, actor_kind, actor_id, reason)
            VALUES (?, ?, ?, ?, 'GUEST', ?, '')""";
    static final String SET_STATUS =
            "UPDATE reservation SET status = ?, rejection_reason = ?, update_time = clock_timestamp() WHERE reservation_id = ?";
    static final String INSERT_PAYMENT =
            "INSERT INTO payment (reservation_id, currency, amount_minor, charge_status) VALUES (?, ?, ?, 'REQUESTED')";
    static final String GATEWAY_CHARGE = """
            INSERT INTO sandbox_gateway_charge (reservation_id, payment_token, currency, amount_minor, outcome)
            VALUES (?, 'tok_approve', ?, ?, 'APPROVED')""";
    static final String PAYMENT_APPROVED =
            "UPDATE payment SET charge_status = 'APPROVED', update_time = clock_timestamp() WHERE reservation_id = ?";
    static final String HOLD_CONFIRMED =
            "UPDATE reservation SET hold_confirmed = true, lease_owner = NULL, update_time = clock_timestamp() WHERE reservation_id = ?";
}
