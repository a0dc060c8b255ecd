package io.staygrid.pricing.repository.entity;

import io.staygrid.pricing.domain.PricedNight;
import io.staygrid.support.money.Amount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A row of quote_night: one priced night of a quote and everything its price was computed from. */
@Entity
@Table(name = "quote_night")
@IdClass(QuoteNightEntity.Key.class)
public class QuoteNightEntity {

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quote_id")
    public QuoteEntity quote;

    @Id
    @Column(name = "night_date")
    public LocalDate nightDate;

    @Column(name = "base_rate_minor", nullable = false)
    public long baseRateMinor;

    @Column(name = "rate_override_id")
    public UUID rateOverrideId;

    @Column(name = "occupancy_bp", nullable = false)
    public int occupancyBp;

    @Column(name = "multiplier_bp", nullable = false)
    public int multiplierBp;

    @Column(name = "price_minor", nullable = false)
    public long priceMinor;

    @Column(name = "total_inventory", nullable = false)
    public int totalInventory;

    @Column(name = "total_reserved", nullable = false)
    public int totalReserved;

    /** The night in the quote's currency (a night has no currency of its own). */
    public PricedNight toDomain(String currency) {
        return new PricedNight(nightDate, Amount.ofMinor(currency, baseRateMinor), Optional.ofNullable(rateOverrideId),
                occupancyBp, multiplierBp, Amount.ofMinor(currency, priceMinor), totalInventory, totalReserved);
    }

    static QuoteNightEntity of(QuoteEntity quote, PricedNight night) {
        QuoteNightEntity e = new QuoteNightEntity();
        e.quote = quote;
        e.nightDate = night.date();
        e.baseRateMinor = night.baseRate().minorUnits();
        e.rateOverrideId = night.overrideId().orElse(null);
        e.occupancyBp = night.occupancyBasisPoints();
        e.multiplierBp = night.multiplierBasisPoints();
        e.priceMinor = night.price().minorUnits();
        e.totalInventory = night.totalInventory();
        e.totalReserved = night.totalReserved();
        return e;
    }

    /** The primary key (quote_id, night_date); {@code quote} is the quote's id. */
    public static class Key implements Serializable {

        public UUID quote;
        public LocalDate nightDate;

        public Key() {
        }

        public Key(UUID quote, LocalDate nightDate) {
            this.quote = quote;
            this.nightDate = nightDate;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.quote, quote) && Objects.equals(k.nightDate, nightDate);
        }

        @Override
        public int hashCode() {
            return Objects.hash(quote, nightDate);
        }
    }
}
