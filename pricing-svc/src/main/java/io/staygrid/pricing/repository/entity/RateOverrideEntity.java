package io.staygrid.pricing.repository.entity;

import io.staygrid.pricing.domain.DateRange;
import io.staygrid.pricing.domain.RateOverride;
import io.staygrid.support.money.Amount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of rate_override. Immutable but for {@code deletedTime} (a soft delete, so a retried create still finds
 * its request id); only that column is ever updated.
 */
@Entity
@Table(name = "rate_override")
@DynamicUpdate
public class RateOverrideEntity {

    @Id
    @Column(name = "rate_override_id")
    public UUID id;

    @Column(name = "hotel_id", nullable = false)
    public long hotelId;

    @Column(name = "room_type_id", nullable = false)
    public long roomTypeId;

    @Column(name = "name", length = 100, nullable = false)
    public String name;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    /** Bit (d - 1) set for each ISO day of week d (Monday = 1); 0 means every day. */
    @Column(name = "days_of_week", nullable = false)
    public short daysOfWeek;

    @Column(name = "covered_nights", nullable = false)
    public int coveredNights;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", length = 3, nullable = false)
    public String currency;

    @Column(name = "rate_minor", nullable = false)
    public long rateMinor;

    @JdbcTypeCode(SqlTypes.TIMESTAMP_UTC)
    @Column(name = "create_time", nullable = false)
    public Instant createTime;

    @Column(name = "request_id", nullable = false, unique = true)
    public UUID requestId;

    @Column(name = "request_fingerprint", nullable = false, columnDefinition = "text")
    public String requestFingerprint;

    @JdbcTypeCode(SqlTypes.TIMESTAMP_UTC)
    @Column(name = "deleted_time")
    public Instant deletedTime;

    public RateOverride toDomain() {
        return new RateOverride(id, hotelId, roomTypeId, name, new DateRange(startDate, endDate), days(daysOfWeek),
                Amount.ofMinor(currency, rateMinor), createTime);
    }

    public static short bits(Set<DayOfWeek> days) {
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
}
