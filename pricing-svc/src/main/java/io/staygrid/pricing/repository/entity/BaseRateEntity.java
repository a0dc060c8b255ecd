package io.staygrid.pricing.repository.entity;

import io.staygrid.pricing.domain.BaseRate;
import io.staygrid.support.money.Amount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of base_rate: the default nightly rate of one room type. */
@Entity
@Table(name = "base_rate")
@IdClass(BaseRateEntity.Key.class)
public class BaseRateEntity {

    @Id
    @Column(name = "hotel_id")
    public long hotelId;

    @Id
    @Column(name = "room_type_id")
    public long roomTypeId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", length = 3, nullable = false)
    public String currency;

    @Column(name = "rate_minor", nullable = false)
    public long rateMinor;

    @JdbcTypeCode(SqlTypes.TIMESTAMP_UTC)
    @Column(name = "update_time", nullable = false)
    public Instant updateTime;

    public BaseRate toDomain() {
        return new BaseRate(hotelId, roomTypeId, Amount.ofMinor(currency, rateMinor), updateTime);
    }

    /** The primary key (hotel_id, room_type_id). */
    public static class Key implements Serializable {

        public long hotelId;
        public long roomTypeId;

        public Key() {
        }

        public Key(long hotelId, long roomTypeId) {
            this.hotelId = hotelId;
            this.roomTypeId = roomTypeId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hotelId == hotelId && k.roomTypeId == roomTypeId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(hotelId, roomTypeId);
        }
    }
}
