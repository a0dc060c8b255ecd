package io.staygrid.pricing.repository.entity;

import io.staygrid.pricing.domain.DateRange;
import io.staygrid.pricing.domain.PricedNight;
import io.staygrid.pricing.domain.Quote;
import io.staygrid.support.money.Amount;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of quote with its nights (quote_night). Written once with its nights, never updated. */
@Entity
@Table(name = "quote")
public class QuoteEntity {

    @Id
    @Column(name = "quote_id")
    public UUID id;

    @Column(name = "hotel_id", nullable = false)
    public long hotelId;

    @Column(name = "room_type_id", nullable = false)
    public long roomTypeId;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(name = "rooms", nullable = false)
    public int rooms;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", length = 3, nullable = false)
    public String currency;

    @Column(name = "total_minor", nullable = false)
    public long totalMinor;

    @JdbcTypeCode(SqlTypes.TIMESTAMP_UTC)
    @Column(name = "create_time", nullable = false)
    public Instant createTime;

    @JdbcTypeCode(SqlTypes.TIMESTAMP_UTC)
    @Column(name = "expire_time", nullable = false)
    public Instant expireTime;

    @OneToMany(mappedBy = "quote", cascade = CascadeType.PERSIST)
    @OrderBy("nightDate")
    public List<QuoteNightEntity> nights = new ArrayList<>();

    public Quote toDomain() {
        List<PricedNight> priced = nights.stream().map(n -> n.toDomain(currency)).toList();
        return new Quote(id, hotelId, roomTypeId, new DateRange(startDate, endDate), rooms, priced,
                Amount.ofMinor(currency, totalMinor), createTime, expireTime);
    }

    public static QuoteEntity of(Quote q) {
        QuoteEntity e = new QuoteEntity();
        e.id = q.id();
        e.hotelId = q.hotelId();
        e.roomTypeId = q.roomTypeId();
        e.startDate = q.stay().start();
        e.endDate = q.stay().end();
        e.rooms = q.rooms();
        e.currency = q.total().currency().getCurrencyCode();
        e.totalMinor = q.total().minorUnits();
        e.createTime = q.createTime();
        e.expireTime = q.expireTime();
        for (PricedNight night : q.nights()) {
            e.nights.add(QuoteNightEntity.of(e, night));
        }
        return e;
    }
}
