package io.staygrid.pricing.repository;

import static io.staygrid.pricing.repository.Jdbc.instant;
import static io.staygrid.pricing.repository.Jdbc.setInstant;

import io.staygrid.pricing.domain.OccupancyTier;
import io.staygrid.pricing.domain.PricingRule;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The pricing_rule table: a hotel's own tiers, replaced as a whole. */
@ApplicationScoped
public class PricingRuleRepository {

    private final Jdbc jdbc;

    public PricingRuleRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PricingRule> find(long hotelId) {
        return jdbc.queryOne("select hotel_id, min_occupancy_bp, multiplier_bp, update_time from pricing_rule"
                + " where hotel_id = ?", s -> s.setLong(1, hotelId), PricingRuleRepository::map);
    }

    public PricingRule upsert(PricingRule rule) {
        Integer[] mins = rule.tiers().stream().map(OccupancyTier::minOccupancyBasisPoints).toArray(Integer[]::new);
        Integer[] multipliers = rule.tiers().stream().map(OccupancyTier::multiplierBasisPoints).toArray(Integer[]::new);
        jdbc.update("insert into pricing_rule (hotel_id, min_occupancy_bp, multiplier_bp, update_time)"
                        + " values (?, ?, ?, ?) on conflict (hotel_id) do update set min_occupancy_bp = excluded.min_occupancy_bp,"
                        + " multiplier_bp = excluded.multiplier_bp, update_time = excluded.update_time",
                s -> {
                    s.setLong(1, rule.hotelId());
                    s.setArray(2, s.getConnection().createArrayOf("integer", mins));
                    s.setArray(3, s.getConnection().createArrayOf("integer", multipliers));
                    setInstant(s, 4, rule.updateTime());
                });
        return rule;
    }

    public void delete(long hotelId) {
        jdbc.update("delete from pricing_rule where hotel_id = ?", s -> s.setLong(1, hotelId));
    }

    private static PricingRule map(ResultSet r) throws SQLException {
        Integer[] mins = ints(r.getArray("min_occupancy_bp"));
        Integer[] multipliers = ints(r.getArray("multiplier_bp"));
        List<OccupancyTier> tiers = new ArrayList<>(mins.length);
        for (int i = 0; i < mins.length; i++) {
            tiers.add(new OccupancyTier(mins[i], multipliers[i]));
        }
        return new PricingRule(r.getLong("hotel_id"), tiers, false, instant(r, "update_time"));
    }

    private static Integer[] ints(Array array) throws SQLException {
        return (Integer[]) array.getArray();
    }
}
